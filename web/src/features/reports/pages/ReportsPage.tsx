import { AimOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Empty, Flex, Progress, Row, Segmented, Skeleton, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LoadError } from '../../../shared/components/LoadError';
import { getFlows } from '../api';
import type { Flow, FlowReport } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { FlowPeopleDrawer } from '../components/FlowPeopleDrawer';
import { TargetModal } from '../components/TargetModal';
import { useRemote } from '../../../shared/hooks/useRemote';
import { DATE_FORMAT, formatDate, formatNumber, formatPercent, fromIsoDate, ISO_DATE } from '../../../shared/lib/format';
import { isPreset, PERIOD_LABELS, PERIOD_PRESETS, presetRange, type PeriodPreset } from '../periods';

/** The flows shown as cards above the table. */
const HEADLINE = ['admitted', 'recognized', 'transferred_out', 'transferred_in', 'card_issued'];

function CountButton({ flow, onOpen }: { flow: Flow; onOpen: (f: Flow) => void }) {
  if (flow.count === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Button
      type="link"
      className="count-link"
      onClick={() => onOpen(flow)}
      aria-label={`${flow.label}: ${formatNumber(flow.count)} – xem danh sách`}
    >
      {formatNumber(flow.count)}
    </Button>
  );
}

/** "2026" or "2025–2026": the years whose targets the report adds up. */
function years(r: FlowReport): string {
  const a = r.from.slice(0, 4);
  const b = r.to.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}

function AdmissionCard({ report, flow, onOpen }: { report: FlowReport; flow: Flow; onOpen: (f: Flow) => void }) {
  const pct = report.admission_percent;
  return (
    <Card className="flow-card flow-card-main" hoverable={flow.count > 0} onClick={() => flow.count > 0 && onOpen(flow)}>
      <Statistic title={flow.label} value={flow.count} formatter={(v) => formatNumber(Number(v))} suffix="người" />
      {pct !== null ? (
        <>
          <Progress percent={Math.min(100, pct)} showInfo={false} strokeColor="#b91c1c" size="small" />
          <Typography.Text className="flow-target">
            {formatPercent(pct)} chỉ tiêu ({formatNumber(flow.count)}/{formatNumber(report.admission_target)})
          </Typography.Text>
          <Typography.Text type="secondary" className="flow-target-years">
            Chỉ tiêu kết nạp năm {years(report)}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary" className="flow-target">
          Chưa đặt chỉ tiêu kết nạp cho kỳ này
        </Typography.Text>
      )}
    </Card>
  );
}

export default function ReportsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [people, setPeople] = useState<Flow | null>(null);
  const [targetOpen, setTargetOpen] = useState(false);

  const orgId = Number(params.get('org_id')) || user?.org_id || undefined;
  const rawPeriod = params.get('period');
  const period: PeriodPreset = isPreset(rawPeriod) ? rawPeriod : 'year';
  const preset = presetRange(period);
  const from = preset ? preset[0] : (params.get('from') ?? dayjs().startOf('year').format(ISO_DATE));
  const to = preset ? preset[1] : (params.get('to') ?? dayjs().format(ISO_DATE));
  const { data, error, loading, reload } = useRemote(
    (signal) => (orgId ? getFlows(orgId, from, to, signal) : Promise.reject(new Error('no org'))),
    `${orgId ?? ''}:${from}:${to}`,
  );

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const report = data && data.org_id === orgId ? data : undefined;
  const flows = report?.flows ?? [];
  const headline = HEADLINE.map((k) => flows.find((f) => f.kind === k)).filter((f): f is Flow => !!f);

  const columns: TableColumnsType<Flow> = [
    { title: 'Loại biến động', dataIndex: 'label', key: 'label' },
    {
      title: 'Số lượng',
      dataIndex: 'count',
      key: 'count',
      align: 'right',
      width: 160,
      render: (_: number, f) => <CountButton flow={f} onOpen={setPeople} />,
    },
  ];

  return (
    <>
      <PageTitle
        title="Báo cáo biến động đảng viên"
        extra={
          user &&
          can('org.write') && (
            <Button icon={<AimOutlined />} onClick={() => setTargetOpen(true)}>
              Đặt chỉ tiêu kết nạp
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <div style={{ width: 320 }}>
            <Typography.Text className="field-caption">Tổ chức đảng</Typography.Text>
            <OrgTreeSelect
              value={orgId}
              onChange={(v) => set({ org_id: v ? String(v) : undefined })}
              aria-label="Tổ chức đảng"
            />
          </div>
          <div>
            <Typography.Text className="field-caption">Kỳ báo cáo</Typography.Text>
            <Segmented<PeriodPreset>
              value={period}
              options={PERIOD_PRESETS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
              onChange={(p) =>
                set(
                  p === 'custom'
                    ? { period: p, from, to }
                    : { period: p === 'year' ? undefined : p, from: undefined, to: undefined },
                )
              }
            />
          </div>
          {period === 'custom' && (
            <div>
              <Typography.Text className="field-caption">Từ ngày – đến ngày</Typography.Text>
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                value={[fromIsoDate(from), fromIsoDate(to)]}
                allowClear={false}
                placeholder={['Từ ngày', 'Đến ngày']}
                onChange={(range) => {
                  if (range?.[0] && range[1]) set({ from: range[0].format(ISO_DATE), to: range[1].format(ISO_DATE) });
                }}
              />
            </div>
          )}
        </Flex>
      </Card>

      {!orgId && <Empty description="Chọn một tổ chức đảng để xem báo cáo." />}
      {orgId && <LoadError error={error} />}
      {orgId && !report && loading && <Skeleton active paragraph={{ rows: 8 }} />}
      {report && (
        <>
          <Typography.Title level={5} className="report-heading">
            {report.org_name} · từ ngày {formatDate(report.from)} đến ngày {formatDate(report.to)}
          </Typography.Title>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {headline.map((f) => (
              <Col key={f.kind} xs={24} sm={12} lg={f.kind === 'admitted' ? 8 : 4}>
                {f.kind === 'admitted' ? (
                  <AdmissionCard report={report} flow={f} onOpen={setPeople} />
                ) : (
                  <Card className="flow-card" hoverable={f.count > 0} onClick={() => f.count > 0 && setPeople(f)}>
                    <Statistic title={f.label} value={f.count} formatter={(v) => formatNumber(Number(v))} />
                  </Card>
                )}
              </Col>
            ))}
          </Row>
          <Card title="Tất cả biến động trong kỳ" extra={<Typography.Text type="secondary">Bấm vào số để xem danh sách</Typography.Text>}>
            <Table<Flow>
              rowKey="kind"
              size="middle"
              columns={columns}
              dataSource={flows}
              loading={loading}
              pagination={false}
              className="flow-table"
            />
          </Card>
        </>
      )}

      {orgId && (
        <FlowPeopleDrawer orgId={orgId} from={from} to={to} flow={people} onClose={() => setPeople(null)} />
      )}
      <TargetModal
        open={targetOpen}
        orgId={orgId}
        year={dayjs(to).year()}
        onClose={() => setTargetOpen(false)}
        onSaved={(_org, year, target) => {
          setTargetOpen(false);
          message.success(`Đã đặt chỉ tiêu kết nạp năm ${year}: ${formatNumber(target)} người.`);
          reload();
        }}
      />
    </>
  );
}
