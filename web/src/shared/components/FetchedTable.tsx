// A small, unpaged table of rows read once from the API (a member file's tab): the load
// error above it, the loading state, and a sentence when there are none.
import { Table, type TableColumnsType } from 'antd';
import type { Items } from '../api/types';
import { useRemote } from '../hooks/useRemote';
import { LoadError } from './LoadError';

interface Props<T> {
  /** Reads the rows; `cacheKey` says when to read again. */
  load: (signal: AbortSignal) => Promise<Items<T>>;
  cacheKey: string;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  emptyText: string;
  /** The table's width below which it scrolls inside its own box (phones). */
  scrollX: number;
}

export function FetchedTable<T extends object>({ load, cacheKey, columns, rowKey, emptyText, scrollX }: Props<T>) {
  const { data, error, loading } = useRemote(load, cacheKey);
  return (
    <>
      <LoadError error={error} />
      <Table<T>
        rowKey={rowKey}
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{ emptyText }}
      />
    </>
  );
}
