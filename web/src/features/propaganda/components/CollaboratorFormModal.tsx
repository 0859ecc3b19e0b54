// "Thêm cộng tác viên" / "Sửa, cho thôi": a member serving a unit as a public-opinion
// collaborator from a date (and, once no longer serving, until a date).
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { validDateRule } from '../../../shared/lib/dates';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { createCollaborator, updateCollaborator } from '../api';
import type { Collaborator } from '../types';
import { MemberSelect } from './MemberSelect';

interface Values {
  org_id?: number;
  member_id?: number;
  from_on?: Dayjs | null;
  to_on?: Dayjs | null;
  decision_no?: string;
  note?: string;
}

export function CollaboratorFormModal({
  open,
  orgId,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  orgId?: number;
  editing?: Collaborator;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const unit = Form.useWatch('org_id', form);
  useEffect(() => {
    if (open && editing) {
      form.setFieldsValue({
        decision_no: editing.decision_no,
        note: editing.note,
        from_on: fromIsoDate(editing.from_on),
        to_on: editing.to_on ? fromIsoDate(editing.to_on) : null,
      });
    }
  }, [open, editing, form]);
  return (
    <FormModal<Values>
      open={open}
      title={editing ? `Cộng tác viên ${editing.member_name}` : 'Thêm cộng tác viên dư luận xã hội'}
      okText={editing ? 'Lưu' : 'Thêm'}
      width={560}
      form={form}
      formName="opinion_collaborator"
      initialValues={{ org_id: orgId }}
      fields={['org_id', 'member_id', 'from_on', 'to_on', 'decision_no', 'note']}
      save={async (v) => {
        const body = {
          from_on: toIsoDate(v.from_on),
          to_on: toIsoDate(v.to_on) || undefined,
          decision_no: v.decision_no?.trim() || undefined,
          note: v.note?.trim() || undefined,
        };
        if (editing) await updateCollaborator(editing.id, { ...body, version: editing.version });
        else await createCollaborator(v.org_id!, { ...body, member_id: v.member_id });
        onSaved();
      }}
      onClose={onClose}
      afterClose={() => form.resetFields()}
    >
      {!editing && (
        <>
          <Form.Item name="org_id" label="Đơn vị" rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item name="member_id" label="Đảng viên" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
            <MemberSelect orgId={unit} />
          </Form.Item>
        </>
      )}
      <Form.Item name="from_on" label="Từ ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="to_on" label="Thôi từ ngày" rules={[validDateRule]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="decision_no" label="Số quyết định">
        <Input maxLength={100} placeholder="125-QĐ/ĐUK" />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
