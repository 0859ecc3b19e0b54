import { WalletOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Đảng phí (module in progress). */
export const duesFeature: Feature = {
  name: 'dues',
  routes: [{ path: 'dang-phi/*', page: lazy(() => import('./pages/DuesPage')) }],
  menu: [{ path: '/dang-phi', label: 'Đảng phí', icon: WalletOutlined, order: 70 }],
};
