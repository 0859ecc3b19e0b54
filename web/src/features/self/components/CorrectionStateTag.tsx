// The state of a correction request as a coloured tag (labels from the server's vocabulary).
import { Tag } from 'antd';
import { useLabel } from '../../../shared/hooks/useMeta';

const COLORS: Record<string, string> = { pending: 'orange', done: 'green', rejected: 'default' };

export function CorrectionStateTag({ state }: { state: string }) {
  const label = useLabel('correction_state');
  return <Tag color={COLORS[state]}>{label(state)}</Tag>;
}
