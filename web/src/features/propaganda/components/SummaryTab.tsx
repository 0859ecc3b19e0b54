// "Tổng hợp": the year's propaganda figures of the subtree from the report engine — sessions and
// the participation rate (with its lowest and highest grassroots organization), conferences,
// connection points and participants, contests, Directive 05 units and models, opinion reports,
// and the collaborators serving at the year's end (or today).
import { Card, Col, Row, Statistic } from 'antd';
import { LoadError } from '../../../shared/components/LoadError';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber, formatPercent } from '../../../shared/lib/format';
import { getIndicators } from '../../reports';
import type { IndicatorAnswer } from '../../reports';

const CODES = [
  'propaganda.study_sessions',
  'propaganda.study_rate',
  'propaganda.conferences',
  'propaganda.conference_points',
  'propaganda.conference_participants',
  'propaganda.contests',
  'propaganda.contest_entries',
  'propaganda.d05_units',
  'propaganda.d05_models',
  'propaganda.d05_recognized',
  'propaganda.opinion_reports',
  'propaganda.collaborators',
];

function valueOf(a: IndicatorAnswer | undefined, code: string): number | null {
  return a?.indicators.find((i) => i.code === code)?.value ?? null;
}

/** The lowest and highest participation rate among the grassroots organizations that held sessions. */
function rateRange(a: IndicatorAnswer | undefined): string {
  const rates = (a?.units ?? []).map((u) => u.indicators.find((i) => i.code === 'propaganda.study_rate')?.value).filter((v): v is number => typeof v === 'number');
  if (!rates.length) return '';
  return `từ ${formatPercent(Math.min(...rates))} đến ${formatPercent(Math.max(...rates))}`;
}

export function SummaryTab({ orgId, year }: { orgId: number; year: number }) {
  const today = new Date().toISOString().slice(0, 10);
  const end = `${year}-12-31`;
  const q = { codes: CODES, period: String(year), at: end < today ? end : today, breakdown: 'grassroots' as const };
  const { data, error, loading } = useRemote((signal) => getIndicators(orgId, q, signal), JSON.stringify([orgId, q]));
  const tiles: { title: string; value: string; note?: string }[] = [
    { title: 'Buổi học tập, quán triệt nghị quyết', value: formatNumber(valueOf(data, 'propaganda.study_sessions')) },
    { title: 'Tỷ lệ đảng viên tham gia học tập', value: formatPercent(valueOf(data, 'propaganda.study_rate')), note: rateRange(data) },
    { title: 'Hội nghị trực tuyến', value: formatNumber(valueOf(data, 'propaganda.conferences')) },
    { title: 'Điểm cầu', value: formatNumber(valueOf(data, 'propaganda.conference_points')) },
    { title: 'Lượt người dự hội nghị', value: formatNumber(valueOf(data, 'propaganda.conference_participants')) },
    { title: 'Cuộc thi / bài dự thi', value: `${formatNumber(valueOf(data, 'propaganda.contests'))} / ${formatNumber(valueOf(data, 'propaganda.contest_entries'))}` },
    { title: 'Đơn vị đăng ký mô hình (Chỉ thị 05)', value: formatNumber(valueOf(data, 'propaganda.d05_units')) },
    { title: 'Mô hình đăng ký / được công nhận', value: `${formatNumber(valueOf(data, 'propaganda.d05_models'))} / ${formatNumber(valueOf(data, 'propaganda.d05_recognized'))}` },
    { title: 'Báo cáo dư luận xã hội', value: formatNumber(valueOf(data, 'propaganda.opinion_reports')) },
    { title: 'Cộng tác viên dư luận xã hội', value: formatNumber(valueOf(data, 'propaganda.collaborators')) },
  ];
  return (
    <>
      <LoadError error={error} />
      <Row gutter={[12, 12]}>
        {tiles.map((t) => (
          <Col xs={12} md={8} xl={6} key={t.title}>
            <Card size="small" loading={loading && !data}>
              <Statistic title={t.title} value={t.value || '—'} />
              {t.note && <div className="muted">{t.note}</div>}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
