// Picks a report period: its kind (month, quarter, first 6/8/9 months, year, term, a half of a
// term, any range), then which one.
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { afterToday, DATE_FORMAT, fromIsoDate, ISO_DATE } from '../../../shared/lib/format';
import { parsePeriodCode, PERIOD_KIND_LABELS, PERIOD_KINDS, periodCode, termChoices, useCongressTerms, type CongressTerm, type Period, type PeriodKind } from '../periods';

interface Props {
  value: Period;
  onChange: (p: Period) => void;
}

const PICKER: Partial<Record<PeriodKind, { picker: 'month' | 'quarter' | 'year'; format: string }>> = {
  month: { picker: 'month', format: 'MM/YYYY' },
  quarter: { picker: 'quarter', format: '[Quý] Q/YYYY' },
  M6: { picker: 'year', format: 'YYYY' },
  M8: { picker: 'year', format: 'YYYY' },
  M9: { picker: 'year', format: 'YYYY' },
  year: { picker: 'year', format: 'YYYY' },
};

/** A period of `kind` near the one shown (the same year where it can). */
function switchKind(kind: PeriodKind, current: Period, terms: readonly CongressTerm[]): Period {
  if (kind === 'range') return { kind, from: current.from, to: current.to };
  const end = dayjs(current.to);
  const day = end.isAfter(dayjs()) ? dayjs() : end;
  return parsePeriodCode(periodCode(kind, day, terms), terms)!;
}

export function PeriodPicker({ value, onChange }: Props) {
  const picker = PICKER[value.kind];
  const terms = useCongressTerms();
  return (
    <Flex gap={8} wrap className="period-picker">
      <Select<PeriodKind>
        aria-label="Loại kỳ báo cáo"
        value={value.kind}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))}
        onChange={(k) => onChange(switchKind(k, value, terms))}
        style={{ width: 180 }}
      />
      {picker && (
        <DatePicker
          aria-label="Kỳ báo cáo"
          picker={picker.picker}
          format={picker.format}
          value={fromIsoDate(value.from)}
          allowClear={false}
          disabledDate={afterToday}
          onChange={(d) => d && onChange(parsePeriodCode(periodCode(value.kind as Exclude<PeriodKind, 'range'>, d, terms), terms)!)}
          style={{ width: 140 }}
        />
      )}
      {(value.kind === 'term' || value.kind === 'term_h1' || value.kind === 'term_h2') && (
        <Select<number>
          aria-label="Nhiệm kỳ"
          value={Number(value.code?.slice(0, 4))}
          options={termChoices(terms).map((y) => ({ value: y, label: `Nhiệm kỳ ${y}–${y + 5}` }))}
          onChange={(y) => onChange(parsePeriodCode(periodCode(value.kind as 'term', dayjs(`${y}-12-31`), terms), terms)!)}
          style={{ width: 180 }}
        />
      )}
      {value.kind === 'range' && (
        <DatePicker.RangePicker
          aria-label="Từ ngày – đến ngày"
          format={DATE_FORMAT}
          value={[fromIsoDate(value.from), fromIsoDate(value.to)]}
          allowClear={false}
          disabledDate={afterToday}
          placeholder={['Từ ngày', 'Đến ngày']}
          onChange={(range) => {
            if (range?.[0] && range[1]) onChange({ kind: 'range', from: range[0].format(ISO_DATE), to: range[1].format(ISO_DATE) });
          }}
        />
      )}
    </Flex>
  );
}
