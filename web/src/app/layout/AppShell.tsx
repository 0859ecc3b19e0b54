// The frame around every page after login: the side menu on a desktop, a drawer with the
// same labelled menu below the desktop breakpoint (phones), the header with the user, content.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../shared/auth/useAuth';
import { BrandMark } from '../../shared/components/BrandMark';
import { menuItems, openKeys, selectedKeys } from './menu';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

export function AppShell() {
  const { user, can } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  // Until the first measurement `lg` is undefined: assume a desktop, as the server-side
  // default, so a desktop never flashes the phone header.
  const phone = screens.lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [open, setOpen] = useState<string[]>(() => openKeys(location.pathname));

  useEffect(() => {
    setOpen((prev) => Array.from(new Set([...prev, ...openKeys(location.pathname)])));
    setDrawerOpen(false);
  }, [location.pathname]);

  if (!user) return null;

  const menu = (inDrawer: boolean) => (
    <Menu
      theme={inDrawer ? 'light' : 'dark'}
      mode="inline"
      items={menuItems(can, user.member_id != null)}
      selectedKeys={selectedKeys(location.pathname)}
      openKeys={!inDrawer && collapsed ? undefined : open}
      onOpenChange={setOpen}
      onClick={({ key }) => navigate(key)}
      className={inDrawer ? 'app-drawer-menu' : undefined}
    />
  );

  return (
    <Layout className="app-shell">
      {!phone && (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={240} className="app-sider">
          <Link to="/" className="app-brand" title="Trang chủ">
            <BrandMark size={30} />
            {!collapsed && <span className="app-brand-name">dangbo</span>}
          </Link>
          {menu(false)}
        </Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={288}
          title={
            <Link to="/" className="app-drawer-brand" title="Trang chủ">
              <BrandMark size={28} />
              <span>dangbo</span>
            </Link>
          }
          styles={{ body: { padding: 0 } }}
          className="app-drawer"
        >
          {menu(true)}
        </Drawer>
      )}
      <Layout>
        <Header className="app-header">
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="Mở menu"
              className="app-menu-button"
              onClick={() => setDrawerOpen(true)}
            />
          )}
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
