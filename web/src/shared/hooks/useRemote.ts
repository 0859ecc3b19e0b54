import { useEffect, useState } from 'react';

interface Remote<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes (and when `reload` bumps), aborting the
 * previous request; keeps the last data while the next one loads.
 */
export function useRemote<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Remote<T> & { reload: () => void } {
  const [state, setState] = useState<Remote<T>>({ data: undefined, error: null, loading: true });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(ctl.signal)
      .then((data) => !ctl.signal.aborted && setState({ data, error: null, loading: false }))
      .catch((error: unknown) => !ctl.signal.aborted && setState((s) => ({ ...s, error, loading: false })));
    return () => ctl.abort();
    // `key` stands for everything `load` reads.
  }, [key, tick]);

  return { ...state, reload: () => setTick((n) => n + 1) };
}
