// "Phong trào thi đua, mô hình": the movements, "Dân vận khéo" models and innovation
// programmes of a subtree started in a year, with the awards given under each.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber, formatPeriod } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listEmulations, voidEmulation } from '../api';
import { EmulationFormModal } from '../components/EmulationFormModal';
import type { Emulation } from '../types';

export default function EmulationsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const kind = params.get('kind') ?? '';
  const kinds = useVocabOptions('emulation_kind');
  const remote = useRemote(
    (signal) => (orgId ? listEmulations(orgId, year, kind, signal) : Promise.resolve({ items: [] })),
    JSON.stringify([orgId, year, kind]),
  );
  const { data, error, loading } = remote;
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Emulation | null>(null);
  const canWrite = can('reward.write');
  const items = data?.items ?? [];
  const models = items.filter((e) => e.kind === 'dan_van_kheo').length;

  const columns: TableColumnsType<Emulation> = [
    { title: 'Tên', dataIndex: 'title', key: 'title' },
    { title: 'Loại', dataIndex: 'kind_label', key: 'kind', responsive: ['sm'] },
    { title: 'Thời gian', key: 'dates', width: 190, responsive: ['md'], render: (_, e) => formatPeriod(e.starts_on, e.ends_on || null) },
    { title: 'Tổ chức', dataIndex: 'org_name', key: 'org_name', responsive: ['lg'] },
    { title: 'Khen thưởng', dataIndex: 'rewards', key: 'rewards', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'actions',
      width: 70,
      render: (_, e) => (
        <Button size="small" danger type="link" onClick={() => setVoiding(e)}>
          Hủy
        </Button>
      ),
    });
  }

  return (
    <>
      <PageTitle
        title="Phong trào thi đua, mô hình"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Ghi phong trào, mô hình
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={8} md={5}>
              <Form.Item label="Năm">
                <InputNumber value={year} min={1930} max={2200} style={{ width: '100%' }} aria-label="Năm" onChange={(v) => update({ year: v ?? undefined })} />
              </Form.Item>
            </Col>
            <Col xs={16} md={9}>
              <Form.Item label="Loại">
                <Select value={kind} aria-label="Loại" options={[{ value: '', label: 'Tất cả' }, ...kinds]} onChange={(v: string) => update({ kind: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `Năm ${year}: ${formatNumber(items.length)} phong trào, mô hình (${formatNumber(models)} mô hình "Dân vận khéo")` : 'Phong trào thi đua'}>
        <LoadError error={error} />
        <Table<Emulation>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có phong trào, mô hình nào trong năm' }}
          pagination={false}
        />
      </Card>
      <EmulationFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          message.success('Đã ghi phong trào, mô hình.');
          remote.reload();
        }}
      />
      <ReasonModal
        open={voiding !== null}
        title={`Hủy "${voiding?.title ?? ''}"`}
        onClose={() => setVoiding(null)}
        onVoid={async (reason) => {
          await voidEmulation(voiding!.id, reason);
          setVoiding(null);
          message.success('Đã hủy phong trào, mô hình.');
          remote.reload();
        }}
      />
    </>
  );
}
