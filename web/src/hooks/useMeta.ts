import { useEffect, useState } from 'react';
import { getMeta } from '../api/endpoints';
import type { Meta } from '../api/types';

// Reference data changes only with a new server version: fetched once per page load.
let cached: Promise<Meta> | null = null;

function loadMeta(): Promise<Meta> {
  if (!cached) {
    cached = getMeta().catch((err: unknown) => {
      cached = null; // try again next time
      throw err;
    });
  }
  return cached;
}

/** The reference lists (GET /api/meta); undefined while loading. */
export function useMeta(): { meta: Meta | undefined; error: unknown } {
  const [state, setState] = useState<{ meta: Meta | undefined; error: unknown }>({ meta: undefined, error: null });
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
