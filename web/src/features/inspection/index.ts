import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Kiểm tra – kỷ luật: the group; inspection and supervision (programmes, cases, follow-up). */
export const inspectionFeature: Feature = {
  name: 'inspection',
  routes: [
    { path: 'kiem-tra', page: lazy(() => import('./pages/InspectionsPage')), action: 'inspection.read' },
    { path: 'kiem-tra/:id', page: lazy(() => import('./pages/InspectionCasePage')), action: 'inspection.read' },
  ],
  menuGroups: [{ path: '/kiem-tra', label: 'Kiểm tra – kỷ luật', icon: FileSearchOutlined, order: 60, action: 'inspection.read' }],
  menu: [{ path: '/kiem-tra', label: 'Kiểm tra, giám sát', group: '/kiem-tra', order: 61, action: 'inspection.read' }],
};
