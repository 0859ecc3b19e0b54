import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Huy hiệu Đảng: members due at each round, proposals, decisions and awards. */
export const badgesFeature: Feature = {
  name: 'badges',
  routes: [{ path: 'huy-hieu', page: lazy(() => import('./pages/BadgesPage')), action: 'member.read' }],
  menu: [{ path: '/huy-hieu', label: 'Huy hiệu Đảng', icon: TrophyOutlined, order: 57, action: 'member.read' }],
};

// What other features may use.
export { MemberBadges } from './components/MemberBadges';
