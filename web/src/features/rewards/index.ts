import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Thi đua, khen thưởng: awards of a subtree in a period, movements and "Dân vận khéo" models. */
export const rewardsFeature: Feature = {
  name: 'rewards',
  routes: [
    { path: 'khen-thuong', page: lazy(() => import('./pages/RewardsPage')), action: 'member.read' },
    { path: 'thi-dua', page: lazy(() => import('./pages/EmulationsPage')), action: 'member.read' },
  ],
  menuGroups: [{ path: '/thi-dua-khen-thuong', label: 'Thi đua, khen thưởng', icon: TrophyOutlined, order: 58, action: 'member.read' }],
  menu: [
    { path: '/khen-thuong', label: 'Khen thưởng', group: '/thi-dua-khen-thuong', order: 10, action: 'member.read' },
    { path: '/thi-dua', label: 'Phong trào thi đua, mô hình', group: '/thi-dua-khen-thuong', order: 11, action: 'member.read' },
  ],
};
