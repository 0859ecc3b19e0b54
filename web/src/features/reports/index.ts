// The reports feature: the reports page, and the indicator client and helpers the dashboard uses.
import { BarChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Feature } from '../../shared/feature';

/** Báo cáo: figures of a subtree by sub-organization and the flows of members over a period. */
export const reportsFeature: Feature = {
  name: 'reports',
  routes: [{ path: 'bao-cao', page: lazy(() => import('./pages/ReportsPage')) }],
  menu: [{ path: '/bao-cao', label: 'Báo cáo', icon: BarChartOutlined, order: 80 }],
};

export { getIndicators, listIndicators } from './api';
export { QUALITY_PREFIXES, formatValue, groupLabel, indicatorsUnder, shortLabel } from './indicators';
export type { Indicator, IndicatorAnswer, IndicatorValue } from './types';
