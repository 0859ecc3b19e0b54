// "Kỷ luật": the discipline cases of a subtree by year, form and subject, and new decisions.
// Confidential: the server lists only what the user may read (a secretary: the cases its
// organization decided).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listDiscipline } from '../api';
import { DisciplineFormModal } from '../components/DisciplineFormModal';
import { statusColor } from '../lib';
import type { DisciplineCase } from '../types';

export default function DisciplinePage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || undefined;
  const form = params.get('form') ?? '';
  const formLabel = useLabel('discipline_form');
  const statusLabel = useLabel('discipline_status');
  const query = { year, form: form || undefined, page, page_size: pageSize };
  const { data, error, loading } = useRemote(
    (signal) => (orgId ? listDiscipline(orgId, query, signal) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify([orgId, query]),
  );
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<DisciplineCase> = [
    {
      title: 'Ngày quyết định',
      key: 'decided_on',
      width: 130,
      render: (_, c) => <Link to={`/ky-luat/${c.id}`}>{formatDate(c.decided_on)}</Link>,
    },
    { title: 'Đối tượng', key: 'who', render: (_, c) => (c.subject === 'member' ? c.member_name : c.org_name) },
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org_name', responsive: ['md'] },
    { title: 'Hình thức', dataIndex: 'effective_form', key: 'form', width: 120, render: (f: string) => formLabel(f) },
    {
      title: 'Hiệu lực',
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (s: string) => <Tag color={statusColor(s)}>{statusLabel(s)}</Tag>,
    },
    { title: 'Quyết định', dataIndex: 'decision_no', key: 'decision_no', width: 140, responsive: ['md'] },
  ];

  return (
    <>
      <PageTitle
        title="Kỷ luật"
        extra={
          can('discipline.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Ghi quyết định kỷ luật
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
            <Col xs={10} md={5}>
              <Form.Item label="Năm">
                <InputNumber
                  value={year}
                  min={1930}
                  max={2200}
                  placeholder="Mọi năm"
                  style={{ width: '100%' }}
                  aria-label="Năm"
                  onChange={(v) => update({ year: v ?? undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={14} md={9}>
              <Form.Item label="Hình thức">
                <Select
                  value={form}
                  aria-label="Hình thức kỷ luật"
                  options={[{ value: '', label: 'Tất cả' }, ...useVocabOptions('discipline_form')]}
                  onChange={(v: string) => update({ form: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `${formatNumber(data.total)} trường hợp` : 'Trường hợp kỷ luật'}>
        <LoadError error={error} />
        <Table<DisciplineCase>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Không có trường hợp kỷ luật nào' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <DisciplineFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={(c) => {
          setAdding(false);
          message.success('Đã ghi quyết định kỷ luật.');
          navigate(`/ky-luat/${c.id}`);
        }}
      />
    </>
  );
}
