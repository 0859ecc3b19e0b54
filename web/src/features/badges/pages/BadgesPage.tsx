// Huy hiệu Đảng: for a subtree and an award round, the members due (milestone, party age at
// the round, any reason to hold back) to propose or export, and the proposals to decide and award.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Row, Select, Space, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { exportBadgesDue, getBadgeRounds, getBadgesDue, listBadges } from '../api';
import { BadgeStepModal } from '../components/BadgeStepModal';
import { ProposeBadgeModal } from '../components/ProposeBadgeModal';
import type { Badge, BadgeDue, PartyAge } from '../types';
import { errorMessage, saveDownload } from '../../../shared/api/client';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';

const age = (a: PartyAge) => `${a.years} năm ${a.months} tháng`;

export default function BadgesPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org_id')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const rounds = useRemote((signal) => getBadgeRounds(year, signal), `rounds:${year}`);
  const round = params.get('round') ?? rounds.data?.items.find((r) => r.on >= new Date().toISOString().slice(0, 10))?.on ?? rounds.data?.items.at(-1)?.on ?? '';
  const tab = params.get('tab') ?? 'den-han';
  const milestone = Number(params.get('milestone')) || undefined;
  // Both tabs read the page in the address; the hidden one asks for its first page (a change
  // of tab goes back to page 1 anyway), which is enough for its count.
  const duePage = tab === 'den-han' ? page : 1;
  const listPage = tab === 'den-han' ? 1 : page;
  const due = useRemote(
    (signal) => (round ? getBadgesDue(orgId, { round, milestone, page: duePage, page_size: pageSize }, signal) : Promise.resolve(null)),
    `due:${orgId}:${round}:${milestone}:${duePage}:${pageSize}`,
  );
  const list = useRemote(
    (signal) => (round ? listBadges(orgId, { round, page: listPage, page_size: pageSize }, signal) : Promise.resolve(null)),
    `list:${orgId}:${round}:${listPage}:${pageSize}`,
  );
  const [proposing, setProposing] = useState<BadgeDue | null>(null);
  const [stepping, setStepping] = useState<Badge | null>(null);
  const statusLabel = useLabel('badge_status');
  const basisLabel = useLabel('badge_basis');
  const canWrite = can('badge.write');
  const years = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() + 1 - i);

  const dueColumns: TableColumnsType<BadgeDue> = [
    { title: 'Họ và tên', dataIndex: 'full_name', key: 'name', width: 160 },
    { title: 'Huy hiệu', key: 'milestone', width: 100, render: (_, d) => <Tag color="red">{d.milestone} năm</Tag> },
    { title: 'Tuổi Đảng tại đợt', key: 'age', width: 150, render: (_, d) => age(d.party_age) },
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org', width: 180 },
    { title: 'Ngày vào Đảng', key: 'admitted', width: 120, render: (_, d) => formatDate(d.admitted_on) },
    { title: 'Đủ mốc', key: 'reached', width: 110, render: (_, d) => formatDate(d.reached_on) },
    {
      title: 'Ghi chú',
      key: 'hold',
      width: 220,
      render: (_, d) =>
        d.badge_status ? (
          <Tag>{statusLabel(d.badge_status)}</Tag>
        ) : d.hold_reason ? (
          <Typography.Text type="danger">{d.hold_reason}</Typography.Text>
        ) : d.round_on < round ? (
          <Typography.Text type="warning">Đến hạn từ đợt {formatDate(d.round_on)}</Typography.Text>
        ) : null,
    },
    {
      title: '',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, d) =>
        canWrite && !d.badge_status && !d.hold_reason && (
          <Button size="small" onClick={() => setProposing(d)} aria-label={`Đề nghị ${d.full_name}`}>
            Đề nghị
          </Button>
        ),
    },
  ];

  const listColumns: TableColumnsType<Badge> = [
    { title: 'Họ và tên', dataIndex: 'full_name', key: 'name', width: 160 },
    { title: 'Huy hiệu', key: 'milestone', width: 100, render: (_, b) => `${b.milestone} năm` },
    { title: 'Căn cứ', key: 'basis', width: 150, render: (_, b) => basisLabel(b.basis) },
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org', width: 180 },
    { title: 'Trạng thái', key: 'status', width: 140, render: (_, b) => <Tag color={b.status === 'awarded' ? 'green' : undefined}>{statusLabel(b.status)}</Tag> },
    { title: 'Quyết định', key: 'decision', width: 180, render: (_, b) => (b.decision_no ? `${b.decision_no}, ${formatDate(b.decision_on)}` : '—') },
    { title: 'Ngày trao', key: 'awarded', width: 110, render: (_, b) => formatDate(b.awarded_on) || '—' },
    {
      title: '',
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, b) =>
        canWrite && b.status !== 'awarded' && (
          <Button size="small" onClick={() => setStepping(b)}>
            {b.status === 'proposed' ? 'Ghi quyết định' : 'Ghi trao'}
          </Button>
        ),
    },
  ];

  const reload = () => {
    due.reload();
    list.reload();
  };

  return (
    <>
      <PageTitle
        title="Huy hiệu Đảng"
        extra={
          round && (
            <Space wrap>
              {(['xlsx', 'docx'] as const).map((format) => (
                <Button
                  key={format}
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    exportBadgesDue(orgId, round, format, milestone).then(saveDownload, (e: unknown) =>
                      message.error(errorMessage(e)),
                    )
                  }
                >
                  {format === 'xlsx' ? 'Xuất danh sách (Excel)' : 'Danh sách đề nghị (Word)'}
                </Button>
              ))}
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org_id: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={10} md={5}>
              <Form.Item label="Năm">
                <Select value={year} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(v: number) => update({ year: v, round: undefined, milestone: undefined })} aria-label="Năm" />
              </Form.Item>
            </Col>
            <Col xs={14} md={9}>
              <Form.Item label="Đợt xét tặng">
                <Select
                  value={round || undefined}
                  options={(rounds.data?.items ?? []).map((r) => ({ value: r.on, label: `${formatDate(r.on)}` }))}
                  onChange={(v: string) => update({ round: v, milestone: undefined })}
                  aria-label="Đợt xét tặng"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'den-han' ? undefined : key })}
          items={[
            {
              key: 'den-han',
              label: `Đến hạn xét tặng${due.data ? ` (${formatNumber(due.data.by_milestone.reduce((n, b) => n + b.count, 0))})` : ''}`,
              children: (
                <>
                  <LoadError error={due.error} />
                  <Space wrap style={{ marginBottom: 12 }}>
                    <Select
                      style={{ minWidth: 220 }}
                      value={milestone ?? 0}
                      onChange={(v: number) => update({ milestone: v || undefined })}
                      aria-label="Mốc tuổi Đảng"
                      options={[
                        { value: 0, label: 'Mọi mốc tuổi Đảng' },
                        ...(due.data?.by_milestone ?? []).map((b) => ({
                          value: b.milestone,
                          label: `Huy hiệu ${b.milestone} năm (${formatNumber(b.count)})`,
                        })),
                      ]}
                    />
                    {due.data && (
                      <Typography.Text type="secondary">
                        Chưa đề nghị: {formatNumber(due.data.to_propose)} đảng viên
                      </Typography.Text>
                    )}
                  </Space>
                  <Table<BadgeDue>
                    rowKey="member_id"
                    size="middle"
                    columns={dueColumns}
                    dataSource={due.data?.items ?? []}
                    loading={due.loading}
                    scroll={{ x: 1140 }}
                    pagination={pagination(due.data?.total)}
                    locale={{ emptyText: 'Không có đảng viên đến hạn ở đợt này' }}
                  />
                </>
              ),
            },
            {
              key: 'de-nghi',
              label: `Đề nghị và đã trao${list.data ? ` (${formatNumber(list.data.total)})` : ''}`,
              children: (
                <>
                  <LoadError error={list.error} />
                  <Table<Badge>
                    rowKey="id"
                    size="middle"
                    columns={listColumns}
                    dataSource={list.data?.items ?? []}
                    loading={list.loading}
                    scroll={{ x: 1150 }}
                    pagination={pagination(list.data?.total)}
                    locale={{ emptyText: 'Chưa có đề nghị nào ở đợt này' }}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      <ProposeBadgeModal
        due={proposing}
        round={round}
        onClose={() => setProposing(null)}
        onSaved={() => {
          setProposing(null);
          message.success('Đã ghi đề nghị tặng Huy hiệu Đảng.');
          reload();
        }}
      />
      <BadgeStepModal
        badge={stepping}
        onClose={() => setStepping(null)}
        onSaved={() => {
          setStepping(null);
          message.success('Đã ghi.');
          reload();
        }}
      />
    </>
  );
}
