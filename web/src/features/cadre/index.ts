import { SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Quy hoạch cán bộ: planned people per term and post, their training roadmap (confidential). */
export const cadreFeature: Feature = {
  name: 'cadre',
  routes: [
    { path: 'quy-hoach', page: lazy(() => import('./pages/CadrePlansPage')), action: 'cadre.read' },
    { path: 'quy-hoach/:id', page: lazy(() => import('./pages/CadrePlanPage')), action: 'cadre.read' },
  ],
  menu: [{ path: '/quy-hoach', label: 'Quy hoạch cán bộ', icon: SolutionOutlined, order: 58, action: 'cadre.read' }],
};
