// How the holiday kinds are shown: their tag colours (their labels come from GET /api/v1/meta).
import type { HolidayKind } from './types';

export const HOLIDAY_KIND_COLORS: Record<HolidayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  working_saturday: 'blue',
};
