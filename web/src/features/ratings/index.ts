import { StarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Đánh giá, xếp loại chất lượng: the yearly ratings of members and organizations. */
export const ratingsFeature: Feature = {
  name: 'ratings',
  routes: [{ path: 'xep-loai', page: lazy(() => import('./pages/RatingsPage')), action: 'member.read' }],
  menu: [{ path: '/xep-loai', label: 'Đánh giá, xếp loại', icon: StarOutlined, order: 55, action: 'member.read' }],
};

// What other features may use.
export { MemberRatings } from './components/MemberRatings';
