// The Directive 05 models registered in a year and the public-opinion collaborators (those
// serving on a date, or all), each a RecordTable with its form.
import { Space, type TableColumnsType, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { TypedDateError } from '../../../shared/lib/dates';
import { formatDate, formatPeriod, toIsoDate } from '../../../shared/lib/format';
import { listCollaborators, listModels, voidCollaborator, voidModel } from '../api';
import type { Collaborator, Directive05Model } from '../types';
import { CollaboratorFormModal } from './CollaboratorFormModal';
import { ModelFormModal } from './ModelFormModal';
import { RecordTable } from './RecordTable';

export function ModelsTab({ orgId, year }: { orgId: number; year?: number }) {
  const columns: TableColumnsType<Directive05Model> = [
    { title: 'Năm', dataIndex: 'year', key: 'year', width: 70 },
    { title: 'Mô hình', key: 'name', render: (_, m) => (m.member_name ? `${m.name} — ${m.member_name}` : m.name) },
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org_name', responsive: ['md'] },
    { title: 'Ngày đăng ký', dataIndex: 'registered_on', key: 'registered_on', width: 120, responsive: ['sm'], render: (d: string) => formatDate(d) },
    {
      title: 'Công nhận',
      dataIndex: 'recognized_on',
      key: 'recognized_on',
      width: 120,
      render: (d: string) => (d ? <Tag color="green">{formatDate(d)}</Tag> : <Tag>Chưa</Tag>),
    },
  ];
  return (
    <RecordTable<Directive05Model>
      noun="mô hình"
      queryKey={JSON.stringify([orgId, year])}
      load={(page, page_size, signal) => listModels(orgId, { year, page, page_size }, signal)}
      columns={columns}
      onVoid={(m, reason) => voidModel(m.id, reason)}
      form={(open, editing, close, done) => <ModelFormModal open={open} orgId={orgId} year={year} editing={editing} onClose={close} onSaved={done} />}
    />
  );
}

export function CollaboratorsTab({ orgId }: { orgId: number }) {
  const [at, setAt] = useState<Dayjs | null>(null);
  const atIso = toIsoDate(at);
  const columns: TableColumnsType<Collaborator> = [
    { title: 'Họ và tên', dataIndex: 'member_name', key: 'member_name' },
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org_name', responsive: ['md'] },
    { title: 'Thời gian', key: 'period', width: 200, render: (_, c) => formatPeriod(c.from_on, c.to_on) },
    { title: 'Quyết định', dataIndex: 'decision_no', key: 'decision_no', responsive: ['lg'] },
  ];
  return (
    <RecordTable<Collaborator>
      noun="cộng tác viên"
      queryKey={JSON.stringify([orgId, atIso])}
      load={(page, page_size, signal) => listCollaborators(orgId, { at: atIso || undefined, page, page_size }, signal)}
      columns={columns}
      onVoid={(c, reason) => voidCollaborator(c.id, reason)}
      extra={
        <Space>
          <span>Đang làm vào ngày</span>
          <DateInput anyDay value={at} onChange={(v) => setAt(v instanceof TypedDateError ? null : v)} aria-label="Đang làm vào ngày" placeholder="Mọi thời gian" />
        </Space>
      }
      form={(open, editing, close, done) => <CollaboratorFormModal open={open} orgId={orgId} editing={editing} onClose={close} onSaved={done} />}
    />
  );
}
