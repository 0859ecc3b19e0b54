// "Ghi quyết định kỷ luật": a committee's decision on a member or an organization of its subtree.
import { Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { toIsoDate } from '../../../shared/lib/format';
import { listMembers } from '../../members';
import { recordDiscipline } from '../api';
import type { DisciplineCase } from '../types';
import { validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';

interface Values {
  org_id?: number;
  subject: 'member' | 'org';
  member_id?: number;
  subject_org_id?: number;
  form?: string;
  post?: string;
  violation_on?: Dayjs | null;
  violation?: string;
  decision_no?: string;
  decided_on?: Dayjs | null;
  received_on?: Dayjs | null;
  note?: string;
}

const MEMBER_FORMS = ['reprimand', 'warning', 'dismissal', 'expulsion'];
const ORG_FORMS = ['reprimand', 'warning', 'dissolution'];

export function DisciplineFormModal({
  open,
  orgId,
  onClose,
  onSaved,
}: {
  open: boolean;
  orgId?: number;
  onClose: () => void;
  onSaved: (c: DisciplineCase) => void;
}) {
  const [form] = Form.useForm<Values>();
  const subject = Form.useWatch('subject', form) ?? 'member';
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (q.length >= 2 ? listMembers({ q, page_size: 20 }, signal) : Promise.resolve({ items: [], total: 0 })),
    `discipline:${q}`,
  );
  const forms = useVocabOptions('discipline_form').filter((o) => (subject === 'org' ? ORG_FORMS : MEMBER_FORMS).includes(String(o.value)));
  return (
    <FormModal<Values>
      open={open}
      title="Ghi quyết định kỷ luật"
      okText="Ghi quyết định"
      width={640}
      form={form}
      formName="discipline"
      initialValues={{ org_id: orgId, subject: 'member', decided_on: dayjs() }}
      fields={['org_id', 'subject', 'member_id', 'subject_org_id', 'form', 'post', 'violation_on', 'violation', 'decision_no', 'decided_on', 'received_on', 'note']}
      save={async (v) =>
        onSaved(
          await recordDiscipline(v.org_id!, {
            subject: v.subject,
            member_id: v.subject === 'member' ? v.member_id : undefined,
            subject_org_id: v.subject === 'org' ? v.subject_org_id : undefined,
            form: v.form!,
            post: v.post?.trim() || undefined,
            violation_on: toIsoDate(v.violation_on),
            violation: v.violation?.trim() ?? '',
            decision_no: v.decision_no?.trim() ?? '',
            decided_on: toIsoDate(v.decided_on),
            received_on: v.received_on ? toIsoDate(v.received_on) : undefined,
            note: v.note?.trim() || undefined,
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Cấp ủy quyết định" rules={[{ required: true, message: 'Vui lòng chọn tổ chức quyết định.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="subject" label="Đối tượng">
        <Radio.Group
          options={[
            { value: 'member', label: 'Đảng viên' },
            { value: 'org', label: 'Tổ chức đảng' },
          ]}
        />
      </Form.Item>
      {subject === 'member' ? (
        <Form.Item name="member_id" label="Đảng viên bị kỷ luật" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={people.loading}
            placeholder="Gõ tên để tìm"
            notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
            options={(people.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.full_name} — ${m.org_name}` }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="subject_org_id" label="Tổ chức đảng bị kỷ luật" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
          <OrgTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="form" label="Hình thức kỷ luật" rules={[{ required: true, message: 'Vui lòng chọn hình thức.' }]}>
        <Select options={forms} />
      </Form.Item>
      {subject === 'member' && (
        <Form.Item name="post" label="Chức vụ (khi cách chức)" extra="Để trống: lấy từ cấp ủy và hồ sơ đảng viên.">
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="violation_on"
        label="Ngày vi phạm"
        rules={[{ required: true, message: 'Vui lòng chọn ngày vi phạm.' }, validDateRule]}
        extra={<RuleNote rule="discipline_statute" />}
      >
        <DateInput />
      </Form.Item>
      <Form.Item name="violation" label="Nội dung vi phạm" rules={[{ required: true, message: 'Vui lòng nhập nội dung vi phạm.' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="decision_no" label="Số quyết định" rules={[{ required: true, message: 'Vui lòng nhập số quyết định.' }]}>
        <Input maxLength={100} placeholder="12-QĐ/ĐU" />
      </Form.Item>
      <Form.Item name="decided_on" label="Ngày quyết định" rules={[{ required: true, message: 'Vui lòng chọn ngày quyết định.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item rules={[validDateRule]} name="received_on" label="Ngày nhận quyết định" extra={<RuleNote rule="discipline_appeal" />}>
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
