import {
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
  UserAddOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

type MenuItem = Required<MenuProps>['items'][number];

interface ModuleEntry {
  path: string;
  label: string;
  icon: ReactNode;
  adminOnly?: boolean;
  children?: { path: string; label: string }[];
}

/** The modules in the side menu, in order. */
export const MODULES: ModuleEntry[] = [
  { path: '/', label: 'Trang chủ', icon: <HomeOutlined aria-hidden /> },
  { path: '/to-chuc', label: 'Tổ chức đảng', icon: <ApartmentOutlined aria-hidden /> },
  { path: '/dang-vien', label: 'Đảng viên', icon: <TeamOutlined aria-hidden /> },
  { path: '/phat-trien', label: 'Phát triển đảng viên', icon: <UserAddOutlined aria-hidden /> },
  {
    path: '/sinh-hoat',
    label: 'Sinh hoạt',
    icon: <CalendarOutlined aria-hidden />,
    children: [
      { path: '/sinh-hoat', label: 'Sinh hoạt chi bộ' },
      { path: '/chuyen-sinh-hoat', label: 'Chuyển sinh hoạt' },
    ],
  },
  { path: '/kiem-tra', label: 'Kiểm tra – kỷ luật', icon: <FileSearchOutlined aria-hidden /> },
  { path: '/dang-phi', label: 'Đảng phí', icon: <WalletOutlined aria-hidden /> },
  { path: '/bao-cao', label: 'Báo cáo', icon: <BarChartOutlined aria-hidden /> },
  {
    path: '/quan-tri',
    label: 'Quản trị',
    icon: <SettingOutlined aria-hidden />,
    adminOnly: true,
    children: [
      { path: '/quan-tri/nguoi-dung', label: 'Người dùng' },
      { path: '/quan-tri/nhat-ky', label: 'Nhật ký' },
      { path: '/quan-tri/ngay-nghi', label: 'Ngày nghỉ lễ' },
    ],
  },
];

/** A submenu's key: distinct from its entries' paths ("Sinh hoạt" has an entry at its own path). */
export function submenuKey(path: string): string {
  return `menu:${path}`;
}

export function menuItems(isAdmin: boolean): MenuItem[] {
  return MODULES.filter((m) => isAdmin || !m.adminOnly).map((m) =>
    m.children
      ? { key: submenuKey(m.path), label: m.label, icon: m.icon, children: m.children.map((c) => ({ key: c.path, label: c.label })) }
      : { key: m.path, label: m.label, icon: m.icon },
  );
}

/** The menu keys to highlight for a location: the longest entry path that prefixes it. */
export function selectedKeys(pathname: string): string[] {
  const all = MODULES.flatMap((m) => [m.path, ...(m.children?.map((c) => c.path) ?? [])]);
  // "/" is the home page only, not a prefix of every route.
  const hits = all.filter((p) => pathname === p || (p !== '/' && pathname.startsWith(p + '/')));
  hits.sort((a, b) => b.length - a.length);
  return hits.length > 0 ? [hits[0]!] : [];
}

/** The submenu to open for a location. */
export function openKeys(pathname: string): string[] {
  const under = (p: string) => pathname === p || pathname.startsWith(p + '/');
  return MODULES.filter((m) => m.children && (under(m.path) || m.children.some((c) => under(c.path)))).map((m) => submenuKey(m.path));
}

