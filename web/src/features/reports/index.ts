import { BarChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Báo cáo: flows (biến động) of a subtree over a period, with admission targets. */
export const reportsFeature: Feature = {
  name: 'reports',
  routes: [{ path: 'bao-cao', page: lazy(() => import('./pages/ReportsPage')) }],
  menu: [{ path: '/bao-cao', label: 'Báo cáo', icon: BarChartOutlined, order: 80 }],
};
