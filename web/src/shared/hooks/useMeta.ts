import { useEffect, useMemo, useState } from 'react';
import { getMeta } from '../api/endpoints';
import type { Meta } from '../api/types';
import { FALLBACK_LABELS, type VocabName } from '../lib/fallbackLabels';

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

/** A vocabulary as code → label: the server's when it serves it, else the web's fallback table. */
function vocabulary(meta: Meta | undefined, name: VocabName): ReadonlyMap<string, string> {
  const served = meta?.vocab?.[name];
  if (served) return new Map(served.map((e) => [e.code, e.label]));
  return new Map(Object.entries(FALLBACK_LABELS[name]));
}

/** A code's label, or `otherwise` (default: the code itself) for a code the vocabulary lacks. */
export type Labeller = (code: string | null | undefined, otherwise?: string) => string;

/** Labels of one vocabulary: `useLabel('transfer_state')('pending')` → "Chờ đơn vị nhận xác nhận". */
export function useLabel(name: VocabName): Labeller {
  const { meta } = useMeta();
  return useMemo(() => {
    const labels = vocabulary(meta, name);
    return (code, otherwise) => (code ? (labels.get(code) ?? otherwise ?? code) : (otherwise ?? ''));
  }, [meta, name]);
}

/** A vocabulary as Select options ({ value: code, label }), in the server's (or the table's) order. */
export function useVocabOptions(name: VocabName): { value: string; label: string }[] {
  const { meta } = useMeta();
  return useMemo(() => [...vocabulary(meta, name)].map(([value, label]) => ({ value, label })), [meta, name]);
}
