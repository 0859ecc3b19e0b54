import { Tag } from 'antd';

const COLORS: Record<string, string> = {
  probationary: 'gold',
  official: 'green',
  exempt: 'blue',
  transferred_out: 'default',
  removed: 'default',
  expelled: 'red',
  left: 'default',
  deceased: 'default',
};

/** The member's status as a coloured tag (Dự bị, Chính thức, …). */
export function MemberStatusTag({ status, label }: { status: string; label?: string }) {
  return <Tag color={COLORS[status] ?? 'default'}>{label || status}</Tag>;
}
