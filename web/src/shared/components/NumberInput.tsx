// The number field of forms: an antd InputNumber that reads what was typed the Vietnamese way
// (see lib/numbers) and, inside a form field, keeps a text it cannot take as a TypedNumberError
// so that validNumberRule shows why under the field. The limits are checked here, not by
// InputNumber, which would clamp or round silently.
import { InputNumber, type InputNumberProps } from 'antd';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { parseTypedNumber, TypedNumberError } from '../lib/numbers';

type Props = Omit<InputNumberProps<number>, 'value' | 'onChange'> & {
  value?: number | TypedNumberError | null;
  onChange?: (value: number | TypedNumberError | null) => void;
  /** Default: whole numbers (precision 0); false allows a decimal comma. */
  integer?: boolean;
};

export function NumberInput({ value, onChange, integer = true, min, max, status, ...rest }: Props) {
  const refused = value instanceof TypedNumberError;
  const shown = refused ? null : (value ?? null);

  // Reads the input's text before InputNumber parses it on blur or Enter (capture phase).
  const take = (e: SyntheticEvent) => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== 'INPUT') return;
    const text = input.value.trim();
    if (!text) return;
    const parsed = parseTypedNumber(text, { min: min as number | undefined, max: max as number | undefined, integer });
    if ('value' in parsed) {
      if (parsed.value !== shown) onChange?.(parsed.value);
    } else if (rest.id) {
      onChange?.(new TypedNumberError(text, parsed.error));
    }
  };

  return (
    <div className="number-input" onBlurCapture={take} onKeyDownCapture={(e: KeyboardEvent) => e.key === 'Enter' && take(e)}>
      <InputNumber<number>
        style={{ width: '100%' }}
        inputMode={integer ? 'numeric' : 'decimal'}
        decimalSeparator=","
        status={refused ? 'error' : status}
        value={shown}
        onChange={(v) => onChange?.(v)}
        {...rest}
      />
    </div>
  );
}
