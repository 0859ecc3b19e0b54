// Report periods as the server names them (2026-08, 2026-Q3, 2026-M9, 2026, 2020-2025,
// 2020-2025-H1/-H2) or as a from/to range: reading them from the address, their dates and words.
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useMeta } from '../../shared/hooks/useMeta';
import { formatDate, ISO_DATE } from '../../shared/lib/format';

export type PeriodKind = 'month' | 'quarter' | 'M6' | 'M8' | 'M9' | 'year' | 'term' | 'term_h1' | 'term_h2' | 'range';

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  M6: '6 tháng đầu năm',
  M8: '8 tháng đầu năm',
  M9: '9 tháng đầu năm',
  year: 'Năm',
  term: 'Nhiệm kỳ',
  term_h1: 'Nửa đầu nhiệm kỳ',
  term_h2: 'Nửa cuối nhiệm kỳ',
  range: 'Khoảng thời gian',
};

export const PERIOD_KINDS = Object.keys(PERIOD_KIND_LABELS) as PeriodKind[];

/** A chosen period: its kind, the server's code (none for a range) and its first and last day. */
export interface Period {
  kind: PeriodKind;
  code?: string;
  from: string;
  to: string;
}

const fmt = (d: Dayjs) => d.format(ISO_DATE);

/** A congress term as the server serves it (GET /api/v1/meta, congress_terms). */
export interface CongressTerm {
  first: number;
  last: number;
  from: string;
  to: string;
}

/** The served terms, newest first (none until the reference data has come). */
export function useCongressTerms(): readonly CongressTerm[] {
  const { meta } = useMeta();
  return useMemo(
    () =>
      (meta?.congress_terms ?? [])
        .map((t) => ({ first: Number(t.code.slice(0, 4)), last: Number(t.code.slice(5, 9)), from: t.from, to: t.to }))
        .sort((a, b) => b.first - a.first),
    [meta],
  );
}

/** The term holding the day `d` (the oldest one for days before every term). */
function termOf(d: string, terms: readonly CongressTerm[]): CongressTerm | undefined {
  return terms.find((t) => t.from <= d) ?? terms[terms.length - 1];
}

/** The terms offered: those begun by `today`, newest first, as their first years. */
export function termChoices(terms: readonly CongressTerm[], today: Dayjs = dayjs()): number[] {
  return terms.filter((t) => t.from <= fmt(today)).map((t) => t.first);
}

/** The code of a period of `kind` holding the day `d` (for a term: starting in d's term). */
export function periodCode(kind: Exclude<PeriodKind, 'range'>, d: Dayjs, terms: readonly CongressTerm[]): string {
  const y = d.year();
  switch (kind) {
    case 'month':
      return d.format('YYYY-MM');
    case 'quarter':
      return `${y}-Q${Math.floor(d.month() / 3) + 1}`;
    case 'M6':
    case 'M8':
    case 'M9':
      return `${y}-${kind}`;
    case 'year':
      return String(y);
    case 'term':
    case 'term_h1':
    case 'term_h2': {
      const t = termOf(fmt(d), terms);
      if (!t) return String(y);
      return `${t.first}-${t.last}${kind === 'term' ? '' : kind === 'term_h1' ? '-H1' : '-H2'}`;
    }
  }
}

/** The period a code names, or null for a code this page does not know. */
export function parsePeriodCode(code: string, terms: readonly CongressTerm[]): Period | null {
  let m = /^(\d{4})$/.exec(code);
  if (m) {
    const y = dayjs(`${m[1]}-01-01`);
    return { kind: 'year', code, from: fmt(y), to: fmt(y.endOf('year')) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) {
    const d = dayjs(`${code}-01`);
    return d.isValid() ? { kind: 'month', code, from: fmt(d), to: fmt(d.endOf('month')) } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(code);
  if (m) {
    const d = dayjs(`${m[1]}-01-01`).add((Number(m[2]) - 1) * 3, 'month');
    return { kind: 'quarter', code, from: fmt(d), to: fmt(d.add(2, 'month').endOf('month')) };
  }
  m = /^(\d{4})-M([689])$/.exec(code);
  if (m) {
    const d = dayjs(`${m[1]}-01-01`);
    return { kind: `M${m[2]}` as PeriodKind, code, from: fmt(d), to: fmt(d.month(Number(m[2]) - 1).endOf('month')) };
  }
  m = /^(\d{4})-(\d{4})(-H[12])?$/.exec(code);
  const term = m && terms.find((t) => t.first === Number(m![1]) && t.last === Number(m![2]));
  if (m && term) {
    if (!m[3]) return { kind: 'term', code, from: term.from, to: term.to };
    // The halves split the term's whole months in two, as the server does.
    const from = dayjs(term.from);
    const middle = from.add(Math.floor((dayjs(term.to).diff(from, 'month') + 1) / 2), 'month');
    return m[3] === '-H1'
      ? { kind: 'term_h1', code, from: term.from, to: fmt(middle.subtract(1, 'day')) }
      : { kind: 'term_h2', code, from: fmt(middle), to: term.to };
  }
  return null;
}

/** The period in the address (?period=CODE, or ?from=&to=); this year when neither is there. */
export function periodFromParams(params: URLSearchParams, terms: readonly CongressTerm[], today: Dayjs = dayjs()): Period {
  const code = params.get('period');
  const parsed = code ? parsePeriodCode(code, terms) : null;
  if (parsed) return parsed;
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && dayjs(from, ISO_DATE).isValid() && dayjs(to, ISO_DATE).isValid()) return { kind: 'range', from, to };
  return parsePeriodCode(String(today.year()), terms)!;
}

/** The address parameters of a period. */
export function periodParams(p: Period): { period?: string; from?: string; to?: string } {
  return p.code ? { period: p.code, from: undefined, to: undefined } : { period: undefined, from: p.from, to: p.to };
}

/** The day stocks are counted on: the period's last day, or today while the period runs. */
export function stockDay(p: Period, today: Dayjs = dayjs()): string {
  return p.to < fmt(today) ? p.to : fmt(today);
}

/** "từ ngày 01/01/2026 đến ngày 31/12/2026". */
export function periodWords(from: string, to: string): string {
  return `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
}
