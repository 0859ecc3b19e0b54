// The committee's dashboard on the home page: key stocks and this year's flows of a subtree, members
// over ten years, admissions against target by TCCSĐ and the quality analysis of members as charts.
import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { categoryOption, Chart, pieOption } from '../../../shared/components/Chart';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, ISO_DATE } from '../../../shared/lib/format';
import {
  formatValue,
  getIndicators,
  groupLabel,
  indicatorsUnder,
  listIndicators,
  QUALITY_PREFIXES,
  shortLabel,
  type Indicator,
  type IndicatorValue,
} from '../../reports';

/** The stocks shown as figures at the top. */
const STOCKS = ['orgs.grassroots', 'members.total', 'members.official', 'members.probationary'];
/** The flows of the year shown under them. */
const FLOWS = ['flows.admitted', 'admission.percent', 'flows.recognized', 'transfers.in', 'transfers.out', 'flows.died'];
/** The stocks drawn over ten years. */
const HISTORY = ['members.official', 'members.probationary', 'members.total'];
/** How many TCCSĐ the admissions chart draws at most (those with the largest targets). */
const MAX_UNITS = 20;
/** Breakdowns with this many parts at most are drawn as a ring; more as bars. */
const MAX_PIE_PARTS = 4;

const present = (catalogue: readonly Indicator[], codes: readonly string[]) =>
  codes.filter((c) => catalogue.some((i) => i.code === c));

function Figure({ v, hint }: { v: IndicatorValue; hint?: string }) {
  return (
    <Card className="flow-card dashboard-figure" size="small">
      <Statistic title={v.label} value={formatValue(v.value, v.unit)} />
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
    </Card>
  );
}

function ChartCard({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Col xs={24} lg={12}>
      <Card title={title} extra={extra} className="chart-card" size="small">
        {children}
      </Card>
    </Col>
  );
}

/** Members at the end of each of the last ten years (this year: today); a year before the organization existed is left empty. */
function MembersHistory({ orgId, codes }: { orgId: number; codes: string[] }) {
  const today = dayjs();
  const years = Array.from({ length: 10 }, (_, i) => today.year() - 9 + i);
  const { data, error } = useRemote(
    (signal) =>
      Promise.allSettled(
        years.map((y) =>
          getIndicators(orgId, { codes, at: y === today.year() ? today.format(ISO_DATE) : `${y}-12-31` }, signal),
        ),
      ),
    `history:${orgId}:${codes.join(',')}`,
  );
  if (error) return <LoadError error={error} />;
  if (!data) return <Skeleton active />;
  const values = data.map((r) => (r.status === 'fulfilled' ? new Map(r.value.indicators.map((v) => [v.code, v])) : null));
  const series = codes.map((code) => {
    const label = values.find((m) => m?.get(code))?.get(code)?.label ?? code;
    return {
      name: label,
      data: values.map((m) => m?.get(code)?.value ?? null),
      ...(code === 'members.total' ? { kind: 'line' as const } : { stack: 'members' }),
    };
  });
  return <Chart aria-label="Số đảng viên qua mười năm" option={categoryOption(years.map(String), series)} />;
}

/** Admitted this year against the target, per TCCSĐ (or per direct unit where the server cannot split by TCCSĐ). */
function AdmissionsByUnit({ orgId, catalogue, year }: { orgId: number; catalogue: readonly Indicator[]; year: number }) {
  const admitted = catalogue.find((i) => i.code === 'flows.admitted');
  const byGrassroots = !!admitted?.breakdowns.includes('grassroots');
  const { data, error } = useRemote(
    (signal) =>
      getIndicators(
        orgId,
        { codes: ['flows.admitted', 'admission.target'], period: String(year), breakdown: byGrassroots ? 'grassroots' : 'unit' },
        signal,
      ),
    `admissions:${orgId}:${year}:${byGrassroots}`,
  );
  if (error) return <LoadError error={error} />;
  if (!data) return <Skeleton active />;
  const value = (vs: IndicatorValue[], code: string) => vs.find((v) => v.code === code)?.value ?? 0;
  const units = (data.units?.length ? data.units : [{ org: data.org, indicators: data.indicators }])
    .map((u) => ({ name: u.org.name, admitted: value(u.indicators, 'flows.admitted'), target: value(u.indicators, 'admission.target') }))
    .sort((a, b) => b.target - a.target || b.admitted - a.admitted)
    .slice(0, MAX_UNITS);
  const total = data.units?.length ?? 1;
  return (
    <>
      <Chart
        aria-label="Kết nạp so với chỉ tiêu theo tổ chức cơ sở đảng"
        height={Math.max(220, units.length * 34 + 60)}
        option={categoryOption(
          units.map((u) => u.name),
          [
            { name: 'Chỉ tiêu', data: units.map((u) => u.target) },
            { name: 'Đã kết nạp', data: units.map((u) => u.admitted) },
          ],
          { horizontal: true },
        )}
      />
      {total > MAX_UNITS && (
        <Typography.Text type="secondary" className="report-hint">
          {MAX_UNITS}/{total} tổ chức có chỉ tiêu lớn nhất; xem đủ ở <Link to={`/bao-cao?org_id=${orgId}`}>trang Báo cáo</Link>.
        </Typography.Text>
      )}
    </>
  );
}

/** One breakdown of the quality analysis (age bands, sex…) as a ring or as bars. */
function QualityChart({ title, parts }: { title: string; parts: IndicatorValue[] }) {
  const data = parts.map((p) => ({ name: shortLabel(p.label), value: p.value ?? 0 }));
  if (data.every((d) => d.value === 0)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có số liệu" />;
  return parts.length <= MAX_PIE_PARTS ? (
    <Chart aria-label={title} option={pieOption(data)} />
  ) : (
    <Chart
      aria-label={title}
      height={Math.max(220, parts.length * 30 + 40)}
      option={categoryOption(data.map((d) => d.name), [{ name: title, data: data.map((d) => d.value) }], { horizontal: true })}
    />
  );
}

/** Loaded apart from the home page (with ECharts), so the worklist does not wait for it. */
export default function Dashboard({ orgId }: { orgId: number }) {
  const year = dayjs().year();
  const catalogue = useRemote((signal) => listIndicators(signal), 'indicators');
  const list = catalogue.data?.items ?? [];
  const quality = QUALITY_PREFIXES.map((prefix) => ({ prefix, items: indicatorsUnder(list, prefix) })).filter((q) => q.items.length > 0);
  const codes = [...present(list, STOCKS), ...present(list, FLOWS), ...quality.flatMap((q) => q.items.map((i) => i.code))];
  const figures = useRemote(
    (signal) => (codes.length ? getIndicators(orgId, { codes, period: String(year) }, signal) : Promise.resolve(undefined)),
    `dashboard:${orgId}:${codes.join(',')}`,
  );
  const values = new Map((figures.data?.org.id === orgId ? figures.data.indicators : []).map((v) => [v.code, v]));
  const pick = (cs: readonly string[]) => cs.map((c) => values.get(c)).filter((v): v is IndicatorValue => !!v);
  const history = present(list, HISTORY);

  return (
    <section className="dashboard" aria-label="Tổng quan">
      <LoadError error={catalogue.error ?? figures.error} />
      {!figures.data && !figures.error && <Skeleton active paragraph={{ rows: 4 }} />}
      {values.size > 0 && (
        <>
          <Typography.Title level={5} className="report-heading">
            {figures.data?.org.name} · tại ngày {formatDate(figures.data?.at)}
          </Typography.Title>
          <Row gutter={[12, 12]} className="dashboard-figures">
            {pick(STOCKS).map((v) => (
              <Col key={v.code} xs={12} md={6}>
                <Figure v={v} />
              </Col>
            ))}
          </Row>
          <Typography.Title level={5} className="report-heading dashboard-subheading">
            Biến động năm {year}
          </Typography.Title>
          <Row gutter={[12, 12]} className="dashboard-figures">
            {pick(FLOWS).map((v) => (
              <Col key={v.code} xs={12} md={8} xl={4}>
                <Figure v={v} />
              </Col>
            ))}
          </Row>
        </>
      )}
      {list.length > 0 && (
        <Row gutter={[12, 12]} className="dashboard-charts">
          {history.length > 0 && (
            <ChartCard title="Đảng viên qua mười năm">
              <MembersHistory orgId={orgId} codes={history} />
            </ChartCard>
          )}
          {present(list, ['flows.admitted', 'admission.target']).length === 2 && (
            <ChartCard title={`Kết nạp đảng viên năm ${year} so với chỉ tiêu`}>
              <AdmissionsByUnit orgId={orgId} catalogue={list} year={year} />
            </ChartCard>
          )}
          {quality.map((q) => (
            <ChartCard key={q.prefix} title={`Đảng viên – ${groupLabel(q.prefix, q.items)}`}>
              <QualityChart title={groupLabel(q.prefix, q.items)} parts={pick(q.items.map((i) => i.code))} />
            </ChartCard>
          ))}
        </Row>
      )}
    </section>
  );
}
