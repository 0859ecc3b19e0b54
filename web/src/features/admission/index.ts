import { UserAddOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Phát triển đảng viên: candidates and their steps; recognition as official member. */
export const admissionFeature: Feature = {
  name: 'admission',
  routes: [
    { path: 'phat-trien', page: lazy(() => import('./pages/CandidatesPage')) },
    { path: 'phat-trien/:id', page: lazy(() => import('./pages/CandidatePage')) },
    { path: 'dang-vien/:id/cong-nhan', page: lazy(() => import('./pages/RecognitionPage')) },
  ],
  menu: [{ path: '/phat-trien', label: 'Phát triển đảng viên', icon: UserAddOutlined, order: 40 }],
};

// What other features may use.
export { getWorklist } from './api';
export type { WorkItem, WorkItemKind, WorklistQuery } from './types';
export { WORK_KIND_COLORS } from './lib';
