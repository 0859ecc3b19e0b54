// The indicator catalogue grouped for people: stocks (at a date) and flows (in a period), each by
// code prefix ("members.age.under_30" is in "members.age"), with Vietnamese group headings.
import { formatNumber, formatPercent } from '../../shared/lib/format';
import type { Indicator, IndicatorShape } from './types';

/** Headings of the groups of the catalogue (a group the page does not know shows its prefix). */
const GROUP_LABELS: Record<string, string> = {
  orgs: 'Tổ chức đảng',
  members: 'Đảng viên',
  'members.age': 'Độ tuổi',
  'members.party_age': 'Tuổi đảng',
  'members.sex': 'Giới tính',
  'members.ethnicity': 'Dân tộc',
  'members.religion': 'Tôn giáo',
  'members.education': 'Giáo dục phổ thông',
  'members.professional': 'Chuyên môn, nghiệp vụ',
  'members.theory': 'Lý luận chính trị',
  'members.state_mgmt': 'Quản lý nhà nước',
  balance: 'Đầu kỳ, tăng, giảm, cuối kỳ',
  flows: 'Biến động đảng viên',
  transfers: 'Chuyển sinh hoạt đảng',
  org_events: 'Biến động tổ chức',
  admission: 'Kết nạp và chỉ tiêu',
};

export const SHAPE_LABELS: Record<IndicatorShape, string> = {
  stock: 'Số lượng tại ngày',
  flow: 'Biến động trong kỳ',
};

/** The breakdowns of the quality analysis of members, in the order the dashboard shows them. */
export const QUALITY_PREFIXES = [
  'members.age',
  'members.sex',
  'members.ethnicity',
  'members.education',
  'members.theory',
  'members.party_age',
] as const;

/** "members.age.under_30" → "members.age"; "members.total" → "members". */
export function prefixOf(code: string): string {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

/**
 * The heading of a group: what the server's labels of its indicators start with ("Độ tuổi" of
 * "Độ tuổi: Trên 60 tuổi"), else the page's own, else the prefix.
 */
export function groupLabel(prefix: string, items: readonly Indicator[] = []): string {
  const heads = new Set(items.map((i) => (i.label.includes(': ') ? i.label.slice(0, i.label.indexOf(': ')) : '')));
  const [head] = heads;
  return heads.size === 1 && head ? head : (GROUP_LABELS[prefix] ?? prefix);
}

/** A label without its group's heading: "Độ tuổi: Trên 60 tuổi" → "Trên 60 tuổi". */
export function shortLabel(label: string): string {
  const colon = label.indexOf(': ');
  return colon < 0 ? label : label.slice(colon + 2);
}

export interface IndicatorGroup {
  prefix: string;
  label: string;
  items: Indicator[];
}

/** The catalogue by shape (stocks first), then by prefix in the catalogue's order. */
export function groupIndicators(list: readonly Indicator[]): { shape: IndicatorShape; label: string; groups: IndicatorGroup[] }[] {
  return (['stock', 'flow'] as const)
    .map((shape) => {
      const groups = new Map<string, IndicatorGroup>();
      for (const i of list) {
        if (i.shape !== shape) continue;
        const prefix = prefixOf(i.code);
        if (!groups.has(prefix)) groups.set(prefix, { prefix, label: '', items: [] });
        groups.get(prefix)!.items.push(i);
      }
      for (const g of groups.values()) g.label = groupLabel(g.prefix, g.items);
      return { shape, label: SHAPE_LABELS[shape], groups: [...groups.values()] };
    })
    .filter((s) => s.groups.length > 0);
}

/** The indicators whose codes start with `prefix.`, in the catalogue's order. */
export function indicatorsUnder(list: readonly Indicator[], prefix: string): Indicator[] {
  return list.filter((i) => i.code.startsWith(`${prefix}.`));
}

/** A figure as people read it: 2.700, 94,57%, "—" without a base. */
export function formatValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined) return '—';
  return unit === '%' ? formatPercent(v) : formatNumber(v);
}
