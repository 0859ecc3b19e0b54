import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Kiểm tra – kỷ luật (module in progress). */
export const inspectionFeature: Feature = {
  name: 'inspection',
  routes: [{ path: 'kiem-tra/*', page: lazy(() => import('./pages/InspectionPage')) }],
  menu: [{ path: '/kiem-tra', label: 'Kiểm tra – kỷ luật', icon: FileSearchOutlined, order: 60 }],
};
