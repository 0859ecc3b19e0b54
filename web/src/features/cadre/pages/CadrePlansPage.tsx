// "Quy hoạch cán bộ": the people planned in a subtree by term, post and whether still in the
// plan, with the progress of their training roadmap. Confidential (cadre.read).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Row, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listPlans } from '../api';
import { PlanFormModal } from '../components/PlanFormModal';
import { PROGRESS, TERMS } from '../lib';
import type { CadrePlan } from '../types';

export default function CadrePlansPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const term = params.get('term') ?? TERMS[0];
  const post = params.get('post') ?? '';
  const status = params.get('status') ?? '';
  const postLabel = useLabel('cadre_post');
  const posts = useVocabOptions('cadre_post');
  const query = { term: term || undefined, post: post || undefined, status: status || undefined, page, page_size: pageSize };
  const { data, error, loading } = useRemote(
    (signal) => (orgId ? listPlans(orgId, query, signal) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify([orgId, query]),
  );
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<CadrePlan> = [
    { title: 'Họ và tên', key: 'name', render: (_, p) => <Link to={`/quy-hoach/${p.id}`}>{p.member_name}</Link> },
    { title: 'Chức danh', dataIndex: 'post', key: 'post', render: (v: string) => postLabel(v) },
    { title: 'Tổ chức', dataIndex: 'org_name', key: 'org_name', responsive: ['md'] },
    {
      title: 'Lộ trình',
      key: 'progress',
      render: (_, p) =>
        p.removed_on ? (
          <Tag>Đã đưa ra</Tag>
        ) : (
          <Tag color={PROGRESS[p.progress]?.color}>
            {PROGRESS[p.progress]?.label} ({p.done}/{p.roadmap.length})
          </Tag>
        ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Quy hoạch cán bộ"
        extra={
          can('cadre.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Bổ sung quy hoạch
            </Button>
          )
        }
      />
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Tài liệu mật: chỉ cán bộ tổ chức và quản trị viên được xem." />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label="Nhiệm kỳ">
                <Select value={term} aria-label="Nhiệm kỳ" options={TERMS.map((t) => ({ value: t, label: t.replace('-', '–') }))} onChange={(v: string) => update({ term: v })} />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label="Chức danh">
                <Select value={post} aria-label="Chức danh" options={[{ value: '', label: 'Tất cả' }, ...posts]} onChange={(v: string) => update({ post: v })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label="Trạng thái">
                <Select
                  value={status}
                  aria-label="Trạng thái"
                  options={[
                    { value: '', label: 'Đang trong quy hoạch' },
                    { value: 'removed', label: 'Đã đưa ra' },
                    { value: 'all', label: 'Tất cả' },
                  ]}
                  onChange={(v: string) => update({ status: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `${formatNumber(data.total)} người` : 'Cán bộ quy hoạch'}>
        <LoadError error={error} />
        <Table<CadrePlan>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có ai trong quy hoạch' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <PlanFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={(p) => {
          setAdding(false);
          message.success('Đã ghi quy hoạch.');
          navigate(`/quy-hoach/${p.id}`);
        }}
      />
    </>
  );
}
