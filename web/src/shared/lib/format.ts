// Vietnamese formats of dates, numbers and percentages, and the date format the API speaks.
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/** dd/mm/yyyy HH:mm in local time; an empty string for no value. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : value;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : value;
}

/** Whether an ISO time lies in the future (e.g. a lock that still holds). */
export function isFuture(value: string | null | undefined): boolean {
  return !!value && dayjs(value).isAfter(dayjs());
}

/** JSON shown to a person: pretty-printed; text that is JSON is parsed first. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

/** The date format the API speaks. */
export const ISO_DATE = 'YYYY-MM-DD';

const NUMBER = new Intl.NumberFormat('vi-VN');

/** Numbers the Vietnamese way: 2.700, 12.345. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : NUMBER.format(value);
}

/** A DatePicker value as YYYY-MM-DD ('' when empty). */
export function toIsoDate(value: Dayjs | null | undefined): string {
  return value ? value.format(ISO_DATE) : '';
}

/** YYYY-MM-DD as a DatePicker value (null when empty or invalid). */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value, ISO_DATE);
  return d.isValid() ? d : null;
}

/** A date range "dd/mm/yyyy – dd/mm/yyyy", open ends shown as "nay" / "…". */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '';
  return `${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : 'nay'}`;
}

const PERCENT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A percentage the Vietnamese way, two decimals at most, trailing zeros dropped: 94,57%, 72,5%, 100%. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${PERCENT.format(value)}%`;
}

/** For DatePickers of past facts: days after today are disabled. */
export const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');
