// "Cơ quan, đơn vị, doanh nghiệp văn hóa": the host units of a subtree in a year with their
// registration and result, counted as "111/121 đăng ký, 62/121 đạt, 30 tiêu biểu".
import { App, Button, Card, Col, Form, InputNumber, Row, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { getCultureYear } from '../api';
import { CultureUnitModal } from '../components/CultureUnitModal';
import type { CultureUnit, CultureYear } from '../types';

const COLORS: Record<string, string> = { model: 'gold', achieved: 'green', not_achieved: 'red' };

export function cultureSummary(y: CultureYear): string {
  const of = `/${formatNumber(y.host_units)}`;
  return `Năm ${y.year}: ${formatNumber(y.registered)}${of} đăng ký, ${formatNumber(y.achieved)}${of} đạt, ${formatNumber(y.model)} tiêu biểu`;
}

export default function CulturePage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const remote = useRemote((signal) => getCultureYear(orgId, year, signal), JSON.stringify([orgId, year]));
  const [data, setData] = useState<CultureYear | null>(null);
  const shown = data && data.year === year ? data : (remote.data ?? null);
  const [editing, setEditing] = useState<CultureUnit | null>(null);
  const resultLabel = useLabel('culture_result');
  const canWrite = can('reward.write');

  const columns: TableColumnsType<CultureUnit> = [
    { title: 'Đơn vị', dataIndex: 'host_unit_name', key: 'name' },
    { title: 'Tổ chức đảng', dataIndex: 'org_name', key: 'org', responsive: ['lg'] },
    { title: 'Đăng ký', key: 'registered', width: 90, render: (_, u) => (u.registered ? 'Có' : '—') },
    { title: 'Kết quả', key: 'result', width: 150, render: (_, u) => (u.result ? <Tag color={COLORS[u.result]}>{resultLabel(u.result)}</Tag> : '') },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'edit',
      width: 60,
      render: (_, u) => (
        <Button size="small" type="link" aria-label={`Ghi: ${u.host_unit_name}`} onClick={() => setEditing(u)}>
          Ghi
        </Button>
      ),
    });
  }

  return (
    <>
      <PageTitle title="Cơ quan, đơn vị, doanh nghiệp văn hóa" />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={10} md={6}>
              <Form.Item label="Năm">
                <InputNumber value={year} min={1990} max={2200} style={{ width: '100%' }} aria-label="Năm" onChange={(v) => update({ year: v ?? undefined })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={shown ? cultureSummary(shown) : 'Đơn vị văn hóa'}>
        <LoadError error={remote.error} />
        <Table<CultureUnit>
          rowKey="host_unit_id"
          columns={columns}
          dataSource={shown?.units ?? []}
          loading={remote.loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Không có đơn vị chủ quản nào trong tổ chức' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      <CultureUnitModal
        orgId={orgId}
        year={year}
        unit={editing}
        onClose={() => setEditing(null)}
        onSaved={(y) => {
          setEditing(null);
          setData(y);
          message.success('Đã ghi.');
        }}
      />
    </>
  );
}
