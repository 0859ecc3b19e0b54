import type { HolidayKind } from './types';

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  working_saturday: 'Làm bù (thứ Bảy)',
};

export const HOLIDAY_KIND_COLORS: Record<HolidayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  working_saturday: 'blue',
};

export const HOLIDAY_KIND_OPTIONS = (Object.keys(HOLIDAY_KIND_LABELS) as HolidayKind[]).map((k) => ({
  value: k,
  label: HOLIDAY_KIND_LABELS[k],
}));
