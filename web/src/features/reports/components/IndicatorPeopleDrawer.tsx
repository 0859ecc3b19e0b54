// The people or organizations behind one figure of the indicator report, a page at a time, each
// linked to the member file or the organization page.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Input, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { tablePaging } from '../../../shared/lib/paging';
import { errorMessage } from '../../../shared/api/client';
import { exportIndicatorPeople, getIndicatorPeople, type ExportFormat } from '../api';
import type { IndicatorOrg, IndicatorPerson, IndicatorQuery, IndicatorValue } from '../types';

// Where each kind of entry opens: a member file, a candidate's admission file, an organization.
const PERSON_PATH: Record<IndicatorPerson['kind'], (id: number) => string> = {
  member: (id) => `/dang-vien/${id}`,
  candidate: (id) => `/phat-trien/${id}`,
  org: (id) => `/to-chuc/${id}`,
};

const columns: TableColumnsType<IndicatorPerson> = [
  {
    title: 'Họ tên / Tổ chức',
    dataIndex: 'name',
    key: 'name',
    render: (name: string, p) => <Link to={PERSON_PATH[p.kind](p.id)}>{name}</Link>,
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
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const [search, setSearch] = useState('');
  const key = figure ? `${figure.org.id}:${figure.value.code}:${JSON.stringify(query)}:${search}` : '';
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setPaging({ page: 1, size: paging.size });
  }
  const { data, error, loading } = useRemote(
    (signal) =>
      figure
        ? getIndicatorPeople(figure.org.id, figure.value.code, query, paging.page, paging.size, search, signal)
        : Promise.resolve(undefined),
    `${key}:${paging.page}:${paging.size}`,
  );
  const save = (format: ExportFormat) => {
    if (!figure) return;
    exportIndicatorPeople(figure.org.id, figure.value.code, query, search, format).catch((e: unknown) =>
      message.error(errorMessage(e)),
    );
  };
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
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên (gõ có hoặc không dấu)"
          aria-label="Tìm theo tên"
          onSearch={(v) => setSearch(v)}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Button icon={<DownloadOutlined />} onClick={() => save('xlsx')}>
          Excel
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => save('docx')}>
          Danh sách (Word)
        </Button>
      </Space>
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
