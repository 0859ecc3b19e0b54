import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Cơ quan, đơn vị, doanh nghiệp văn hóa: host units' registrations and results per year. */
export const cultureFeature: Feature = {
  name: 'culture',
  routes: [{ path: 'don-vi-van-hoa', page: lazy(() => import('./pages/CulturePage')), action: 'member.read' }],
  menu: [{ path: '/don-vi-van-hoa', label: 'Đơn vị văn hóa', group: '/thi-dua-khen-thuong', order: 12, action: 'member.read' }],
};
