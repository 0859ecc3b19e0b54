import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, type MenuProps, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api/client';
import type { User } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/useAuth';
import { ChangePasswordModal } from './ChangePasswordModal';

export function UserMenu({ user }: { user: User }) {
  const { signOut } = useAuth();
  const { message } = App.useApp();
  const [changing, setChanging] = useState(false);

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: 'Đổi mật khẩu' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: 'Đăng xuất', danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') {
      message.destroy();
      signOut().catch((err: unknown) => message.error(errorMessage(err)));
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="user-menu-button" aria-label="Tài khoản">
          <Flex align="center" gap={10}>
            <Avatar size="small" icon={<UserOutlined />} className="user-avatar" />
            <Flex vertical align="flex-start" className="user-menu-text">
              <Typography.Text strong>{user.display_name}</Typography.Text>
              {user.org_name && (
                <Typography.Text type="secondary" className="user-menu-org">
                  {user.org_name}
                </Typography.Text>
              )}
            </Flex>
            <DownOutlined className="user-menu-caret" />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal
        open={changing}
        onClose={() => setChanging(false)}
        onDone={() => {
          setChanging(false);
          message.success('Đã đổi mật khẩu.');
        }}
      />
    </>
  );
}
