// "Văn bản cấp trên": the documents an organization follows (its own and those of the
// organizations above it), each with how many of its grassroots organizations held the study
// session, issued the action plan and a thematic resolution.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listDocuments } from '../api';
import { DocumentFormModal } from '../components/DocumentFormModal';
import { share } from '../lib';
import type { HigherDocument } from '../types';

export default function DocumentsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || undefined;
  const remote = useRemote((signal) => listDocuments(orgId, year, signal), JSON.stringify([orgId, year]));
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<HigherDocument> = [
    {
      title: 'Văn bản',
      key: 'number',
      render: (_, d) => (
        <Link to={`/van-ban-cap-tren/${d.id}?org=${orgId}`}>
          {d.kind_label} số {d.number}
        </Link>
      ),
    },
    { title: 'Ngày', dataIndex: 'issued_on', key: 'issued_on', width: 110, render: (v: string) => formatDate(v) },
    { title: 'Trích yếu', dataIndex: 'title', key: 'title', responsive: ['lg'] },
    { title: 'Học tập', key: 'studied', responsive: ['md'], render: (_, d) => share(d.studied, d.units) },
    { title: 'Chương trình', key: 'planned', responsive: ['md'], render: (_, d) => share(d.planned, d.units) },
    { title: 'NQ chuyên đề', key: 'resolved', render: (_, d) => share(d.resolved, d.units) },
  ];

  return (
    <>
      <PageTitle
        title="Văn bản cấp trên"
        extra={
          can('target.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Ghi văn bản
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={10} md={6}>
              <Form.Item label="Năm ban hành">
                <InputNumber value={year} min={1930} max={2200} placeholder="Mọi năm" style={{ width: '100%' }} aria-label="Năm ban hành" onChange={(v) => update({ year: v ?? undefined })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title="Văn bản và tỷ lệ tổ chức cơ sở đảng thực hiện">
        <LoadError error={remote.error} />
        <Table<HigherDocument>
          rowKey="id"
          columns={columns}
          dataSource={remote.data?.items ?? []}
          loading={remote.loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có văn bản nào' }}
          pagination={false}
        />
      </Card>
      <DocumentFormModal
        open={adding}
        orgId={orgId}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          message.success('Đã ghi văn bản.');
          remote.reload();
        }}
      />
    </>
  );
}
