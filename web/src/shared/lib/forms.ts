import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client';
import type { FieldProblem } from '../api/types';

/** "rows[5].birth_date" → ['rows', 5, 'birth_date'], the form's name path of a server field. */
export function fieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      path.push(part);
      continue;
    }
    if (m[1]) path.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(idx[1]));
  }
  return path;
}

/** Which server fields a form shows: top-level names, or a test of the whole field name. */
export type FieldFilter = readonly string[] | ((field: string) => boolean);

/**
 * Puts the server's per-field errors on the form's fields (used by useSubmit, the one submit path): an error belongs to a field when
 * the first part of its name ("work" of "work[0].title") is one of `fieldNames` (or the test
 * accepts it). Returns the
 * message still to show above the form (errors for unknown fields, or the problem's detail),
 * or null when every error found its field.
 */
export function applyApiError(form: FormInstance | null, err: unknown, fieldNames: FieldFilter): string | null {
  if (!(err instanceof ApiError) || !form) return errorMessage(err);
  const belongs = (e: FieldProblem) =>
    typeof fieldNames === 'function' ? fieldNames(e.field) : fieldNames.includes(String(fieldPath(e.field)[0]));
  const known = err.fieldErrors.filter(belongs);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of known) {
    const entry = byField.get(e.field) ?? { name: fieldPath(e.field), errors: [] };
    entry.errors.push(e.message);
    byField.set(e.field, entry);
  }
  form.setFields([...byField.values()]);
  if (known.length > 0) {
    const first = known[0];
    if (first) form.scrollToField(fieldPath(first.field), { block: 'center' });
  }
  const rest = err.fieldErrors.filter((e) => !belongs(e));
  if (known.length > 0 && rest.length === 0) return null;
  if (rest.length > 0) return rest.map((e) => e.message).join(' ');
  return err.userMessage;
}
