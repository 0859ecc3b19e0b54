import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Đảng viên: the list, the member file (view, new, edit) and import from a file. */
export const membersFeature: Feature = {
  name: 'members',
  routes: [
    { path: 'dang-vien', page: lazy(() => import('./pages/MembersPage')) },
    { path: 'dang-vien/moi', page: lazy(() => import('./pages/MemberNewPage')) },
    { path: 'dang-vien/nhap', page: lazy(() => import('./pages/MemberImportPage')) },
    { path: 'dang-vien/:id', page: lazy(() => import('./pages/MemberPage')) },
    { path: 'dang-vien/:id/sua', page: lazy(() => import('./pages/MemberEditPage')) },
  ],
  menu: [{ path: '/dang-vien', label: 'Đảng viên', icon: TeamOutlined, order: 30 }],
};

// What other features may use.
export { getMember, getMemberTimeline, listMembers } from './api';
export { MemberTable } from './components/MemberTable';
export { MemberBreadcrumb, MemberCard } from './components/MemberCard';
export { sexLabel } from './lib';
export type { Member, MemberEvent, MemberFields, MemberSummary, Sex } from './types';
export { MemberStatusTag } from './components/MemberStatusTag';
export { PERSONAL_FIELDS, PersonalFields } from './components/PersonalFields';
export type { PersonalValues } from './components/PersonalFields';
