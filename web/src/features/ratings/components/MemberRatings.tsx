// A member's ratings year by year, for the member file.
import { type TableColumnsType, Typography } from 'antd';
import { getMemberRatings } from '../api';
import type { Rating } from '../types';
import { FetchedTable } from '../../../shared/components/FetchedTable';
import { useLabel } from '../../../shared/hooks/useMeta';
import { formatDate } from '../../../shared/lib/format';

export function MemberRatings({ memberId }: { memberId: number }) {
  const levelLabel = useLabel('rating_level');
  const stageLabel = useLabel('rating_stage');
  const columns: TableColumnsType<Rating> = [
    { title: 'Năm', dataIndex: 'year', key: 'year', width: 80 },
    {
      title: 'Xếp loại',
      key: 'level',
      render: (_, r) => `${levelLabel(r.level)}${r.decided?.score != null ? ` (${r.decided.score} điểm)` : ''}`,
    },
    { title: 'Bước', key: 'stage', render: (_, r) => stageLabel(r.stage) },
    {
      title: 'Phê duyệt',
      key: 'approved',
      render: (_, r) => (r.approved ? formatDate(r.approved.on) : <Typography.Text type="secondary">—</Typography.Text>),
    },
  ];
  return (
    <FetchedTable<Rating>
      load={(signal) => getMemberRatings(memberId, signal)}
      cacheKey={`ratings:${memberId}`}
      columns={columns}
      rowKey="id"
      emptyText="Chưa có kết quả xếp loại"
      scrollX={480}
    />
  );
}
