// The date field of forms: dd/mm/yyyy, full width and, unless `anyDay`, no day after today.
import { DatePicker, type DatePickerProps } from 'antd';
import { afterToday, DATE_FORMAT } from '../lib/format';

/** An antd DatePicker as the forms use it; other props (value, onChange, id, placeholder…) pass through. */
export function DateInput({ anyDay, ...rest }: DatePickerProps & { anyDay?: boolean }) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      disabledDate={anyDay ? undefined : afterToday}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
