// "Thêm cuộc kiểm tra, giám sát": a committee's case on an organization or a member of its subtree.
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
import { createInspection, listProgrammes } from '../api';
import type { InspectionCase } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  org_id?: number;
  kind?: string;
  subject: 'member' | 'org';
  member_id?: number;
  subject_org_id?: number;
  programme_id?: number;
  title?: string;
  team?: string;
  started_on?: Dayjs | null;
  planned_end_on?: Dayjs | null;
  documents?: string;
}

export function InspectionFormModal({
  open,
  orgId,
  onClose,
  onSaved,
}: {
  open: boolean;
  orgId?: number;
  onClose: () => void;
  onSaved: (c: InspectionCase) => void;
}) {
  const [form] = Form.useForm<Values>();
  const subject = Form.useWatch('subject', form) ?? 'org';
  const committee = Form.useWatch('org_id', form);
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (q.length >= 2 ? listMembers({ q, page_size: 20 }, signal) : Promise.resolve({ items: [], total: 0 })),
    `inspection:${q}`,
  );
  const programmes = useRemote(
    (signal) => (committee ? listProgrammes(committee, signal) : Promise.resolve({ items: [] })),
    `programmes:${committee}`,
  );
  return (
    <FormModal<Values>
      open={open}
      title="Thêm cuộc kiểm tra, giám sát"
      okText="Thêm"
      width={640}
      form={form}
      formName="inspection"
      initialValues={{ org_id: orgId, subject: 'org', started_on: dayjs() }}
      fields={['org_id', 'kind', 'subject', 'member_id', 'subject_org_id', 'programme_id', 'title', 'team', 'started_on', 'planned_end_on', 'documents']}
      save={async (v) =>
        onSaved(
          await createInspection(v.org_id!, {
            kind: v.kind!,
            subject: v.subject,
            member_id: v.subject === 'member' ? v.member_id : undefined,
            subject_org_id: v.subject === 'org' ? v.subject_org_id : undefined,
            programme_id: v.programme_id,
            title: v.title?.trim() ?? '',
            team: v.team?.trim() || undefined,
            started_on: toIsoDate(v.started_on),
            planned_end_on: v.planned_end_on ? toIsoDate(v.planned_end_on) : undefined,
            documents: v.documents?.trim() || undefined,
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Cấp ủy tiến hành" rules={[{ required: true, message: 'Vui lòng chọn cấp ủy.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
        <Select options={useVocabOptions('inspection_kind')} />
      </Form.Item>
      <Form.Item name="subject" label="Đối tượng">
        <Radio.Group
          options={[
            { value: 'org', label: 'Tổ chức đảng' },
            { value: 'member', label: 'Đảng viên' },
          ]}
        />
      </Form.Item>
      {subject === 'member' ? (
        <Form.Item name="member_id" label="Đảng viên được kiểm tra, giám sát" rules={[{ required: true, message: 'Vui lòng chọn đảng viên.' }]}>
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
        <Form.Item name="subject_org_id" label="Tổ chức được kiểm tra, giám sát" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
          <OrgTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="programme_id" label="Thuộc chương trình">
        <Select allowClear placeholder="Ngoài chương trình" options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.year}: ${p.title}` }))} />
      </Form.Item>
      <Form.Item name="title" label="Nội dung" rules={[{ required: true, message: 'Vui lòng nhập nội dung.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="team" label="Đoàn kiểm tra, giám sát">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="started_on" label="Ngày bắt đầu" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item rules={[validDateRule]} name="planned_end_on" label="Ngày kết thúc dự kiến">
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="documents" label="Tài liệu, văn bản">
        <Input.TextArea rows={2} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}
