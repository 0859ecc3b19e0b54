import type { HolidayKind } from './types';

export const HOLIDAY_KIND_COLORS: Record<HolidayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  working_saturday: 'blue',
};
