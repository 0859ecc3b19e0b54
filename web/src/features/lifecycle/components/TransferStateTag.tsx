import { Tag } from 'antd';
import type { Transfer } from '../types';

const COLORS: Record<string, string> = {
  pending: 'gold',
  confirmed: 'green',
  returned: 'blue',
  cancelled: 'default',
  voided: 'default',
};

/** The purposes of a temporary transfer (GET /api/v1/meta serves no vocabulary of them yet). */
export const PURPOSE_LABELS: Readonly<Record<string, string>> = { work: 'Đi công tác', study: 'Đi học' };

export function TransferStateTag({ transfer: t }: { transfer: Transfer }) {
  return (
    <>
      <Tag color={COLORS[t.state] ?? 'default'}>{t.state_label}</Tag>
      {t.expired && <Tag color="red">Quá hạn trở về</Tag>}
    </>
  );
}

/** "Chi bộ A → Chi bộ B", with the outside unit where one side is outside the tree. */
export function transferRoute(t: Transfer): { from: string; to: string } {
  return {
    from: t.from_org_name || (t.kind === 'in' ? t.external_unit : '') || '—',
    to: t.to_org_name || (t.kind !== 'in' ? t.external_unit : '') || '—',
  };
}
