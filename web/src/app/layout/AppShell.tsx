import { Layout, Menu, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../shared/auth/useAuth';
import { BrandMark } from '../../shared/components/BrandMark';
import { menuItems, openKeys, selectedKeys } from './menu';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

/** The frame around every page after login: side menu, header with the user, content. */
export function AppShell() {
  const { user, can } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<string[]>(() => openKeys(location.pathname));

  useEffect(() => {
    setOpen((prev) => Array.from(new Set([...prev, ...openKeys(location.pathname)])));
  }, [location.pathname]);

  if (!user) return null;

  return (
    <Layout className="app-shell">
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={240}
        className="app-sider"
      >
        <Link to="/" className="app-brand" title="Trang chủ">
          <BrandMark size={30} />
          {!collapsed && <span className="app-brand-name">dangbo</span>}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          items={menuItems(can)}
          selectedKeys={selectedKeys(location.pathname)}
          openKeys={collapsed ? undefined : open}
          onOpenChange={setOpen}
          onClick={({ key }) => navigate(key)}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Text className="app-header-title">Quản lý công tác xây dựng Đảng</Typography.Text>
          <UserMenu user={user} />
        </Header>
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
