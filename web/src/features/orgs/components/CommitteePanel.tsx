import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../shared/api/client';
import { listCommittee, removeCommitteeSeat } from '../api';
import type { CommitteeSeat } from '../types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { AddCommitteeSeatModal } from './AddCommitteeSeatModal';
import { LoadError } from '../../../shared/components/LoadError';

const POSITION_ORDER: Record<string, number> = { secretary: 0, deputy_secretary: 1, standing_member: 2, member: 3 };

/** Cấp ủy of an organization, newest term first; staff add and remove seats. */
export function CommitteePanel({ orgId, canChange }: { orgId: number; canChange: boolean }) {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useRemote((signal) => listCommittee(orgId, signal), String(orgId));
  const [adding, setAdding] = useState(false);
  const seats = [...(data?.items ?? [])].sort(
    (a, b) => b.term.localeCompare(a.term) || (POSITION_ORDER[a.position] ?? 9) - (POSITION_ORDER[b.position] ?? 9),
  );

  const remove = async (seat: CommitteeSeat) => {
    try {
      await removeCommitteeSeat(orgId, seat.id);
      message.success(`Đã xóa ${seat.person_name} khỏi cấp ủy nhiệm kỳ ${seat.term}.`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<CommitteeSeat> = [
    { title: 'Nhiệm kỳ', dataIndex: 'term', key: 'term', width: 120 },
    {
      title: 'Họ và tên',
      dataIndex: 'person_name',
      key: 'person_name',
      render: (name: string, s) => (s.member_id ? <Link to={`/dang-vien/${s.member_id}`}>{name}</Link> : name),
    },
    {
      title: 'Chức vụ',
      dataIndex: 'position_label',
      key: 'position',
      width: 190,
      render: (label: string, s) => <Tag color={s.position === 'secretary' ? 'red' : s.position === 'deputy_secretary' ? 'volcano' : 'default'}>{label}</Tag>,
    },
    {
      title: 'Người đứng đầu cơ quan',
      dataIndex: 'heads_host_unit',
      key: 'heads',
      width: 180,
      render: (v: boolean) => (v ? <Tag color="green">Có</Tag> : <Typography.Text type="secondary">Không</Typography.Text>),
    },
    { title: 'Từ ngày', dataIndex: 'from_date', key: 'from', width: 110, render: formatDate },
    { title: 'Đến ngày', dataIndex: 'to_date', key: 'to', width: 110, render: formatDate },
    ...(canChange
      ? [
          {
            title: '',
            key: 'actions',
            width: 60,
            render: (_: unknown, s: CommitteeSeat) => (
              <Popconfirm
                title="Xóa cấp ủy viên"
                description={`Xóa ${s.person_name} khỏi cấp ủy nhiệm kỳ ${s.term}?`}
                okText="Xóa"
                cancelText="Hủy"
                okButtonProps={{ danger: true }}
                onConfirm={() => remove(s)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${s.person_name}`} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {canChange && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm cấp ủy viên
          </Button>
        </Flex>
      )}
      <LoadError error={error} gap={12} />
      <Table<CommitteeSeat>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={seats}
        loading={loading}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: 'Chưa có thông tin cấp ủy' }}
      />
      <AddCommitteeSeatModal
        orgId={orgId}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(s) => {
          setAdding(false);
          message.success(`Đã thêm ${s.person_name} vào cấp ủy.`);
          reload();
        }}
      />
    </>
  );
}
