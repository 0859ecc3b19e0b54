// "Đào tạo, bồi dưỡng": the classes organised in a subtree, by year and kind, and new classes.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber, formatPeriod } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listClasses } from '../api';
import { ClassFormModal } from '../components/ClassFormModal';
import type { TrainingClass } from '../types';

export default function TrainingClassesPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || undefined;
  const kind = params.get('kind') ?? '';
  const kindLabel = useLabel('training_kind');
  const kinds = useVocabOptions('training_kind');
  const query = { year, kind: kind || undefined, page, page_size: pageSize };
  const { data, error, loading } = useRemote(
    (signal) => (orgId ? listClasses(orgId, query, signal) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify([orgId, query]),
  );
  const [adding, setAdding] = useState(false);
  const learners = (data?.items ?? []).reduce((n, c) => n + c.learners, 0);

  const columns: TableColumnsType<TrainingClass> = [
    { title: 'Lớp', key: 'title', render: (_, c) => <Link to={`/dao-tao/${c.id}`}>{c.title}</Link> },
    { title: 'Loại', dataIndex: 'kind', key: 'kind', responsive: ['md'], render: (k: string) => kindLabel(k) },
    { title: 'Thời gian', key: 'dates', width: 190, responsive: ['sm'], render: (_, c) => formatPeriod(c.starts_on, c.ends_on) },
    { title: 'Học viên', dataIndex: 'learners', key: 'learners', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
    { title: 'Hoàn thành', dataIndex: 'completed', key: 'completed', width: 100, align: 'right', responsive: ['md'], render: (n: number) => formatNumber(n) },
    { title: 'Tổ chức mở lớp', dataIndex: 'org_name', key: 'org_name', responsive: ['lg'] },
  ];

  return (
    <>
      <PageTitle
        title="Đào tạo, bồi dưỡng"
        extra={
          can('training.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Mở lớp
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
              <Form.Item label="Loại lớp">
                <Select value={kind} aria-label="Loại lớp" options={[{ value: '', label: 'Tất cả' }, ...kinds]} onChange={(v: string) => update({ kind: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `${formatNumber(data.total)} lớp, ${formatNumber(learners)} học viên (trang này)` : 'Các lớp'}>
        <LoadError error={error} />
        <Table<TrainingClass>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có lớp nào' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <ClassFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={(c) => {
          setAdding(false);
          message.success('Đã mở lớp.');
          navigate(`/dao-tao/${c.id}`);
        }}
      />
    </>
  );
}
