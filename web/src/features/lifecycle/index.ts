import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Chuyển sinh hoạt and the member's events (cards, exemption, endings, re-admission). */
export const lifecycleFeature: Feature = {
  name: 'lifecycle',
  routes: [
    { path: 'chuyen-sinh-hoat', page: lazy(() => import('./pages/TransfersPage')) },
    { path: 'chuyen-sinh-hoat/tiep-nhan', page: lazy(() => import('./pages/TransferInPage')) },
    { path: 'chuyen-sinh-hoat/:id', page: lazy(() => import('./pages/TransferPage')) },
    { path: 'dang-vien/:id/chuyen-sinh-hoat', page: lazy(() => import('./pages/MemberTransferPage')) },
    { path: 'dang-vien/:id/su-kien', page: lazy(() => import('./pages/MemberEventsPage')) },
  ],
  menu: [{ path: '/chuyen-sinh-hoat', label: 'Chuyển sinh hoạt', group: '/sinh-hoat', order: 20 }],
};
