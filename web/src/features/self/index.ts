import { FormOutlined, IdcardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

export { MemberAccountButton } from './components/MemberAccountButton';

/** Members' own space (Hồ sơ của tôi) and the unit's handling of their correction requests. */
export const selfFeature: Feature = {
  name: 'self',
  routes: [
    { path: 'ca-nhan', page: lazy(() => import('./pages/MyFilePage')) },
    { path: 'de-nghi-sua-ho-so', page: lazy(() => import('./pages/CorrectionsPage')), action: 'member.write' },
  ],
  menu: [
    { path: '/ca-nhan', label: 'Hồ sơ của tôi', icon: IdcardOutlined, order: 5, ownFile: true },
    { path: '/de-nghi-sua-ho-so', label: 'Đề nghị sửa hồ sơ', icon: FormOutlined, order: 32, action: 'member.write' },
  ],
};
