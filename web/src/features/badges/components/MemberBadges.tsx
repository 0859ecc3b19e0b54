// A member's badges (proposed, decided, awarded), for the member file.
import type { TableColumnsType } from 'antd';
import { getMemberBadges } from '../api';
import type { Badge } from '../types';
import { FetchedTable } from '../../../shared/components/FetchedTable';
import { useLabel } from '../../../shared/hooks/useMeta';
import { formatDate } from '../../../shared/lib/format';

export function MemberBadges({ memberId }: { memberId: number }) {
  const statusLabel = useLabel('badge_status');
  const columns: TableColumnsType<Badge> = [
    { title: 'Huy hiệu', key: 'milestone', render: (_, b) => `${b.milestone} năm tuổi Đảng` },
    { title: 'Đợt', key: 'round', render: (_, b) => formatDate(b.round_on) },
    { title: 'Trạng thái', key: 'status', render: (_, b) => statusLabel(b.status) },
    { title: 'Quyết định', key: 'decision', render: (_, b) => (b.decision_no ? `${b.decision_no}, ${formatDate(b.decision_on)}` : '—') },
    { title: 'Ngày trao', key: 'awarded', render: (_, b) => formatDate(b.awarded_on) || '—' },
  ];
  return (
    <FetchedTable<Badge>
      load={(signal) => getMemberBadges(memberId, signal)}
      cacheKey={`badges:${memberId}`}
      columns={columns}
      rowKey="id"
      emptyText="Chưa có Huy hiệu Đảng"
      scrollX={560}
    />
  );
}
