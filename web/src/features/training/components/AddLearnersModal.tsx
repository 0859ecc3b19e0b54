// "Thêm học viên": members (or, for a "nhận thức về Đảng" class, candidates) of the organiser's
// subtree found by name, several at once.
import { Form, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../shared/components/FormModal';
import { useRemote } from '../../../shared/hooks/useRemote';
import { addLearners, searchPeople } from '../api';
import type { TrainingClass } from '../types';

interface Values {
  ids?: number[];
}

export function AddLearnersModal({
  open,
  cls,
  onClose,
  onSaved,
}: {
  open: boolean;
  cls: TrainingClass;
  onClose: () => void;
  onSaved: (c: TrainingClass) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const candidates = cls.kind === 'candidate_awareness';
  const people = useRemote(
    (signal) => (q.length >= 2 ? searchPeople(cls.org_id, q, candidates, signal) : Promise.resolve({ items: [], total: 0 })),
    `training:${cls.org_id}:${candidates}:${q}`,
  );
  return (
    <FormModal<Values>
      open={open}
      title="Thêm học viên"
      okText="Thêm vào lớp"
      width={600}
      form={form}
      formName="learners"
      fields={['ids', 'member_ids', 'candidate_ids']}
      intro={candidates ? 'Lớp nhận thức về Đảng: chọn quần chúng ưu tú đang được bồi dưỡng.' : 'Chọn đảng viên trong tổ chức mở lớp.'}
      save={async (v) => {
        const ids = v.ids ?? [];
        onSaved(await addLearners(cls.id, candidates ? [] : ids, candidates ? ids : []));
        form.resetFields();
      }}
      onClose={onClose}
    >
      <Form.Item name="ids" label={candidates ? 'Quần chúng ưu tú' : 'Đảng viên'} rules={[{ required: true, message: 'Vui lòng chọn ít nhất một người.' }]}>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setQ}
          loading={people.loading}
          aria-label="Tìm học viên"
          placeholder="Gõ tên để tìm"
          notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
          options={(people.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.full_name} — ${m.org_name}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
