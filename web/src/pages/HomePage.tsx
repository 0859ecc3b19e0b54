import { Card, Descriptions, Typography } from 'antd';
import { useAuth } from '../auth/AuthContext';
import { PageTitle } from '../components/PageTitle';
import { RoleTags } from '../components/RoleTags';

export default function HomePage() {
  const { user } = useAuth();
  if (!user) return null;
  return (
    <>
      <PageTitle title="Trang chủ" />
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          Xin chào, {user.display_name}!
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Chào mừng đồng chí đến với hệ thống quản lý công tác xây dựng Đảng. Chọn một phân hệ ở thanh bên trái để bắt
          đầu làm việc.
        </Typography.Paragraph>
        <Descriptions
          column={1}
          bordered
          size="small"
          style={{ maxWidth: 640 }}
          items={[
            { key: 'username', label: 'Tên đăng nhập', children: user.username },
            { key: 'org', label: 'Đơn vị', children: user.org_name ?? '—' },
            {
              key: 'roles',
              label: 'Vai trò',
              children: user.roles.length > 0 ? <RoleTags roles={user.roles} /> : 'Chưa được phân vai trò',
            },
          ]}
        />
      </Card>
    </>
  );
}
