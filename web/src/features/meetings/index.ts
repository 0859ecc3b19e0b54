import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Sinh hoạt chi bộ: meetings and their schedule, attendance, figures, higher-level assignments. */
export const meetingsFeature: Feature = {
  name: 'meetings',
  routes: [
    { path: 'sinh-hoat', page: lazy(() => import('./pages/MeetingsPage')), action: 'member.read' },
    { path: 'sinh-hoat/thong-ke', page: lazy(() => import('./pages/MeetingStatsPage')), action: 'member.read' },
    { path: 'sinh-hoat/phan-cong', page: lazy(() => import('./pages/AssignmentsPage')), action: 'member.read' },
    { path: 'sinh-hoat/:id', page: lazy(() => import('./pages/MeetingPage')), action: 'member.read' },
  ],
  menuGroups: [{ path: '/sinh-hoat', label: 'Sinh hoạt', icon: CalendarOutlined, order: 50 }],
  menu: [
    { path: '/sinh-hoat', label: 'Sinh hoạt chi bộ', group: '/sinh-hoat', order: 10, action: 'member.read' },
    { path: '/sinh-hoat/thong-ke', label: 'Thống kê sinh hoạt', group: '/sinh-hoat', order: 11, action: 'member.read' },
    { path: '/sinh-hoat/phan-cong', label: 'Phân công dự sinh hoạt', group: '/sinh-hoat', order: 12, action: 'member.read' },
  ],
};
