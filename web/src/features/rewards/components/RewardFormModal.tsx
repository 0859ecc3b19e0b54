// "Ghi khen thưởng": an award by decision to a collective (an organization of the subtree)
// or to a member found by name; form, level, decision number and date, reason, period.
import { Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { validDateRule } from '../../../shared/lib/dates';
import { toIsoDate } from '../../../shared/lib/format';
import { createReward, searchMembers } from '../api';
import type { Reward } from '../types';

interface Values {
  org_id?: number;
  subject?: 'collective' | 'individual';
  member_id?: number;
  form?: string;
  level?: string;
  decision_no?: string;
  decided_on?: Dayjs | null;
  reason?: string;
  period_label?: string;
}

export function RewardFormModal({ open, orgId, onClose, onSaved }: { open: boolean; orgId?: number; onClose: () => void; onSaved: (r: Reward) => void }) {
  const [form] = Form.useForm<Values>();
  const forms = useVocabOptions('reward_form');
  const levels = useVocabOptions('reward_level');
  const subject = Form.useWatch('subject', form);
  const scope = Form.useWatch('org_id', form);
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (q.length >= 2 && scope ? searchMembers(scope, q, signal) : Promise.resolve({ items: [], total: 0 })),
    `rewards:${scope}:${q}`,
  );
  return (
    <FormModal<Values>
      open={open}
      title="Ghi khen thưởng"
      okText="Ghi khen thưởng"
      width={620}
      form={form}
      formName="reward"
      initialValues={{ org_id: orgId, subject: 'collective', form: 'merit_certificate', level: 'superior' }}
      fields={['org_id', 'subject', 'member_id', 'form', 'level', 'decision_no', 'decided_on', 'reason', 'period_label']}
      save={async (v) => {
        const saved = await createReward(v.org_id!, {
          subject: v.subject!,
          member_id: v.subject === 'individual' ? v.member_id : undefined,
          form: v.form!,
          level: v.level!,
          decision_no: v.decision_no?.trim() ?? '',
          decided_on: toIsoDate(v.decided_on),
          reason: v.reason?.trim() ?? '',
          period_label: v.period_label?.trim() || undefined,
        });
        form.resetFields();
        onSaved(saved);
      }}
      onClose={onClose}
    >
      <Form.Item name="subject" label="Đối tượng">
        <Radio.Group
          options={[
            { value: 'collective', label: 'Tập thể' },
            { value: 'individual', label: 'Cá nhân' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="org_id"
        label={subject === 'individual' ? 'Tổ chức đảng của đảng viên' : 'Tập thể được khen thưởng'}
        rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}
      >
        <OrgTreeSelect />
      </Form.Item>
      {subject === 'individual' && (
        <Form.Item name="member_id" label="Đảng viên" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={people.loading}
            aria-label="Tìm đảng viên"
            placeholder="Gõ tên để tìm"
            notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
            options={(people.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.full_name} — ${m.org_name}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="form" label="Hình thức" rules={[{ required: true, message: 'Vui lòng chọn hình thức khen thưởng.' }]}>
        <Select options={forms} aria-label="Hình thức" />
      </Form.Item>
      <Form.Item name="level" label="Cấp khen thưởng" rules={[{ required: true, message: 'Vui lòng chọn cấp khen thưởng.' }]}>
        <Select options={levels} aria-label="Cấp khen thưởng" />
      </Form.Item>
      <Form.Item name="decision_no" label="Số quyết định" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số quyết định.' }]}>
        <Input maxLength={100} placeholder="125-QĐ/ĐUK" />
      </Form.Item>
      <Form.Item name="decided_on" label="Ngày quyết định" rules={[{ required: true, message: 'Vui lòng nhập ngày quyết định.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="reason" label="Thành tích" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập thành tích được khen thưởng.' }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="period_label" label="Thời kỳ">
        <Input maxLength={200} placeholder="năm 2025" />
      </Form.Item>
    </FormModal>
  );
}
