import { SoundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Tuyên giáo: study sessions, online conferences, contests, opinion reports, Directive 05, collaborators. */
export const propagandaFeature: Feature = {
  name: 'propaganda',
  routes: [{ path: 'tuyen-giao', page: lazy(() => import('./pages/PropagandaPage')), action: 'propaganda.read' }],
  menu: [{ path: '/tuyen-giao', label: 'Tuyên giáo', icon: SoundOutlined, order: 57, action: 'propaganda.read' }],
};
