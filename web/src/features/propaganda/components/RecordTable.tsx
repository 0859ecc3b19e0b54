// The list shape every propaganda tab shares: a count, an "add" button for writers, a table
// scrolling in its box with "Sửa" / "Hủy" per row, a page at a time, and the void dialog.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import type { Page } from '../../../shared/api/types';
import { formatNumber } from '../../../shared/lib/format';
import { VoidReasonModal } from './VoidReasonModal';

interface Props<T extends { id: number }> {
  /** What is listed, for the count and buttons: "hội nghị", "mô hình". */
  noun: string;
  /** Changes when the query does. */
  queryKey: string;
  load: (page: number, pageSize: number, signal: AbortSignal) => Promise<Page<T>>;
  columns: TableColumnsType<T>;
  /** The add / change form: `editing` undefined for a new record; `done` closes and reloads. */
  form: (open: boolean, editing: T | undefined, close: () => void, done: () => void) => ReactNode;
  onVoid: (row: T, reason: string) => Promise<void>;
  /** Shown before the count (e.g. a date filter). */
  extra?: ReactNode;
}

export function RecordTable<T extends { id: number }>({ noun, queryKey, load, columns, form, onVoid, extra }: Props<T>) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [stamp, setStamp] = useState(0);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [voiding, setVoiding] = useState<T | null>(null);
  const { data, error, loading } = useRemote((signal) => load(page, pageSize, signal), JSON.stringify([queryKey, page, pageSize, stamp]));
  const writer = can('propaganda.write');
  const reload = () => setStamp((s) => s + 1);
  const all: TableColumnsType<T> = writer
    ? [
        ...columns,
        {
          title: '',
          key: 'actions',
          width: 110,
          render: (_, row) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => setEditing(row)}>
                Sửa
              </Button>
              <Button type="link" size="small" danger onClick={() => setVoiding(row)}>
                Hủy
              </Button>
            </Space>
          ),
        },
      ]
    : columns;
  return (
    <>
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }} wrap>
        <Space wrap>
          {extra}
          <Typography.Text>{data ? `${formatNumber(data.total)} ${noun}` : ''}</Typography.Text>
        </Space>
        {writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm {noun}
          </Button>
        )}
      </Space>
      <LoadError error={error} />
      <Table<T>
        rowKey="id"
        size="small"
        columns={all}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có dữ liệu' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
      {form(
        editing !== null,
        editing && editing !== 'new' ? editing : undefined,
        () => setEditing(null),
        () => {
          setEditing(null);
          message.success('Đã lưu.');
          reload();
        },
      )}
      <VoidReasonModal
        open={voiding !== null}
        title={`Hủy ${noun} ghi nhầm`}
        onVoid={(reason) => onVoid(voiding!, reason)}
        onClose={() => setVoiding(null)}
        onDone={() => {
          setVoiding(null);
          message.success('Đã hủy.');
          reload();
        }}
      />
    </>
  );
}
