// "Bổ sung quy hoạch": a member of the subtree planned for a post of an organization in a term,
// with the theory level to reach and the roadmap's first items.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useMeta, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { toIsoDate } from '../../../shared/lib/format';
import { listMembers } from '../../members';
import { addPlan } from '../api';
import { TERMS } from '../lib';
import type { CadrePlan } from '../types';

interface Values {
  org_id?: number;
  term: string;
  member_id?: number;
  post?: string;
  added_on?: Dayjs | null;
  added_decision_no?: string;
  target_theory?: string;
  theory_by?: Dayjs | null;
  roadmap?: { kind?: string; due_on?: Dayjs | null }[];
}

export function PlanFormModal({ open, orgId, onClose, onSaved }: { open: boolean; orgId?: number; onClose: () => void; onSaved: (p: CadrePlan) => void }) {
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (q.length >= 2 ? listMembers({ q, page_size: 20 }, signal) : Promise.resolve({ items: [], total: 0 })),
    `cadre:${q}`,
  );
  const posts = useVocabOptions('cadre_post');
  const kinds = useVocabOptions('training_kind');
  const { meta } = useMeta();
  const theories = (meta?.theory_levels ?? []).map((t) => ({ value: t.code, label: t.label }));
  return (
    <FormModal<Values>
      open={open}
      title="Bổ sung cán bộ vào quy hoạch"
      okText="Ghi quy hoạch"
      width={640}
      form={form}
      formName="cadre"
      initialValues={{ org_id: orgId, term: TERMS[0], added_on: dayjs(), roadmap: [{ kind: 'committee_skills' }] }}
      fields={['org_id', 'term', 'member_id', 'post', 'added_on', 'added_decision_no', 'target_theory', 'theory_by', 'roadmap']}
      save={async (v) =>
        onSaved(
          await addPlan(v.org_id!, {
            term: v.term,
            member_id: v.member_id!,
            post: v.post!,
            added_on: toIsoDate(v.added_on),
            added_decision_no: v.added_decision_no?.trim() ?? '',
            target_theory: v.target_theory || undefined,
            theory_by: v.theory_by ? toIsoDate(v.theory_by) : undefined,
            roadmap: (v.roadmap ?? []).filter((r) => r.kind).map((r) => ({ kind: r.kind!, due_on: toIsoDate(r.due_on) })),
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Tổ chức có chức danh" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="term" label="Nhiệm kỳ" rules={[{ required: true, message: 'Vui lòng chọn nhiệm kỳ.' }]}>
        <Select options={TERMS.map((t) => ({ value: t, label: t.replace('-', '–') }))} />
      </Form.Item>
      <Form.Item name="member_id" label="Đảng viên được quy hoạch" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
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
      <Form.Item name="post" label="Chức danh quy hoạch" rules={[{ required: true, message: 'Vui lòng chọn chức danh.' }]}>
        <Select options={posts} />
      </Form.Item>
      <Form.Item name="added_decision_no" label="Số quyết định" rules={[{ required: true, message: 'Vui lòng nhập số quyết định.' }]}>
        <Input maxLength={100} placeholder="125-QĐ/ĐUK" />
      </Form.Item>
      <Form.Item name="added_on" label="Ngày quyết định" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="target_theory" label="Trình độ lý luận cần đạt">
        <Select allowClear options={theories} />
      </Form.Item>
      <Form.Item name="theory_by" label="Hạn đạt trình độ lý luận">
        <DateInput anyDay />
      </Form.Item>
      <Form.List name="roadmap">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'kind']} label="Nội dung đào tạo" rules={[{ required: true, message: 'Chọn loại lớp.' }]}>
                  <Select options={kinds} style={{ minWidth: 220 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'due_on']} label="Hạn" rules={[{ required: true, message: 'Chọn hạn.' }]}>
                  <DateInput anyDay />
                </Form.Item>
                <MinusCircleOutlined aria-label="Bỏ nội dung" onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              Thêm nội dung lộ trình
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
