// "Kiểm tra, giám sát": the cases about a subtree by year, kind and state, the yearly
// programme, and new cases. Confidential: the server lists only what the user may read.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { createProgramme, listInspections, listProgrammes } from '../api';
import { InspectionFormModal } from '../components/InspectionFormModal';
import type { InspectionCase } from '../types';

export default function InspectionsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const kindLabel = useLabel('inspection_kind');
  const statusLabel = useLabel('inspection_status');
  const query = { year, kind: kind || undefined, status: status || undefined, page, page_size: pageSize };
  const { data, error, loading } = useRemote(
    (signal) => (orgId ? listInspections(orgId, query, signal) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify([orgId, query]),
  );
  const programmes = useRemote((signal) => (orgId ? listProgrammes(orgId, signal) : Promise.resolve({ items: [] })), `p:${orgId}`);
  const programme = programmes.data?.items.find((p) => p.year === year);
  const [dialog, setDialog] = useState<'' | 'case' | 'programme'>('');
  const [programmeForm] = Form.useForm<{ title: string; decision_no?: string }>();
  const canWrite = can('inspection.write');

  const columns: TableColumnsType<InspectionCase> = [
    { title: 'Bắt đầu', key: 'started_on', width: 110, render: (_, c) => <Link to={`/kiem-tra/${c.id}`}>{formatDate(c.started_on)}</Link> },
    { title: 'Loại', dataIndex: 'kind', key: 'kind', render: (k: string) => kindLabel(k) },
    { title: 'Đối tượng', key: 'who', render: (_, c) => (c.subject === 'member' ? c.member_name : c.org_name) },
    { title: 'Nội dung', dataIndex: 'title', key: 'title', responsive: ['lg'] },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      width: 170,
      render: (s: string, c) => (
        <Space size={4} wrap>
          <Tag color={s === 'closed' ? 'green' : s === 'concluded' ? 'orange' : 'blue'}>{statusLabel(s)}</Tag>
          {c.violation && <Tag color="red">Có vi phạm</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Kiểm tra, giám sát"
        extra={
          canWrite && (
            <Space wrap>
              {!programme && <Button onClick={() => setDialog('programme')}>Lập chương trình năm {year}</Button>}
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('case')}>
                Thêm cuộc kiểm tra, giám sát
              </Button>
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={8} md={4}>
              <Form.Item label="Năm">
                <InputNumber value={year} min={1930} max={2200} style={{ width: '100%' }} aria-label="Năm" onChange={(v) => update({ year: v ?? undefined })} />
              </Form.Item>
            </Col>
            <Col xs={16} md={6}>
              <Form.Item label="Loại">
                <Select
                  value={kind}
                  aria-label="Loại kiểm tra, giám sát"
                  options={[{ value: '', label: 'Tất cả' }, ...useVocabOptions('inspection_kind')]}
                  onChange={(v: string) => update({ kind: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label="Trạng thái">
                <Select
                  value={status}
                  aria-label="Trạng thái"
                  options={[{ value: '', label: 'Tất cả' }, ...useVocabOptions('inspection_status')]}
                  onChange={(v: string) => update({ status: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {programme && (
          <div>
            Chương trình năm {programme.year}: <strong>{programme.title}</strong>
            {programme.decision_no && ` (${programme.decision_no})`} — {formatNumber(programme.cases)} cuộc.
          </div>
        )}
      </Card>
      <Card title={data ? `${formatNumber(data.total)} cuộc kiểm tra, giám sát` : 'Cuộc kiểm tra, giám sát'}>
        <LoadError error={error} />
        <Table<InspectionCase>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Không có cuộc kiểm tra, giám sát nào trong năm này' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <InspectionFormModal
        open={dialog === 'case'}
        orgId={orgId || undefined}
        onClose={() => setDialog('')}
        onSaved={(c) => {
          setDialog('');
          message.success('Đã thêm cuộc kiểm tra, giám sát.');
          navigate(`/kiem-tra/${c.id}`);
        }}
      />
      <FormModal<{ title: string; decision_no?: string }>
        open={dialog === 'programme'}
        title={`Chương trình kiểm tra, giám sát năm ${year}`}
        okText="Lập chương trình"
        form={programmeForm}
        formName="programme"
        initialValues={{ title: `Chương trình kiểm tra, giám sát năm ${year}` }}
        fields={['title', 'decision_no']}
        save={async (v) => {
          await createProgramme(orgId, { year, title: v.title.trim(), decision_no: v.decision_no?.trim() || undefined });
          setDialog('');
          message.success('Đã lập chương trình.');
          programmes.reload();
        }}
        onClose={() => setDialog('')}
      >
        <Form.Item name="title" label="Tên chương trình" rules={[{ required: true, message: 'Vui lòng nhập tên.' }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="decision_no" label="Số văn bản">
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </>
  );
}
