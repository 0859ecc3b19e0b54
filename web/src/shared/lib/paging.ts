// Paging of tables: page and size kept in the address, and the Table's pagination built from them.
import type { TablePaginationConfig } from 'antd';
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

  /** The Table's pagination for `total` rows; a new size goes back to page 1. */
  const pagination = (total: number | undefined, extra?: TablePaginationConfig): TablePaginationConfig =>
    tablePaging(page, pageSize, total, (p, size) => update(size !== pageSize ? { page_size: size } : { page: p }), extra);

  return { params, page, pageSize, update, pagination };
}

/** A Table's pagination: page `page` of `total` rows (0 while unknown), every size offered. */
export function tablePaging(
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, size: number) => void,
  extra?: TablePaginationConfig,
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    showTotal,
    onChange,
    ...extra,
  };
}

export function showTotal(total: number, range: [number, number]): string {
  return `${range[0]}–${range[1]} trong ${total} dòng`;
}
