import { FlagOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Chỉ tiêu Nghị quyết Đại hội: a term's targets with yearly plans and actual values. */
export const targetsFeature: Feature = {
  name: 'targets',
  routes: [{ path: 'chi-tieu-dai-hoi', page: lazy(() => import('./pages/TargetsPage')), action: 'report.read' }],
  menu: [{ path: '/chi-tieu-dai-hoi', label: 'Chỉ tiêu Nghị quyết Đại hội', icon: FlagOutlined, order: 57, action: 'report.read' }],
};
