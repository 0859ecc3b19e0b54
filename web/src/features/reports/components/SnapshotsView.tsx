// Báo cáo đã gửi: the reports kept in the subtree, each compared on demand with its figures as
// recorded when it was kept and as they are now, or withdrawn with a reason.
import { Button, Empty, Form, Input, Space, Table, Tag, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { tablePaging } from '../../../shared/lib/paging';
import { listSnapshots, voidSnapshot } from '../api';
import { periodWords } from '../periods';
import type { Snapshot } from '../types';
import { SnapshotCompareDrawer } from './SnapshotCompareDrawer';

interface Props {
  orgId: number | undefined;
  /** Bumped by the page when a report was kept, to read the list again. */
  version: number;
}

export function SnapshotsView({ orgId, version }: Props) {
  const { can } = useAuth();
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const [comparing, setComparing] = useState<Snapshot | null>(null);
  const [voiding, setVoiding] = useState<Snapshot | null>(null);
  const [changes, setChanges] = useState(0);
  const [form] = Form.useForm<{ reason: string }>();
  const list = useRemote(
    (signal) => (orgId ? listSnapshots(orgId, paging.page, paging.size, signal) : Promise.resolve(undefined)),
    `${orgId}:${paging.page}:${paging.size}:${version}:${changes}`,
  );

  const columns: TableColumnsType<Snapshot> = [
    { title: 'Ngày', dataIndex: 'issued_on', key: 'issued_on', width: 110, render: (v: string) => formatDate(v) },
    { title: 'Số', dataIndex: 'number', key: 'number', width: 130, render: (v: string) => v || '—' },
    {
      title: 'Tên báo cáo',
      key: 'title',
      render: (_, s) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{s.title}</Typography.Text>
          <Typography.Text type="secondary">
            {s.org.name} · {periodWords(s.query.period.from, s.query.period.to)}
          </Typography.Text>
          {s.voided_at && (
            <Tag color="red">
              Đã hủy: {s.void_reason}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: 'Người lưu', key: 'by', render: (_, s) => `${s.recorded_by}, ${formatDateTime(s.recorded_at)}` },
    {
      title: '',
      key: 'actions',
      width: 170,
      render: (_, s) => (
        <Space wrap>
          <Button size="small" onClick={() => setComparing(s)}>
            So sánh
          </Button>
          {!s.voided_at && can('report.freeze') && (
            <Button size="small" danger onClick={() => setVoiding(s)}>
              Hủy
            </Button>
          )}
        </Space>
      ),
    },
  ];

  if (!orgId) return <Empty description="Chọn một tổ chức đảng để xem báo cáo đã gửi." />;
  return (
    <>
      <LoadError error={list.error} />
      <Table<Snapshot>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        pagination={tablePaging(paging.page, paging.size, list.data?.total, (page, size) =>
          setPaging({ page: size !== paging.size ? 1 : page, size }),
        )}
        locale={{ emptyText: 'Chưa lưu báo cáo nào. Ở thẻ “Số liệu theo đơn vị”, bấm “Lưu báo cáo đã gửi”.' }}
      />
      <SnapshotCompareDrawer snapshot={comparing} onClose={() => setComparing(null)} />
      <FormModal<{ reason: string }>
        open={voiding !== null}
        title="Hủy báo cáo đã lưu"
        okText="Hủy báo cáo"
        danger
        form={form}
        formName="void_snapshot"
        fields={['reason']}
        intro={voiding ? `Báo cáo “${voiding.title}” vẫn được giữ lại, đánh dấu đã hủy với lý do dưới đây.` : undefined}
        save={async (v) => {
          await voidSnapshot(voiding!.id, v.reason.trim());
          setVoiding(null);
          setChanges((n) => n + 1);
        }}
        onClose={() => setVoiding(null)}
        afterClose={() => form.resetFields()}
      >
        <Form.Item name="reason" label="Lý do hủy" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
