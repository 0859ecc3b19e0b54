// Đánh giá, xếp loại chất lượng: a subtree's members (or organizations) for a year with
// each step of their rating, the year's summary against the targets, and the step dialog.
import { Button, Card, Col, Form, Row, Segmented, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { getRatingSummary, listRatings } from '../api';
import { RatingStepModal } from '../components/RatingStepModal';
import { RatingSummaryCard } from '../components/RatingSummaryCard';
import { nextSteps, ratingYears } from '../lib';
import type { RatingQuery, RatingRow, RatingStep, RatingSubject } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { type Labeller, useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';

const LEVEL_COLORS: Record<string, string> = { excellent: 'gold', good: 'green', completed: 'blue', not_completed: 'red' };

function stepText(s: RatingStep | null, levelLabel: Labeller): string {
  if (!s) return '—';
  return `${levelLabel(s.level)}${s.score !== null ? ` (${s.score})` : ''} · ${formatDate(s.on)}`;
}

export default function RatingsPage() {
  const { user, can } = useAuth();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org_id')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const subject = (params.get('subject') as RatingSubject) || 'member';
  const stage = params.get('stage') ?? '';
  const query: RatingQuery = { year, subject, stage: stage || undefined, page, page_size: pageSize };
  const list = useRemote((signal) => listRatings(orgId, query, signal), `${orgId}:${JSON.stringify(query)}`);
  const summary = useRemote((signal) => getRatingSummary(orgId, year, signal), `${orgId}:${year}`);
  const [editing, setEditing] = useState<RatingRow | null>(null);
  const levelLabel = useLabel('rating_level');
  const stageLabel = useLabel('rating_stage');
  const stageOptions = [{ value: '', label: 'Tất cả' }, { value: 'none', label: 'Chưa xếp loại' }, ...useVocabOptions('rating_stage')];
  const canStep = (r: RatingRow) => nextSteps(r.rating?.stage).some((s) => can(s.action));

  const columns: TableColumnsType<RatingRow> = [
    { title: subject === 'member' ? 'Họ và tên' : 'Tổ chức', dataIndex: 'name', key: 'name', width: 160 },
    ...(subject === 'member' ? [{ title: 'Đơn vị', dataIndex: 'org_name', key: 'org_name', width: 170 }] : []),
    {
      title: 'Xếp loại',
      key: 'level',
      width: 190,
      render: (_, r) =>
        r.rating ? (
          <>
            <Tag color={LEVEL_COLORS[r.rating.level]}>{levelLabel(r.rating.level)}</Tag>
            <div>
              <Typography.Text type="secondary">{stageLabel(r.rating.stage)}</Typography.Text>
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">Chưa xếp loại</Typography.Text>
        ),
    },
    { title: 'Tự đánh giá', key: 'self', width: 170, render: (_, r) => stepText(r.rating?.self ?? null, levelLabel) },
    { title: 'Chi bộ đề xuất', key: 'proposed', width: 170, render: (_, r) => stepText(r.rating?.proposed ?? null, levelLabel) },
    { title: 'Cấp ủy cơ sở quyết định', key: 'decided', width: 190, render: (_, r) => stepText(r.rating?.decided ?? null, levelLabel) },
    {
      title: 'Cấp trên phê duyệt',
      key: 'approved',
      width: 150,
      render: (_, r) => (r.rating?.approved ? `${formatDate(r.rating.approved.on)}${r.rating.approved.approval_no ? ` · ${r.rating.approved.approval_no}` : ''}` : '—'),
    },
    {
      title: '',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, r) =>
        canStep(r) && (
          <Button size="small" onClick={() => setEditing(r)} aria-label={`Ghi xếp loại ${r.name}`}>
            Ghi bước
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageTitle title="Đánh giá, xếp loại chất lượng" />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org_id: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label="Năm">
                <Select
                  value={year}
                  options={ratingYears().map((y) => ({ value: y, label: String(y) }))}
                  onChange={(v: number) => update({ year: v })}
                  aria-label="Năm"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label="Bước">
                <Select value={stage} options={stageOptions} onChange={(v: string) => update({ stage: v })} aria-label="Bước" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Đối tượng">
                <Segmented
                  block
                  value={subject}
                  options={[
                    { value: 'member', label: 'Đảng viên' },
                    { value: 'org', label: 'Tổ chức' },
                  ]}
                  onChange={(v) => update({ subject: v === 'member' ? undefined : String(v) })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <LoadError error={summary.error} />
      {summary.data && <RatingSummaryCard summary={summary.data} />}
      <Card title={list.data ? `${formatNumber(list.data.total)} ${subject === 'member' ? 'đảng viên' : 'tổ chức'}` : 'Danh sách'}>
        <LoadError error={list.error} />
        <Table<RatingRow>
          rowKey={(r) => `${r.subject}:${r.id}`}
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          scroll={{ x: 1100 }}
          locale={{ emptyText: 'Không có ai trong danh sách này' }}
          pagination={pagination(list.data?.total)}
        />
      </Card>
      {summary.data && (
      <RatingStepModal
        row={editing}
        year={year}
        scheme={summary.data.scheme}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
          summary.reload();
        }}
      />
      )}
    </>
  );
}
