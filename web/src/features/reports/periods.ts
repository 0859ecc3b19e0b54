import dayjs, { type Dayjs } from 'dayjs';
import { ISO_DATE } from '../../shared/lib/format';

export type PeriodPreset = 'month' | 'quarter' | 'half' | 'nine' | 'year' | 'last_year' | 'custom';

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  month: 'Tháng này',
  quarter: 'Quý này',
  half: '6 tháng đầu năm',
  nine: '9 tháng đầu năm',
  year: 'Năm nay',
  last_year: 'Năm trước',
  custom: 'Tùy chọn',
};

export const PERIOD_PRESETS = Object.keys(PERIOD_LABELS) as PeriodPreset[];

export function isPreset(value: string | null): value is PeriodPreset {
  return !!value && (PERIOD_PRESETS as string[]).includes(value);
}

/** The first and last day (YYYY-MM-DD) of a preset period around `today`; null for "custom". */
export function presetRange(preset: PeriodPreset, today: Dayjs = dayjs()): [string, string] | null {
  const y = today.startOf('year');
  const fmt = (d: Dayjs) => d.format(ISO_DATE);
  switch (preset) {
    case 'month':
      return [fmt(today.startOf('month')), fmt(today.endOf('month'))];
    case 'quarter': {
      const start = y.add(Math.floor(today.month() / 3) * 3, 'month');
      return [fmt(start), fmt(start.add(3, 'month').subtract(1, 'day'))];
    }
    case 'half':
      return [fmt(y), fmt(y.month(5).endOf('month'))];
    case 'nine':
      return [fmt(y), fmt(y.month(8).endOf('month'))];
    case 'year':
      return [fmt(y), fmt(y.endOf('year'))];
    case 'last_year':
      return [fmt(y.subtract(1, 'year')), fmt(y.subtract(1, 'day'))];
    default:
      return null;
  }
}
