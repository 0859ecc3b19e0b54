import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];

/** Page number and size kept in the address (?page=&page_size=), so reload and back work. */
export function usePageParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZE_OPTIONS.includes(Number(params.get('page_size')))
    ? Number(params.get('page_size'))
    : DEFAULT_PAGE_SIZE;

  /** Sets some parameters (empty values are removed); any change other than the page goes back to page 1. */
  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { params, page, pageSize, update };
}

export function showTotal(total: number, range: [number, number]): string {
  return `${range[0]}–${range[1]} trong ${total} dòng`;
}
