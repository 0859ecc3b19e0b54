import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Select, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { listCandidates } from '../api';
import type { Candidate, CandidateQuery } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { CandidateFormModal } from '../components/CandidateFormModal';
import { CandidateStatusTag } from '../components/CandidateStatusTag';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { currentStep, isOpen } from '../lib';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { LoadError } from '../../../shared/components/LoadError';

/** The deadline that matters now: the decision after the vote, the ceremony after the decision. */
function deadline(c: Candidate): { label: string; on: string } | null {
  if ((c.status === 'voted' || c.status === 'proposed') && c.decision_deadline)
    return { label: 'Hạn quyết định', on: c.decision_deadline };
  if (c.status === 'decided' && c.ceremony_deadline) return { label: 'Hạn lễ kết nạp', on: c.ceremony_deadline };
  if (c.status === 'preparing' && c.certificate_valid_until)
    return { label: 'Giấy chứng nhận hết hạn', on: c.certificate_valid_until };
  return null;
}

const columns: TableColumnsType<Candidate> = [
  {
    title: 'Họ và tên',
    dataIndex: 'full_name',
    key: 'full_name',
    render: (name: string, c) => <Link to={`/phat-trien/${c.id}`}>{name}</Link>,
  },
  { title: 'Ngày sinh', dataIndex: 'birth_date', key: 'birth_date', width: 120, render: (v: string) => formatDate(v) },
  { title: 'Chi bộ', dataIndex: 'org_name', key: 'org_name' },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    key: 'status',
    width: 200,
    render: (s: string) => <CandidateStatusTag status={s} />,
  },
  {
    title: 'Bước tiếp theo',
    key: 'next',
    render: (_, c) => (isOpen(c) ? currentStep(c)?.title : null) ?? <Typography.Text type="secondary">—</Typography.Text>,
  },
  {
    title: 'Thời hạn',
    key: 'deadline',
    width: 210,
    render: (_, c) => {
      const d = deadline(c);
      if (!d) return <Typography.Text type="secondary">—</Typography.Text>;
      const late = dayjs(d.on).isBefore(dayjs(), 'day');
      return (
        <Typography.Text type={late ? 'danger' : undefined}>
          {d.label}: {formatDate(d.on)}
        </Typography.Text>
      );
    },
  },
];

export default function CandidatesPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org_id')) || undefined;
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const query: CandidateQuery = { org_id: orgId, status: status || undefined, q: q || undefined, page, page_size: pageSize };
  const { data, error, loading, reload } = useRemote((signal) => listCandidates(query, signal), JSON.stringify(query));
  const [adding, setAdding] = useState(false);
  const canEdit = can('member.write');
  // The status filter: '' (the API's "in progress"), every status, or all.
  const statusOptions = [
    { value: '', label: 'Đang trong quy trình' },
    { value: 'all', label: 'Tất cả' },
    ...useVocabOptions('candidate_status'),
  ];

  return (
    <>
      <PageTitle
        title="Phát triển đảng viên"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Thêm quần chúng ưu tú
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect
                  value={orgId}
                  onChange={(v) => update({ org_id: v })}
                  allowClear
                  placeholder="Tất cả đơn vị"
                  aria-label="Tổ chức đảng"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Trạng thái">
                <Select
                  value={status}
                  options={statusOptions}
                  onChange={(v: string) => update({ status: v })}
                  aria-label="Trạng thái"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="Tìm kiếm">
                <Input.Search
                  key={q}
                  defaultValue={q}
                  placeholder="Tên (không dấu cũng được) hoặc số CCCD"
                  aria-label="Tìm quần chúng ưu tú"
                  allowClear
                  enterButton="Tìm kiếm"
                  onSearch={(value) => update({ q: value.trim() })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card
        title={data ? `${formatNumber(data.total)} quần chúng ưu tú` : 'Quần chúng ưu tú'}
      >
        <LoadError error={error} />
        <Table<Candidate>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 960 }}
          locale={{
            emptyText: q
              ? `Không tìm thấy quần chúng ưu tú nào khớp “${q}”`
              : 'Chưa có quần chúng ưu tú nào trong danh sách này',
          }}
          pagination={pagination(data?.total, {
            showTotal: (total, range) => `${formatNumber(range[0])}–${formatNumber(range[1])} trong ${formatNumber(total)}`,
          })}
        />
      </Card>
      <CandidateFormModal
        open={adding}
        orgId={orgId ?? user?.org_id ?? undefined}
        onClose={() => setAdding(false)}
        onCreated={(c) => {
          setAdding(false);
          message.success(`Đã thêm quần chúng ưu tú ${c.full_name}.`);
          if (c.age_notice) message.warning(c.age_notice, 10);
          reload();
          navigate(`/phat-trien/${c.id}`);
        }}
      />
    </>
  );
}
