import { Tag } from 'antd';
import type { CandidateStatus } from '../types';
import { CANDIDATE_STATUS_COLORS, candidateStatusLabel } from '../lib';

/** Where a candidate's file stands (Đang bồi dưỡng, Đã kết nạp…) as a coloured tag. */
export function CandidateStatusTag({ status }: { status: string }) {
  return <Tag color={CANDIDATE_STATUS_COLORS[status as CandidateStatus] ?? 'default'}>{candidateStatusLabel(status)}</Tag>;
}
