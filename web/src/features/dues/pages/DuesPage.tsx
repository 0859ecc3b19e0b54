// "Đảng phí": a branch's monthly collection sheet (phone-friendly), members in arrears beside
// their meeting absences, and the month's reconciliation with the remittances up the tree.
import { App, Button, Card, Col, Form, Row, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { MonthInput } from '../../../shared/components/MonthInput';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { usePageParams } from '../../../shared/lib/paging';
import { getArrears, getReconciliation, getSheet, remit } from '../api';
import { CollectionSheet } from '../components/CollectionSheet';
import { currentMonth, formatMoney, monthLabel } from '../lib';
import type { DuesArrear, DuesSheet, ReconciliationRow } from '../types';

function SheetTab({ orgId, month }: { orgId: number; month: string }) {
  const { data, error, loading, reload } = useRemote((signal) => getSheet(orgId, month, signal), `${orgId}:${month}`);
  const [sheet, setSheet] = useState<DuesSheet | null>(null);
  useEffect(() => setSheet(data ?? null), [data]);
  if (error) return <LoadError error={error} />;
  if (loading || !sheet) return <Card loading />;
  return <CollectionSheet sheet={sheet} onChange={setSheet} onReload={reload} />;
}

function ArrearsTab({ orgId, year }: { orgId: number; year: number }) {
  const { data, error, loading } = useRemote((signal) => getArrears(orgId, year, signal), `${orgId}:${year}`);
  const columns: TableColumnsType<DuesArrear> = [
    { title: 'Đảng viên', key: 'name', render: (_, a) => <Link to={`/dang-vien/${a.member_id}`}>{a.full_name}</Link> },
    { title: 'Chi bộ', dataIndex: 'org_name', key: 'org' },
    { title: 'Tháng chưa đóng', key: 'months', render: (_, a) => a.months.map(monthLabel).join(', ') },
    { title: 'Số tiền', key: 'amount', align: 'right', render: (_, a) => formatMoney(a.amount) },
    { title: 'Vắng sinh hoạt không lý do', dataIndex: 'unexcused_absences', key: 'abs', align: 'right' },
    {
      title: 'Mức',
      key: 'line',
      render: (_, a) => (a.removal_line ? <Tag color="red">Đến mức xóa tên</Tag> : <Tag color="orange">Nhắc nhở</Tag>),
    },
  ];
  return (
    <Card size="small">
      <LoadError error={error} />
      <Table<DuesArrear>
        rowKey="member_id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 800 }}
        pagination={false}
        locale={{ emptyText: 'Không có đảng viên nợ đảng phí từ 2 tháng trở lên trong năm' }}
      />
    </Card>
  );
}

function ReconciliationTab({ orgId, month }: { orgId: number; month: string }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const kindLabel = useLabel('org_kind');
  const { data, error, loading, reload } = useRemote((signal) => getReconciliation(orgId, month, signal), `${orgId}:${month}`);
  const columns: TableColumnsType<ReconciliationRow> = [
    { title: 'Tổ chức', key: 'org', render: (_, r) => <span style={{ paddingLeft: r.depth * 12 }}>{r.org_name}</span> },
    { title: 'Cấp', key: 'kind', render: (_, r) => kindLabel(r.org_kind) },
    { title: 'Tự thu', key: 'c', align: 'right', render: (_, r) => formatMoney(r.collected) },
    { title: 'Nhận cấp dưới', key: 'r', align: 'right', render: (_, r) => formatMoney(r.received) },
    { title: 'Giữ lại (%)', key: 'k', align: 'right', render: (_, r) => `${r.keep_percent}%` },
    { title: 'Phải nộp', key: 'e', align: 'right', render: (_, r) => formatMoney(r.expected) },
    {
      title: 'Đã nộp',
      key: 'p',
      align: 'right',
      render: (_, r) =>
        r.remitted_recorded ? (
          formatMoney(r.remitted)
        ) : can('dues.remit') && r.expected > 0 ? (
          <Button
            size="small"
            onClick={() =>
              void remit(r.org_id, month).then(
                () => reload(),
                (e: unknown) => void message.error(e instanceof Error ? e.message : 'Chưa ghi được.'),
              )
            }
          >
            Ghi nộp
          </Button>
        ) : (
          '—'
        ),
    },
    { title: 'Còn giữ', key: 'kept', align: 'right', render: (_, r) => formatMoney(r.kept) },
  ];
  return (
    <Card
      size="small"
      title={data ? `Tổng thu ${formatMoney(data.collected)} = giữ lại ${formatMoney(data.kept)} + nộp lên ${formatMoney(data.remitted_out)}` : 'Đối chiếu'}
      extra={data && (data.balanced ? <Tag color="green">Khớp</Tag> : <Tag color="red">Chưa khớp</Tag>)}
    >
      <LoadError error={error} />
      <Table<ReconciliationRow>
        rowKey="org_id"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={loading}
        scroll={{ x: 900 }}
        pagination={false}
      />
    </Card>
  );
}

export default function DuesPage() {
  const { user } = useAuth();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const month = params.get('month') || currentMonth();
  const year = Number(month.slice(0, 4));
  const tab = params.get('tab') || 'thu';
  return (
    <>
      <PageTitle title="Đảng phí" />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="Tháng">
                <MonthInput
                  aria-label="Tháng"
                  allowClear={false}
                  value={month}
                  max={currentMonth()}
                  onChange={(m) => m && update({ month: m })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {orgId > 0 && (
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k })}
          items={[
            { key: 'thu', label: 'Thu đảng phí', children: <SheetTab orgId={orgId} month={month} /> },
            { key: 'no', label: `Nợ đảng phí ${year}`, children: <ArrearsTab orgId={orgId} year={year} /> },
            { key: 'doi-chieu', label: 'Đối chiếu, nộp cấp trên', children: <ReconciliationTab orgId={orgId} month={month} /> },
          ]}
        />
      )}
    </>
  );
}
