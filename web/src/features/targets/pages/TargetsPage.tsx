// "Chỉ tiêu Nghị quyết Đại hội": an organization's targets for a term with the plan and the
// actual value of a year (computed ones from the report figures), summed up as "9/10 chỉ tiêu
// đạt và vượt"; new targets, a year's values, voiding.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Row, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { useMeta } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { getTargets, voidTarget } from '../api';
import { TargetFormModal } from '../components/TargetFormModal';
import { TargetYearModal } from '../components/TargetYearModal';
import type { CongressTarget } from '../types';

function currentTerm(codes: string[]): string {
  const year = new Date().getFullYear();
  return codes.find((c) => Number(c.slice(0, 4)) <= year && year <= Number(c.slice(5, 9)) && Number(c.slice(0, 4)) !== year) ?? codes[codes.length - 1] ?? '2025-2030';
}

export default function TargetsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { meta } = useMeta();
  const { params, update } = usePageParams();
  const terms = (meta?.congress_terms ?? []).map((t) => t.code);
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const term = params.get('term') || currentTerm(terms);
  const year = Number(params.get('year')) || undefined;
  const remote = useRemote((signal) => getTargets(orgId, term, year, signal), JSON.stringify([orgId, term, year]));
  const board = remote.data;
  const shownYear = board?.year ?? year ?? new Date().getFullYear();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CongressTarget | null>(null);
  const [voiding, setVoiding] = useState<CongressTarget | null>(null);
  const canWrite = can('target.write');
  const yearOf = (t: CongressTarget) => t.years.find((y) => y.year === shownYear);
  const value = (t: CongressTarget, v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatNumber(v)}${t.unit === '%' ? '%' : ''}`);

  const columns: TableColumnsType<CongressTarget> = [
    { title: 'Chỉ tiêu', key: 'title', render: (_, t) => (t.indicator ? <Space direction="vertical" size={0}>{t.title}<Tag color="blue">Tính từ số liệu</Tag></Space> : t.title) },
    { title: 'Kế hoạch', key: 'plan', width: 110, align: 'right', render: (_, t) => `${t.comparison === 'at_most' ? '≤' : '≥'} ${value(t, yearOf(t)?.plan)}` },
    { title: 'Thực hiện', key: 'actual', width: 110, align: 'right', render: (_, t) => value(t, yearOf(t)?.actual) },
    {
      title: 'Đánh giá',
      key: 'met',
      width: 110,
      render: (_, t) => {
        const met = yearOf(t)?.met;
        return met === null || met === undefined ? '' : <Tag color={met ? 'green' : 'red'}>{met ? 'Đạt, vượt' : 'Chưa đạt'}</Tag>;
      },
    },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'actions',
      width: 110,
      render: (_, t) => (
        <Space size={0}>
          <Button size="small" type="link" aria-label={`Ghi năm: ${t.title}`} onClick={() => setEditing(t)}>
            Ghi
          </Button>
          <Button size="small" type="link" danger onClick={() => setVoiding(t)}>
            Hủy
          </Button>
        </Space>
      ),
    });
  }
  const years = board?.targets[0]?.years.map((y) => y.year) ?? [];

  return (
    <>
      <PageTitle
        title="Chỉ tiêu Nghị quyết Đại hội"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Thêm chỉ tiêu
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={14} md={7}>
              <Form.Item label="Nhiệm kỳ">
                <Select value={term} aria-label="Nhiệm kỳ" options={terms.map((c) => ({ value: c, label: `Nhiệm kỳ ${c.replace('-', '–')}` }))} onChange={(v: string) => update({ term: v, year: undefined })} />
              </Form.Item>
            </Col>
            <Col xs={10} md={5}>
              <Form.Item label="Năm">
                <Select value={shownYear} aria-label="Năm" options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(v: number) => update({ year: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={board ? `Năm ${board.year}: ${formatNumber(board.met)}/${formatNumber(board.measured)} chỉ tiêu đạt và vượt` : 'Chỉ tiêu'}>
        <LoadError error={remote.error} />
        <Table<CongressTarget>
          rowKey="id"
          columns={columns}
          dataSource={board?.targets ?? []}
          loading={remote.loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có chỉ tiêu nào của nhiệm kỳ' }}
          pagination={false}
        />
      </Card>
      <TargetFormModal
        open={adding}
        orgId={orgId}
        term={term}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          message.success('Đã thêm chỉ tiêu.');
          remote.reload();
        }}
      />
      <TargetYearModal
        target={editing}
        year={shownYear}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          message.success('Đã ghi.');
          remote.reload();
        }}
      />
      <ReasonModal
        open={voiding !== null}
        title={`Hủy chỉ tiêu "${voiding?.title ?? ''}"`}
        onClose={() => setVoiding(null)}
        onVoid={async (reason) => {
          await voidTarget(voiding!.id, reason);
          setVoiding(null);
          message.success('Đã hủy chỉ tiêu.');
          remote.reload();
        }}
      />
    </>
  );
}
