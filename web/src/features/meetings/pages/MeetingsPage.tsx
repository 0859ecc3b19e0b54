// "Sinh hoạt chi bộ": the meetings of a subtree by year and kind, with new meetings and plans.
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, formatPercent } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { listMeetings } from '../api';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { PlanYearModal } from '../components/PlanYearModal';
import type { Meeting } from '../types';

export default function MeetingsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const kindLabel = useLabel('meeting_kind');
  const statusLabel = useLabel('meeting_status');
  const query = { year, kind: kind || undefined, status: status || undefined, page, page_size: pageSize };
  const { data, error, loading, reload } = useRemote(
    (signal) => (orgId ? listMeetings(orgId, query, signal) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify([orgId, query]),
  );
  const [adding, setAdding] = useState(false);
  const [planning, setPlanning] = useState(false);
  const canWrite = can('meeting.write');

  const columns: TableColumnsType<Meeting> = [
    {
      title: 'Ngày',
      key: 'on',
      width: 110,
      render: (_, m) => <Link to={`/sinh-hoat/${m.id}`}>{formatDate(m.held_on || m.planned_on)}</Link>,
    },
    { title: 'Loại', dataIndex: 'kind', key: 'kind', width: 170, render: (k: string) => kindLabel(k) },
    { title: 'Tổ chức', dataIndex: 'org_name', key: 'org_name' },
    { title: 'Nội dung', dataIndex: 'topic', key: 'topic' },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (s: string) => <Tag color={s === 'held' ? 'green' : 'blue'}>{statusLabel(s)}</Tag>,
    },
    {
      title: 'Dự họp',
      key: 'attendance',
      width: 100,
      align: 'right',
      render: (_, m) => (m.attendance.percent === null ? '—' : formatPercent(m.attendance.percent)),
    },
  ];

  return (
    <>
      <PageTitle
        title="Sinh hoạt chi bộ"
        extra={
          canWrite && (
            <Space wrap>
              <Button icon={<CalendarOutlined />} onClick={() => setPlanning(true)}>
                Lập kế hoạch năm
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                Thêm buổi sinh hoạt
              </Button>
            </Space>
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
            <Col xs={8} md={4}>
              <Form.Item label="Năm">
                <InputNumber
                  value={year}
                  min={1930}
                  max={2200}
                  style={{ width: '100%' }}
                  aria-label="Năm"
                  onChange={(v) => update({ year: v ?? undefined })}
                />
              </Form.Item>
            </Col>
            <Col xs={16} md={5}>
              <Form.Item label="Loại">
                <Select
                  value={kind}
                  aria-label="Loại buổi sinh hoạt"
                  options={[{ value: '', label: 'Tất cả' }, ...useVocabOptions('meeting_kind')]}
                  onChange={(v: string) => update({ kind: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label="Trạng thái">
                <Select
                  value={status}
                  aria-label="Trạng thái"
                  options={[{ value: '', label: 'Tất cả' }, ...useVocabOptions('meeting_status')]}
                  onChange={(v: string) => update({ status: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `${formatNumber(data.total)} buổi sinh hoạt` : 'Buổi sinh hoạt'}>
        <LoadError error={error} />
        <Table<Meeting>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 860 }}
          locale={{ emptyText: 'Chưa có buổi sinh hoạt nào trong năm này' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <MeetingFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={(m) => {
          setAdding(false);
          message.success('Đã thêm buổi sinh hoạt.');
          navigate(`/sinh-hoat/${m.id}`);
        }}
      />
      <PlanYearModal
        open={planning}
        orgId={orgId || undefined}
        onClose={() => setPlanning(false)}
        onPlanned={(n) => {
          setPlanning(false);
          message.success(`Đã lập kế hoạch ${formatNumber(n)} buổi sinh hoạt.`);
          reload();
        }}
      />
    </>
  );
}
