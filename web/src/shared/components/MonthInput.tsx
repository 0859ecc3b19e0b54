// The month field: shows mm/yyyy (a browser's own month input speaks its locale, "December
// 2026"); its value is the API's 'YYYY-MM' text. Takes 3/2026, 03/2026, 03.2026 and 2026-03.
import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const FORMATS = ['MM/YYYY', 'M/YYYY', 'MM.YYYY', 'M.YYYY', 'MM-YYYY', 'YYYY-MM'];

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'picker'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The last month that can be chosen, 'YYYY-MM'. */
  max?: string;
};

export function MonthInput({ value, onChange, max, ...rest }: Props) {
  const shown = value ? dayjs(`${value}-01`) : null;
  const last = max ? dayjs(`${max}-01`) : null;
  return (
    <DatePicker
      picker="month"
      format={FORMATS}
      placeholder="mm/yyyy"
      style={{ width: '100%' }}
      value={shown?.isValid() ? shown : null}
      disabledDate={last ? (d: Dayjs) => d.isAfter(last, 'month') : undefined}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM') : null)}
      {...rest}
    />
  );
}
