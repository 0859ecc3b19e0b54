import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Văn bản cấp trên: higher-level documents and how each grassroots organization implemented them. */
export const documentsFeature: Feature = {
  name: 'documents',
  routes: [
    { path: 'van-ban-cap-tren', page: lazy(() => import('./pages/DocumentsPage')), action: 'report.read' },
    { path: 'van-ban-cap-tren/:id', page: lazy(() => import('./pages/DocumentPage')), action: 'report.read' },
  ],
  menu: [{ path: '/van-ban-cap-tren', label: 'Văn bản cấp trên', icon: FileTextOutlined, order: 57.5, action: 'report.read' }],
};
