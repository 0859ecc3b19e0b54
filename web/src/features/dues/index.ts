import { WalletOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Đảng phí: the monthly collection sheet, arrears, reconciliation and remittances. */
export const duesFeature: Feature = {
  name: 'dues',
  routes: [{ path: 'dang-phi', page: lazy(() => import('./pages/DuesPage')), action: 'dues.read' }],
  menu: [{ path: '/dang-phi', label: 'Đảng phí', icon: WalletOutlined, order: 70, action: 'dues.read' }],
};
