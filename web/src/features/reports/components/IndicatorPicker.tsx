// Ticks indicators by hand from the catalogue, shown as stocks and flows, each grouped by code prefix.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { groupIndicators, shortLabel } from '../indicators';
import type { Indicator } from '../types';

interface Props {
  catalogue: readonly Indicator[];
  value: string[];
  onChange: (codes: string[]) => void;
  loading?: boolean;
}

export function IndicatorPicker({ catalogue, value, onChange, loading }: Props) {
  const treeData = useMemo(
    () =>
      groupIndicators(catalogue).map((s) => ({
        value: `shape:${s.shape}`,
        title: s.label,
        children: s.groups.map((g) => ({
          value: `group:${s.shape}:${g.prefix}`,
          title: g.label,
          children: g.items.map((i) => ({ value: i.code, title: shortLabel(i.label) })),
        })),
      })),
    [catalogue],
  );
  return (
    <TreeSelect<string[]>
      aria-label="Chỉ tiêu"
      treeData={treeData}
      value={value}
      onChange={(codes) => onChange(codes.filter((c) => !c.startsWith('shape:') && !c.startsWith('group:')))}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      treeNodeFilterProp="title"
      maxTagCount="responsive"
      loading={loading}
      placeholder="Chọn các chỉ tiêu"
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
