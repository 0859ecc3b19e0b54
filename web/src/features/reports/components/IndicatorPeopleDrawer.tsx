// The people or organizations behind one figure of the indicator report, a page at a time, each
// linked to the member file or the organization page.
import { Drawer, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { tablePaging } from '../../../shared/lib/paging';
import { getIndicatorPeople } from '../api';
import type { IndicatorOrg, IndicatorPerson, IndicatorQuery, IndicatorValue } from '../types';

const columns: TableColumnsType<IndicatorPerson> = [
  {
    title: 'Họ tên / Tổ chức',
    dataIndex: 'name',
    key: 'name',
    render: (name: string, p) => <Link to={p.kind === 'member' ? `/dang-vien/${p.id}` : `/to-chuc/${p.id}`}>{name}</Link>,
  },
  { title: 'Thuộc', dataIndex: 'org_name', key: 'org_name' },
  { title: 'Ngày', dataIndex: 'date', key: 'date', width: 110, render: (v: string) => formatDate(v) },
  {
    title: 'Chi tiết',
    dataIndex: 'detail',
    key: 'detail',
    render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text>,
  },
];

/** The figure clicked: whose it is and which. */
export interface FigureRef {
  org: IndicatorOrg;
  value: IndicatorValue;
}

interface Props {
  figure: FigureRef | null;
  query: Omit<IndicatorQuery, 'codes' | 'breakdown' | 'compare'>;
  /** "từ ngày … đến ngày …" or "tại ngày …", said above the list. */
  when: string;
  onClose: () => void;
}

export function IndicatorPeopleDrawer({ figure, query, when, onClose }: Props) {
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const key = figure ? `${figure.org.id}:${figure.value.code}:${JSON.stringify(query)}` : '';
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setPaging({ page: 1, size: paging.size });
  }
  const { data, error, loading } = useRemote(
    (signal) =>
      figure
        ? getIndicatorPeople(figure.org.id, figure.value.code, query, paging.page, paging.size, signal)
        : Promise.resolve(undefined),
    `${key}:${paging.page}:${paging.size}`,
  );
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      width="min(880px, 100vw)"
      title={figure ? `${figure.value.label}: ${formatNumber(figure.value.value)} ${figure.value.unit}` : ''}
      destroyOnHidden
      className="indicator-people"
    >
      {figure && (
        <Typography.Paragraph type="secondary">
          {figure.org.name} · {when}
        </Typography.Paragraph>
      )}
      <LoadError error={error} />
      <Table<IndicatorPerson>
        rowKey={(p) => `${p.kind}:${p.id}:${p.date}`}
        size="small"
        columns={columns}
        dataSource={figure ? (data?.items ?? []) : []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={tablePaging(paging.page, paging.size, data?.total, (page, size) =>
          setPaging({ page: size !== paging.size ? 1 : page, size }),
        )}
        locale={{ emptyText: 'Không có ai trong số liệu này' }}
      />
    </Drawer>
  );
}
