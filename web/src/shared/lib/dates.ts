// What people type into date fields: 1/6/1990, 01/6/1990, 1-6-1990, 01.06.1990, 01/06/90 and
// 1990-06-01 all mean the same day; anything else is refused with a message, never dropped.
import dayjs, { type Dayjs } from 'dayjs';
import type { FormRule } from 'antd';

/** The formats the date picker parses as the user types (the first one is how it shows dates). */
export const TYPED_DATE_FORMATS: string[] = (() => {
  const out = ['DD/MM/YYYY'];
  for (const sep of ['/', '-', '.']) {
    for (const d of ['DD', 'D']) {
      for (const m of ['MM', 'M']) {
        for (const y of ['YYYY', 'YY']) {
          const f = [d, m, y].join(sep);
          if (!out.includes(f)) out.push(f);
        }
      }
    }
  }
  out.push('YYYY-MM-DD');
  return out;
})();

/** A typed text the field could not take: kept as the field's value so the form cannot be sent. */
export class TypedDateError {
  constructor(
    readonly typed: string,
    readonly message: string,
  ) {}
}

export type ParsedDate = { date: Dayjs } | { error: string };

function realDate(year: number, month: number, day: number): Dayjs | null {
  const d = dayjs(new Date(year, month - 1, day));
  return d.year() === year && d.month() === month - 1 && d.date() === day ? d : null;
}

/**
 * Reads a typed date. Day first (d/m/y with '/', '-' or '.'), or ISO y-m-d. A two-digit year is
 * in this century unless that is after today for a field of past facts (then the last one).
 * `pastOnly`: a day after today is refused.
 */
export function parseTypedDate(text: string, pastOnly: boolean, today: Dayjs = dayjs()): ParsedDate {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let twoDigit = false;
  const dmy = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[2]);
    twoDigit = dmy[3]!.length === 2;
    year = Number(dmy[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { error: `"${t}" không phải là ngày. Nhập theo dạng ngày/tháng/năm, ví dụ 01/06/1990.` };
  }
  if (twoDigit) {
    year += 2000;
    if (pastOnly && realDate(year, month, day)?.isAfter(today, 'day')) year -= 100;
  }
  const date = realDate(year, month, day);
  if (!date) return { error: `Không có ngày ${t}: kiểm tra lại ngày và tháng.` };
  if (year < 1900) return { error: `Năm ${year} không hợp lệ.` };
  if (pastOnly && date.isAfter(today, 'day')) {
    return { error: `Ngày ${date.format('DD/MM/YYYY')} ở sau hôm nay; ngày này phải là ngày đã qua.` };
  }
  return { date };
}

/** The rule every date field carries: a typed text that is not a usable date stops the form. */
export const validDateRule: FormRule = {
  validator: (_rule, value: unknown) =>
    value instanceof TypedDateError ? Promise.reject(new Error(value.message)) : Promise.resolve(),
};

/** Whether a date field's value is a date (not empty, not a refused TypedDateError). */
export const isDayjs = (v: unknown): v is Dayjs => dayjs.isDayjs(v);
