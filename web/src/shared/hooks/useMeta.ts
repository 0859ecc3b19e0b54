// Reference data and the labels of every coded value, as the server serves them (GET /api/v1/meta):
// the web keeps no copies of these labels.
import { useEffect, useMemo, useState } from 'react';
import { getMeta } from '../api/endpoints';
import type { Meta } from '../api/types';

/** The vocabularies GET /api/v1/meta serves (meta.vocab). */
export type VocabName =
  | 'role'
  | 'org_kind'
  | 'member_status'
  | 'member_event_kind'
  | 'org_event_kind'
  | 'transfer_kind'
  | 'transfer_state'
  | 'audit_action'
  | 'action'
  | 'candidate_status'
  | 'admission_step'
  | 'holiday_kind'
  | 'work_item_kind'
  | 'audit_outcome'
  | 'audit_via'
  | 'meeting_kind'
  | 'meeting_status'
  | 'attendance_status'
  | 'meeting_quality'
  | 'rating_level'
  | 'rating_stage'
  | 'rating_subject'
  | 'rating_scheme'
  | 'badge_basis'
  | 'badge_status'
  | 'inspection_kind'
  | 'inspection_status'
  | 'case_subject'
  | 'discipline_form'
  | 'discipline_status'
  | 'appeal_outcome'
  | 'dues_income'
  | 'dues_relief_kind'
  | 'dues_relief_reason'
  | 'dues_entry_kind'
  | 'training_kind'
  | 'training_result'
  | 'training_grade'
  | 'cadre_post'
  | 'propaganda_kind'
  | 'document_kind'
  | 'directive05_model_kind'
  | 'reward_subject'
  | 'reward_form'
  | 'reward_level'
  | 'emulation_kind'
  | 'culture_result'
  | 'target_comparison'
  | 'correction_state';

// Reference data changes only with a new server version: fetched once per page load.
let cached: Promise<Meta> | null = null;
let loaded: Meta | undefined;

function loadMeta(): Promise<Meta> {
  if (!cached) {
    cached = getMeta().then(
      (meta) => (loaded = meta),
      (err: unknown) => {
        cached = null; // try again next time
        throw err;
      },
    );
  }
  return cached;
}

/** The reference lists (GET /api/v1/meta, else /api/meta); undefined while loading. */
export function useMeta(): { meta: Meta | undefined; error: unknown } {
  const [state, setState] = useState<{ meta: Meta | undefined; error: unknown }>({ meta: loaded, error: null });
  useEffect(() => {
    let live = true;
    loadMeta()
      .then((meta) => live && setState({ meta, error: null }))
      .catch((error: unknown) => live && setState({ meta: undefined, error }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** A vocabulary as code → label, as the server serves it; undefined while meta loads (or failed). */
function vocabulary(meta: Meta | undefined, name: VocabName): ReadonlyMap<string, string> | undefined {
  const served = meta?.vocab?.[name];
  return served ? new Map(served.map((e) => [e.code, e.label])) : undefined;
}

/**
 * A code's label; for a code the vocabulary lacks, `otherwise` (default: the code itself).
 * Until the labels have come the code is shown as it is.
 */
export type Labeller = (code: string | null | undefined, otherwise?: string) => string;

function labeller(labels: ReadonlyMap<string, string> | undefined): Labeller {
  return (code, otherwise) => {
    if (!code) return otherwise ?? '';
    if (!labels) return code;
    return labels.get(code) ?? otherwise ?? code;
  };
}

/** Labels of one vocabulary: `useLabel('transfer_state')('pending')` → "Chờ đơn vị nhận xác nhận". */
export function useLabel(name: VocabName): Labeller {
  const { meta } = useMeta();
  return useMemo(() => labeller(vocabulary(meta, name)), [meta, name]);
}

/** A vocabulary as Select options ({ value: code, label }), in the server's order; none while meta loads. */
export function useVocabOptions(name: VocabName): { value: string; label: string }[] {
  const { meta } = useMeta();
  return useMemo(() => [...(vocabulary(meta, name) ?? [])].map(([value, label]) => ({ value, label })), [meta, name]);
}

/**
 * A labeller over a table a feature keeps itself, for a vocabulary GET /api/v1/meta does not
 * serve yet (the table goes once the server serves it; then use useLabel).
 */
export function tableLabeller(table: Readonly<Record<string, string>>): Labeller {
  return labeller(new Map(Object.entries(table)));
}

/** Such a table as Select options ({ value: code, label }), in its order. */
export function tableOptions(table: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(table).map(([value, label]) => ({ value, label }));
}
