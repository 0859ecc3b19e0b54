import { QuestionCircleOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Hướng dẫn sử dụng: a page per task, with the rules that govern it and their sources. */
export const helpFeature: Feature = {
  name: 'help',
  routes: [
    { path: 'huong-dan', page: lazy(() => import('./pages/HelpIndexPage')) },
    { path: 'huong-dan/:slug', page: lazy(() => import('./pages/HelpTopicPage')) },
  ],
  menu: [{ path: '/huong-dan', label: 'Hướng dẫn', icon: QuestionCircleOutlined, order: 95 }],
};
