// Coverage as the offices write it: "45/68 (66,18%)".
import { formatNumber, formatPercent } from '../../shared/lib/format';

export function share(n: number, of: number): string {
  return of ? `${formatNumber(n)}/${formatNumber(of)} (${formatPercent((100 * n) / of)})` : `${formatNumber(n)}/0`;
}
