// What people type into number fields, read the Vietnamese way: "2.700" is two thousand seven
// hundred, "12,5" is twelve and a half. A text the field cannot take is refused with a
// message under the field, never rounded, clamped or dropped.
import type { FormRule } from 'antd';
import { formatNumber } from './format';

/** A typed text the field could not take, kept as the field's value so the form cannot be sent. */
export class TypedNumberError {
  constructor(
    readonly typed: string,
    readonly message: string,
  ) {}
}

export interface NumberLimits {
  min?: number;
  max?: number;
  /** Whole numbers only (counts, years, points). */
  integer?: boolean;
}

/** Reads a typed number; { value } or { error } in Vietnamese. */
export function parseTypedNumber(text: string, { min, max, integer }: NumberLimits): { value: number } | { error: string } {
  const t = text.replace(/\s+/g, '');
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(t) ?? /^(-?)(\d+)\.(\d{1,2})$/.exec(t);
  if (!m) return { error: `"${text.trim()}" không phải là số.` };
  const whole = m[2]!.replace(/\./g, '');
  const value = Number(`${m[1]}${whole}${m[3] ? `.${m[3]}` : ''}`);
  if (integer && m[3] && Number(m[3]) !== 0) return { error: `Phải là số nguyên; "${text.trim()}" có phần lẻ.` };
  if (min !== undefined && value < min) {
    return { error: min === 0 ? 'Không được là số âm.' : `Nhỏ nhất là ${formatNumber(min)}.` };
  }
  if (max !== undefined && value > max) return { error: `Lớn nhất là ${formatNumber(max)}.` };
  return { value };
}

/** The rule every number field carries: a typed text that is not a usable number stops the form. */
export const validNumberRule: FormRule = {
  validator: (_rule, value: unknown) =>
    value instanceof TypedNumberError ? Promise.reject(new Error(value.message)) : Promise.resolve(),
};
