import { HomeOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** The start page: the user's organization at a glance and what is due. */
export const homeFeature: Feature = {
  name: 'home',
  routes: [{ path: '', page: lazy(() => import('./pages/HomePage')) }],
  menu: [{ path: '/', label: 'Trang chủ', icon: HomeOutlined, order: 10 }],
};
