// The date field of forms: shows dd/mm/yyyy; takes what people type (1/6/1990, 01.06.1990,
// 01/06/90, 1990-06-01…); unless `anyDay`, no day after today. A typed text that is not a
// usable date is never dropped: inside a form field it becomes the field's value as a
// TypedDateError, which validDateRule turns into the error under the field.
import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { type KeyboardEvent, type SyntheticEvent, useState } from 'react';
import { parseTypedDate, TYPED_DATE_FORMATS, TypedDateError } from '../lib/dates';
import { afterToday } from '../lib/format';

// The picker parses these while the user types; two-digit years are left to parseTypedDate,
// which knows whether the field is about the past.
const PICKER_FORMATS = TYPED_DATE_FORMATS.filter((f) => !f.endsWith('YY') || f.endsWith('YYYY'));

type Props = Omit<DatePickerProps, 'value' | 'onChange'> & {
  anyDay?: boolean;
  value?: Dayjs | TypedDateError | null;
  onChange?: (value: Dayjs | TypedDateError | null) => void;
};

/** An antd DatePicker as the forms use it; other props (id, placeholder, disabled…) pass through. */
export function DateInput({ anyDay, value, onChange, status, ...rest }: Props) {
  // Outside a form field (no id from Form.Item) a refused text is shown here instead.
  const [localError, setLocalError] = useState<string | null>(null);
  const refused = value instanceof TypedDateError;
  const shown = refused ? null : (value ?? null);

  // Reads the input's text before the picker reacts to the key or the blur (capture phase).
  const take = (e: SyntheticEvent) => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== 'INPUT') return;
    const text = input.value.trim();
    if (!text || (shown && text === shown.format(PICKER_FORMATS[0]))) return;
    const parsed = parseTypedDate(text, !anyDay);
    if ('date' in parsed) {
      setLocalError(null);
      if (!shown || !parsed.date.isSame(shown, 'day')) onChange?.(parsed.date);
    } else if (rest.id) {
      onChange?.(new TypedDateError(text, parsed.error));
    } else {
      setLocalError(parsed.error);
    }
  };

  return (
    <div className="date-input" onBlurCapture={take} onKeyDownCapture={(e: KeyboardEvent) => e.key === 'Enter' && take(e)}>
      <DatePicker
        format={PICKER_FORMATS}
        disabledDate={anyDay ? undefined : afterToday}
        placeholder="dd/mm/yyyy"
        style={{ width: '100%' }}
        status={refused || localError ? 'error' : status}
        title={localError ?? undefined}
        value={shown}
        onChange={(d) => {
          setLocalError(null);
          onChange?.(d);
        }}
        {...rest}
      />
    </div>
  );
}
