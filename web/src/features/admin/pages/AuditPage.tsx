import { Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { listAudit } from '../api';
import type { AuditEntry, AuditOutcome } from '../types';
import { AuditDetails } from '../components/AuditDetails';
import { AuditFilters, type AuditFilterParams } from '../components/AuditFilters';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { useLabel } from '../../../shared/hooks/useMeta';
import { formatDateTime } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { LoadError } from '../../../shared/components/LoadError';

/** The action's name (when the vocabulary has one) over its code. */
function ActionName({ code }: { code: string }) {
  const name = useLabel('audit_action')(code, '');
  // Before the labels have come the code alone is shown (not twice).
  return (
    <Flex vertical>
      {name && name !== code && <span>{name}</span>}
      <Typography.Text type="secondary" code>
        {code}
      </Typography.Text>
    </Flex>
  );
}

function OutcomeTag({ outcome }: { outcome: AuditOutcome }) {
  const outcomeLabel = useLabel('audit_outcome');
  return <Tag color={outcome === 'ok' ? 'green' : 'red'}>{outcomeLabel(outcome)}</Tag>;
}

const columns: TableColumnsType<AuditEntry> = [
  { title: 'Thời gian', dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
  { title: 'Người thực hiện', dataIndex: 'actor_name', key: 'actor', render: (v: string | null) => v || '—' },
  {
    title: 'Hành động',
    dataIndex: 'action',
    key: 'action',
    render: (code: string) => <ActionName code={code} />,
  },
  {
    title: 'Đối tượng',
    key: 'entity',
    render: (_, e) => e.entity_label ?? (e.entity_id != null && e.entity_id !== '' ? `${e.entity} số ${e.entity_id}` : e.entity),
  },
  {
    title: 'Kết quả',
    dataIndex: 'outcome',
    key: 'outcome',
    width: 120,
    render: (o: AuditOutcome) => <OutcomeTag outcome={o} />,
  },
];

const OUTCOMES: readonly string[] = ['ok', 'refused'];

export default function AuditPage() {
  const { params, page, pageSize, update, pagination } = usePageParams();
  const outcome = params.get('outcome') ?? '';
  const filters: AuditFilterParams = {
    actor: params.get('actor') || undefined,
    action: params.get('action') || undefined,
    entity: params.get('entity') || undefined,
    outcome: OUTCOMES.includes(outcome) ? (outcome as AuditOutcome) : undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const key = JSON.stringify([filters, page, pageSize]);
  const { data, error, loading } = useRemote(
    (signal) => listAudit({ ...filters, page, page_size: pageSize }, signal),
    key,
  );

  return (
    <>
      <PageTitle title="Nhật ký hệ thống" />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters
          value={filters}
          onChange={(f) => update({ actor: f.actor, action: f.action, entity: f.entity, outcome: f.outcome, from: f.from, to: f.to })}
        />
      </Card>
      <Card>
        <LoadError error={error} />
        <Table<AuditEntry>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          size="middle"
          scroll={{ x: 960 }}
          expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} /> }}
          pagination={pagination(data?.total)}
        />
      </Card>
    </>
  );
}
