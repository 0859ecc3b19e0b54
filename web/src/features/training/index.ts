import { ReadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Đào tạo, bồi dưỡng: classes of a subtree, learners, results and certificates. */
export const trainingFeature: Feature = {
  name: 'training',
  routes: [
    { path: 'dao-tao', page: lazy(() => import('./pages/TrainingClassesPage')), action: 'member.read' },
    { path: 'dao-tao/:id', page: lazy(() => import('./pages/TrainingClassPage')), action: 'member.read' },
  ],
  menu: [{ path: '/dao-tao', label: 'Đào tạo, bồi dưỡng', icon: ReadOutlined, order: 56, action: 'member.read' }],
};
