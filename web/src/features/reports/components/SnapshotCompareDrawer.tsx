// A kept report beside the same figures as recorded when it was kept (which reproduce it) and as
// they are now: what later entries and corrections changed, figure by figure.
import { Alert, Drawer, Table, type TableColumnsType, Typography } from 'antd';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, formatPercent } from '../../../shared/lib/format';
import { compareSnapshot } from '../api';
import type { Snapshot, SnapshotRow } from '../types';

function shown(row: SnapshotRow, v: number | null): string {
  if (v === null) return '—';
  return row.unit === '%' ? formatPercent(v) : formatNumber(v);
}

const columns: TableColumnsType<SnapshotRow> = [
  {
    title: 'Chỉ tiêu',
    key: 'label',
    render: (_, r) => (r.org ? `${r.org.name}: ${r.label}` : r.label),
  },
  { title: 'Đã gửi', key: 'frozen', align: 'right', render: (_, r) => shown(r, r.frozen) },
  { title: 'Như đã ghi nhận khi gửi', key: 'recorded', align: 'right', render: (_, r) => shown(r, r.recorded) },
  { title: 'Hiện nay', key: 'now', align: 'right', render: (_, r) => shown(r, r.now) },
  {
    title: 'Chênh lệch',
    key: 'change',
    align: 'right',
    render: (_, r) =>
      r.change ? (
        <Typography.Text type={r.change > 0 ? 'success' : 'danger'}>
          {r.change > 0 ? '+' : ''}
          {formatNumber(r.change)}
        </Typography.Text>
      ) : r.frozen !== r.now ? (
        'thay đổi'
      ) : (
        ''
      ),
  },
];

interface Props {
  snapshot: Snapshot | null;
  onClose: () => void;
}

export function SnapshotCompareDrawer({ snapshot, onClose }: Props) {
  const { data, error, loading } = useRemote(
    (signal) => (snapshot ? compareSnapshot(snapshot.id, signal) : Promise.resolve(undefined)),
    snapshot ? `compare:${snapshot.id}` : 'none',
  );
  return (
    <Drawer
      open={snapshot !== null}
      onClose={onClose}
      width="min(960px, 100vw)"
      title={snapshot ? `${snapshot.title}${snapshot.number ? ` (số ${snapshot.number})` : ''}` : ''}
      destroyOnHidden
      className="snapshot-compare"
    >
      {snapshot && (
        <Typography.Paragraph type="secondary">
          Ngày báo cáo {formatDate(snapshot.issued_on)} · {data?.recorded_line ?? ''}
        </Typography.Paragraph>
      )}
      <LoadError error={error} />
      {data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={data.changed === 0 ? 'success' : 'warning'}
          showIcon
          message={
            data.changed === 0
              ? 'Số liệu hiện nay vẫn đúng như báo cáo đã gửi.'
              : `${formatNumber(data.changed)} số liệu đã thay đổi so với khi gửi (do ghi nhận muộn hoặc sửa chữa sau ngày gửi).`
          }
          description={data.reproduced ? 'Tính lại như đã ghi nhận khi gửi cho đúng các số đã gửi.' : 'Tính lại như đã ghi nhận khi gửi không khớp hoàn toàn các số đã gửi.'}
        />
      )}
      <Table<SnapshotRow>
        rowKey={(r) => `${r.org?.id ?? 0}:${r.code}`}
        size="small"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={false}
        rowClassName={(r) => (r.frozen !== r.now ? 'snapshot-changed' : '')}
      />
    </Drawer>
  );
}
