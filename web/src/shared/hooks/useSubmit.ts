// The one way a form is sent to the server: busy state while it runs, the server's field
// errors put on the antd Form's fields, and the rest as a Vietnamese problem to show above it
// (<ProblemAlert>). FormModal is built on it; pages with their own layout call it directly.
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import { applyApiError, type FieldFilter } from '../lib/forms';

/** What to show above the form after a refused save. */
export interface FormProblem {
  /** The bold first line; without one, the detail is the message. */
  title?: string;
  detail: string;
  type?: 'error' | 'warning';
  /** The record changed meanwhile (409): offer to reload it. */
  conflict?: boolean;
}

export interface SubmitOptions {
  /** The form whose fields receive the server's field errors. */
  form?: FormInstance;
  /** Which server fields the form shows (top-level names, or a test of the full name). */
  fields?: FieldFilter;
  /** The title over errors that found no field (none: the message alone). */
  errorTitle?: string;
  /**
   * A refusal by the rules (422 or 409 without field errors; `statuses` to choose) shown with
   * this title, as a warning unless `type` says otherwise.
   */
  rule?: { title: string; type?: 'error' | 'warning'; statuses?: readonly number[] };
  /**
   * Special cases first: return the problem to show, null when handled (nothing shown), or
   * undefined for the usual handling. `placeFields` puts the field errors on the form and
   * returns what is left to show.
   */
  onError?: (err: unknown, placeFields: () => string | null) => FormProblem | null | undefined;
}

export interface Submit {
  busy: boolean;
  problem: FormProblem | null;
  setProblem: (problem: FormProblem | null) => void;
  /** Runs a save: busy meanwhile; a throw becomes the problem (or field errors). */
  run: (save: () => Promise<unknown>, opts?: { keepProblem?: boolean }) => Promise<void>;
}

const NO_FIELDS: FieldFilter = [];

export function useSubmit({ form, fields = NO_FIELDS, errorTitle, rule, onError }: SubmitOptions = {}): Submit {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const describe = useCallback(
    (err: unknown): FormProblem | null => {
      const placeFields = () => applyApiError(form ?? null, err, fields);
      const special = onError?.(err, placeFields);
      if (special !== undefined) return special;
      const statuses = rule?.statuses ?? [422, 409];
      if (rule && err instanceof ApiError && statuses.includes(err.status) && err.fieldErrors.length === 0) {
        return { title: rule.title, detail: err.userMessage, type: rule.type ?? 'warning' };
      }
      const rest = placeFields();
      return rest ? { title: errorTitle, detail: rest, type: 'error' } : null;
    },
    [form, fields, errorTitle, rule, onError],
  );

  const run = useCallback(
    async (save: () => Promise<unknown>, opts?: { keepProblem?: boolean }) => {
      setBusy(true);
      if (!opts?.keepProblem) setProblem(null);
      try {
        await save();
      } catch (err) {
        setProblem(describe(err));
      } finally {
        setBusy(false);
      }
    },
    [describe],
  );

  return { busy, problem, setProblem, run };
}
