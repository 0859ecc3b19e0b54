// The people behind one count of the flows report, each linked to the member file.
import { Drawer, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { getFlowPeople } from '../api';
import type { Flow, FlowPerson } from '../types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';

const columns: TableColumnsType<FlowPerson> = [
  {
    title: 'Họ và tên',
    dataIndex: 'full_name',
    key: 'full_name',
    render: (name: string, p) => <Link to={`/dang-vien/${p.member_id}`}>{name}</Link>,
  },
  { title: 'Ngày', dataIndex: 'occurred_on', key: 'occurred_on', width: 110, render: (v: string) => formatDate(v) },
  { title: 'Chi bộ', dataIndex: 'org_name', key: 'org_name' },
  {
    title: 'Số quyết định',
    dataIndex: 'decision_no',
    key: 'decision_no',
    width: 150,
    render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text>,
  },
];

interface Props {
  orgId: number;
  from: string;
  to: string;
  /** The count clicked; null when closed. */
  flow: Flow | null;
  onClose: () => void;
}

/** The people behind one number of the flows report, each linked to the profile. */
export function FlowPeopleDrawer({ orgId, from, to, flow, onClose }: Props) {
  const kind = flow?.kind;
  const { data, error, loading } = useRemote(
    (signal) => (kind ? getFlowPeople(orgId, kind, from, to, signal) : Promise.resolve({ items: [] })),
    `${orgId}:${kind ?? ''}:${from}:${to}`,
  );
  return (
    <Drawer
      open={flow !== null}
      onClose={onClose}
      width="min(820px, 100vw)"
      title={flow ? `${flow.label}: ${formatNumber(flow.count)} lượt` : ''}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Từ ngày {formatDate(from)} đến ngày {formatDate(to)}.
      </Typography.Paragraph>
      <LoadError error={error} />
      <Table<FlowPerson>
        rowKey="event_id"
        size="small"
        columns={columns}
        dataSource={kind ? (data?.items ?? []) : []}
        loading={loading}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: 'Không có ai trong kỳ này' }}
      />
    </Drawer>
  );
}
