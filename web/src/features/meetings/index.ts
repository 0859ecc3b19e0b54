import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Sinh hoạt chi bộ (module in progress); owns the "Sinh hoạt" group of the menu. */
export const meetingsFeature: Feature = {
  name: 'meetings',
  routes: [{ path: 'sinh-hoat/*', page: lazy(() => import('./pages/MeetingsPage')) }],
  menuGroups: [{ path: '/sinh-hoat', label: 'Sinh hoạt', icon: CalendarOutlined, order: 50 }],
  menu: [{ path: '/sinh-hoat', label: 'Sinh hoạt chi bộ', group: '/sinh-hoat', order: 10 }],
};
