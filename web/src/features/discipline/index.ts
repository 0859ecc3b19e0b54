import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Kỷ luật: decisions on members and organizations, appeals; confidential files. */
export const disciplineFeature: Feature = {
  name: 'discipline',
  routes: [
    { path: 'ky-luat', page: lazy(() => import('./pages/DisciplinePage')), action: 'discipline.read' },
    { path: 'ky-luat/:id', page: lazy(() => import('./pages/DisciplineCasePage')), action: 'discipline.read' },
  ],
  menu: [{ path: '/ky-luat', label: 'Kỷ luật', group: '/kiem-tra', order: 62, action: 'discipline.read' }],
};
