// "Khen thưởng": the awards of a subtree decided in a year, counted as "8 tập thể, 14 cá
// nhân", filtered by subject and form; a new award; voiding one recorded by mistake.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage, saveDownload } from '../../../shared/api/client';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { exportRewards, listRewards, voidReward } from '../api';
import { RewardFormModal } from '../components/RewardFormModal';
import type { Reward } from '../types';

export default function RewardsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const subject = params.get('subject') ?? '';
  const form = params.get('form') ?? '';
  const forms = useVocabOptions('reward_form');
  const query = { from: `${year}-01-01`, to: `${year}-12-31`, subject: subject || undefined, form: form || undefined, page, page_size: pageSize };
  const remote = useRemote(
    (signal) => (orgId ? listRewards(orgId, query, signal) : Promise.resolve({ items: [], total: 0, collectives: 0, individuals: 0 })),
    JSON.stringify([orgId, query]),
  );
  const { data, error, loading } = remote;
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Reward | null>(null);
  const canWrite = can('reward.write');

  const columns: TableColumnsType<Reward> = [
    {
      title: 'Được khen thưởng',
      key: 'recipient',
      render: (_, r) => (r.member_id ? <Link to={`/dang-vien/${r.member_id}`}>{r.recipient}</Link> : r.recipient),
    },
    { title: 'Đối tượng', dataIndex: 'subject', key: 'subject', width: 100, render: (s: string) => (s === 'collective' ? 'Tập thể' : 'Cá nhân') },
    { title: 'Hình thức', key: 'form', responsive: ['sm'], render: (_, r) => `${r.form_label} — ${r.level_label}` },
    { title: 'Quyết định', key: 'decision', width: 190, responsive: ['md'], render: (_, r) => `${r.decision_no} ngày ${formatDate(r.decided_on)}` },
    { title: 'Thành tích', dataIndex: 'reason', key: 'reason', responsive: ['lg'] },
    { title: 'Tổ chức', dataIndex: 'org_name', key: 'org_name', responsive: ['xl'] },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'actions',
      width: 70,
      render: (_, r) => (
        <Button size="small" danger type="link" onClick={() => setVoiding(r)}>
          Hủy
        </Button>
      ),
    });
  }

  return (
    <>
      <PageTitle
        title="Khen thưởng"
        extra={
          <Space wrap>
            {orgId > 0 &&
              (['xlsx', 'docx'] as const).map((format) => (
                <Button
                  key={format}
                  icon={<DownloadOutlined />}
                  onClick={() => exportRewards(orgId, query, format).then(saveDownload, (e: unknown) => message.error(errorMessage(e)))}
                >
                  {format === 'xlsx' ? 'Xuất danh sách (Excel)' : 'Danh sách (Word)'}
                </Button>
              ))}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                Ghi khen thưởng
              </Button>
            )}
          </Space>
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
            <Col xs={16} md={5}>
              <Form.Item label="Đối tượng">
                <Select
                  value={subject}
                  aria-label="Đối tượng"
                  options={[
                    { value: '', label: 'Tất cả' },
                    { value: 'collective', label: 'Tập thể' },
                    { value: 'individual', label: 'Cá nhân' },
                  ]}
                  onChange={(v: string) => update({ subject: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Hình thức">
                <Select value={form} aria-label="Hình thức" options={[{ value: '', label: 'Tất cả' }, ...forms]} onChange={(v: string) => update({ form: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card title={data ? `Năm ${year}: ${formatNumber(data.collectives)} tập thể, ${formatNumber(data.individuals)} cá nhân được khen thưởng` : 'Khen thưởng'}>
        <LoadError error={error} />
        <Table<Reward>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có khen thưởng nào trong năm' }}
          pagination={pagination(data?.total)}
        />
      </Card>
      <RewardFormModal
        open={adding}
        orgId={orgId || undefined}
        onClose={() => setAdding(false)}
        onSaved={(r) => {
          setAdding(false);
          message.success(r.member_id ? 'Đã ghi khen thưởng và thêm vào hồ sơ đảng viên.' : 'Đã ghi khen thưởng.');
          remote.reload();
        }}
      />
      <ReasonModal
        open={voiding !== null}
        title={`Hủy khen thưởng của ${voiding?.recipient ?? ''}`}
        intro={voiding?.member_id ? 'Khen thưởng cũng được bỏ khỏi hồ sơ đảng viên.' : undefined}
        onClose={() => setVoiding(null)}
        onVoid={async (reason) => {
          await voidReward(voiding!.id, reason);
          setVoiding(null);
          message.success('Đã hủy khen thưởng.');
          remote.reload();
        }}
      />
    </>
  );
}
