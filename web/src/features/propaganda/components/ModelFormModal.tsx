// "Đăng ký mô hình" / "Sửa, công nhận": a Directive 05 model of a unit for a year (collective,
// or an individual example naming a member), with its recognition date once recognized.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { NumberInput } from '../../../shared/components/NumberInput';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { validDateRule } from '../../../shared/lib/dates';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { validNumberRule } from '../../../shared/lib/numbers';
import { createModel, updateModel } from '../api';
import type { Directive05Model } from '../types';
import { MemberSelect } from './MemberSelect';

interface Values {
  org_id?: number;
  year?: number;
  kind?: string;
  member_id?: number;
  name?: string;
  registered_on?: Dayjs | null;
  recognized_on?: Dayjs | null;
  note?: string;
}

export function ModelFormModal({
  open,
  orgId,
  year,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  orgId?: number;
  year?: number;
  editing?: Directive05Model;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kinds = useVocabOptions('directive05_model_kind');
  const kind = Form.useWatch('kind', form);
  const unit = Form.useWatch('org_id', form);
  useEffect(() => {
    if (open && editing) {
      form.setFieldsValue({
        ...editing,
        member_id: editing.member_id ?? undefined,
        registered_on: fromIsoDate(editing.registered_on),
        recognized_on: editing.recognized_on ? fromIsoDate(editing.recognized_on) : null,
      });
    }
  }, [open, editing, form]);
  return (
    <FormModal<Values>
      open={open}
      title={editing ? 'Sửa, công nhận mô hình' : 'Đăng ký mô hình làm theo Bác (Chỉ thị 05)'}
      okText={editing ? 'Lưu' : 'Đăng ký'}
      width={600}
      form={form}
      formName="directive05_model"
      initialValues={{ org_id: orgId, year: year ?? new Date().getFullYear(), kind: 'collective' }}
      fields={['org_id', 'year', 'kind', 'member_id', 'name', 'registered_on', 'recognized_on', 'note']}
      save={async (v) => {
        const body = {
          year: v.year!,
          kind: v.kind!,
          member_id: v.kind === 'individual' ? v.member_id : undefined,
          name: v.name?.trim() ?? '',
          registered_on: toIsoDate(v.registered_on),
          recognized_on: toIsoDate(v.recognized_on) || undefined,
          note: v.note?.trim() || undefined,
        };
        if (editing) await updateModel(editing.id, { ...body, version: editing.version });
        else await createModel(v.org_id!, body);
        onSaved();
      }}
      onClose={onClose}
      afterClose={() => form.resetFields()}
    >
      {!editing && (
        <Form.Item name="org_id" label="Đơn vị đăng ký" rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}>
          <OrgTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Vui lòng nhập năm.' }, validNumberRule]}>
        <NumberInput min={2000} max={2200} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
        <Select options={kinds} aria-label="Loại mô hình" />
      </Form.Item>
      {kind === 'individual' && (
        <Form.Item name="member_id" label="Đảng viên" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
          <MemberSelect orgId={editing?.org_id ?? unit} />
        </Form.Item>
      )}
      <Form.Item name="name" label="Tên mô hình" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên mô hình.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="registered_on" label="Ngày đăng ký" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="recognized_on" label="Ngày công nhận" rules={[validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
