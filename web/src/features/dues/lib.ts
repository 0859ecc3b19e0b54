// Dues helpers: amounts in đồng as Vietnamese text, and the current month's code.
import { formatNumber } from '../../shared/lib/format';

export function formatMoney(value: number): string {
  return `${formatNumber(value)} đ`;
}

/** "YYYY-MM" of today. */
export function currentMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** "2026-03" → "03/2026". */
export function monthLabel(month: string): string {
  return month.length === 7 ? `${month.slice(5)}/${month.slice(0, 4)}` : month;
}
