import { Tag } from 'antd';
import type { CandidateStatus } from '../types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { CANDIDATE_STATUS_COLORS } from '../lib';

/** Where a candidate's file stands (Đang bồi dưỡng, Đã kết nạp…) as a coloured tag. */
export function CandidateStatusTag({ status }: { status: string }) {
  const label = useLabel('candidate_status');
  return <Tag color={CANDIDATE_STATUS_COLORS[status as CandidateStatus] ?? 'default'}>{label(status)}</Tag>;
}
