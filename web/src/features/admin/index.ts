import { SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Quản trị: users, the audit log, the holiday table. */
export const adminFeature: Feature = {
  name: 'admin',
  routes: [
    { path: 'quan-tri', redirect: 'nguoi-dung' },
    { path: 'quan-tri/nguoi-dung', page: lazy(() => import('./pages/UsersPage')), action: 'user.manage' },
    { path: 'quan-tri/nhat-ky', page: lazy(() => import('./pages/AuditPage')), action: 'audit.read' },
    { path: 'quan-tri/ngay-nghi', page: lazy(() => import('./pages/HolidaysPage')) },
  ],
  menuGroups: [{ path: '/quan-tri', label: 'Quản trị', icon: SettingOutlined, order: 90, action: 'user.manage' }],
  menu: [
    { path: '/quan-tri/nguoi-dung', label: 'Người dùng', group: '/quan-tri', order: 10 },
    { path: '/quan-tri/nhat-ky', label: 'Nhật ký', group: '/quan-tri', order: 20 },
    { path: '/quan-tri/ngay-nghi', label: 'Ngày nghỉ lễ', group: '/quan-tri', order: 30 },
  ],
};

// What other features may use.
export { getRules } from './api';
