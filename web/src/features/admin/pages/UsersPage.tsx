import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { listUsers } from '../api';
import type { UserRow } from '../types';
import { AddUserModal } from '../components/AddUserModal';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { RoleTags } from '../components/RoleTags';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDateTime, isFuture } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { LoadError } from '../../../shared/components/LoadError';

function StatusTag({ user }: { user: UserRow }) {
  if (!user.active) return <Tag>Ngừng hoạt động</Tag>;
  if (isFuture(user.locked_until)) {
    return <Tag color="orange">Tạm khóa đến {formatDateTime(user.locked_until)}</Tag>;
  }
  return <Tag color="green">Đang hoạt động</Tag>;
}

export default function UsersPage() {
  const { message } = App.useApp();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const q = params.get('q') ?? '';
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const { data, error, loading, reload } = useRemote(
    (signal) => listUsers({ q, page, page_size: pageSize }, signal),
    JSON.stringify([q, page, pageSize]),
  );

  const columns: TableColumnsType<UserRow> = [
    { title: 'Tên đăng nhập', dataIndex: 'username', key: 'username', width: 150 },
    { title: 'Họ và tên', dataIndex: 'display_name', key: 'display_name' },
    { title: 'Tổ chức đảng', dataIndex: 'org_name', key: 'org_name', render: (v: string | null) => v ?? '—' },
    { title: 'Vai trò', key: 'roles', render: (_, u) => <RoleTags roles={u.roles} /> },
    { title: 'Trạng thái', key: 'status', render: (_, u) => <StatusTag user={u} /> },
    { title: 'Ngày tạo', dataIndex: 'created_at', key: 'created_at', render: formatDateTime, width: 140 },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 170,
      render: (_, u) => (
        <Tooltip title={`Đặt mật khẩu mới cho ${u.username}`}>
          <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
            Đặt lại mật khẩu
          </Button>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Người dùng"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm người dùng
          </Button>
        }
      />
      <Card>
        <Input.Search
          key={q}
          defaultValue={q}
          placeholder="Tìm theo tên đăng nhập hoặc họ tên"
          allowClear
          enterButton="Tìm kiếm"
          onSearch={(value) => update({ q: value.trim() })}
          style={{ maxWidth: 480, marginBottom: 16 }}
        />
        <LoadError error={error} />
        <Table<UserRow>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 960 }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <AddUserModal
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(u) => {
          setAdding(false);
          message.success(`Đã thêm người dùng ${u.username}.`);
          reload();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          message.success(`Đã đặt lại mật khẩu cho ${u.username}.`);
        }}
      />
    </>
  );
}
