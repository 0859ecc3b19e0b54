// The flows view of the reports page: each kind of member event in the period as cards and a
// table, admissions against the target; a count opens the people behind it.
import { Button, Card, Col, Empty, Progress, Row, Skeleton, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber, formatPercent } from '../../../shared/lib/format';
import { getFlows } from '../api';
import { periodParams, periodWords, type Period } from '../periods';
import type { Flow, FlowReport } from '../types';
import { FlowPeopleDrawer } from './FlowPeopleDrawer';

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

interface Props {
  orgId: number | undefined;
  period: Period;
  /** Bumped by the page to load again (after a new target). */
  version: number;
}

export function FlowsView({ orgId, period, version }: Props) {
  const [people, setPeople] = useState<Flow | null>(null);
  const { data, error, loading } = useRemote(
    (signal) => (orgId ? getFlows(orgId, periodParams(period), signal) : Promise.reject(new Error('no org'))),
    `${orgId ?? ''}:${period.code ?? ''}:${period.from}:${period.to}:${version}`,
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
      width: 120,
      render: (_: number, f) => <CountButton flow={f} onOpen={setPeople} />,
    },
  ];

  if (!orgId) return <Empty description="Chọn một tổ chức đảng để xem báo cáo." />;
  return (
    <>
      <LoadError error={error} />
      {!report && loading && <Skeleton active paragraph={{ rows: 8 }} />}
      {report && (
        <>
          <Typography.Title level={5} className="report-heading">
            {report.org_name} · {periodWords(report.from, report.to)}
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
          <Card title="Tất cả biến động trong kỳ" extra={<Typography.Text type="secondary" className="flow-hint">Bấm vào số để xem danh sách</Typography.Text>}>
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
          <FlowPeopleDrawer orgId={orgId} from={report.from} to={report.to} flow={people} onClose={() => setPeople(null)} />
        </>
      )}
    </>
  );
}
