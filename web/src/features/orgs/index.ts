import { ApartmentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Tổ chức đảng: the tree, each organization's page, its dated changes, committee and host unit. */
export const orgsFeature: Feature = {
  name: 'orgs',
  routes: [
    { path: 'to-chuc', page: lazy(() => import('./pages/OrganizationsPage')) },
    { path: 'to-chuc/:id', page: lazy(() => import('./pages/OrganizationPage')) },
  ],
  menu: [{ path: '/to-chuc', label: 'Tổ chức đảng', icon: ApartmentOutlined, order: 20 }],
};

/** The committee of an organization: other features suggest its members (e.g. a meeting's chair). */
export { listCommittee } from './api';
export type { CommitteeSeat } from './types';
