// "Phân công dự sinh hoạt": a higher-level committee member assigned to attend a branch's meetings.
import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useRemote } from '../../../shared/hooks/useRemote';
import { toIsoDate } from '../../../shared/lib/format';
import { listMembers } from '../../members';
import { createAssignment } from '../api';
import type { Assignment } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  org_id?: number;
  member_id?: number;
  from_on?: Dayjs | null;
  note?: string;
}

export function AssignmentFormModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (a: Assignment) => void }) {
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (q.length >= 2 ? listMembers({ q, page_size: 20 }, signal) : Promise.resolve({ items: [], total: 0 })),
    `assign:${q}`,
  );
  return (
    <FormModal<Values>
      open={open}
      title="Phân công cấp ủy viên dự sinh hoạt"
      okText="Phân công"
      form={form}
      formName="assignment"
      initialValues={{ from_on: dayjs() }}
      fields={['org_id', 'member_id', 'from_on', 'note']}
      save={async (v) =>
        onSaved(await createAssignment(v.org_id!, { member_id: v.member_id!, from_on: toIsoDate(v.from_on), note: v.note?.trim() || undefined }))
      }
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Chi bộ" rules={[{ required: true, message: 'Vui lòng chọn chi bộ.' }]}>
        <OrgTreeSelect branchOnly />
      </Form.Item>
      <Form.Item name="member_id" label="Cấp ủy viên cấp trên" rules={[{ required: true, message: 'Vui lòng chọn cấp ủy viên.' }]}>
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
      <Form.Item name="from_on" label="Từ ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
