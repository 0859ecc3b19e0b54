// How the holiday kinds are shown: their tag colours, and their labels while the server does not serve them.
import type { HolidayKind } from './types';

export const HOLIDAY_KIND_COLORS: Record<HolidayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  working_saturday: 'blue',
};

/**
 * GET /api/v1/meta serves no `holiday_kind` vocabulary yet, so these labels have no other
 * source; once it does, this table goes for useLabel('holiday_kind').
 */
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  working_saturday: 'Làm bù (thứ Bảy)',
};
