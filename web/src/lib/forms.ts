import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client';

/**
 * Puts the server's per-field errors on the form's fields. Returns the message
 * still to show above the form (errors for unknown fields, or the problem's detail),
 * or null when every error found its field.
 */
export function applyApiError(form: FormInstance, err: unknown, fieldNames: readonly string[]): string | null {
  if (!(err instanceof ApiError)) return errorMessage(err);
  const known = err.fieldErrors.filter((e) => fieldNames.includes(e.field));
  const byField = new Map<string, string[]>();
  for (const e of known) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const rest = err.fieldErrors.filter((e) => !fieldNames.includes(e.field));
  if (known.length > 0 && rest.length === 0) return null;
  if (rest.length > 0) return rest.map((e) => e.message).join(' ');
  return err.userMessage;
}
