// The year at a glance: the share rated "tốt" or better against the 90% targets (members and
// TCCSĐ, with the year before), the counts by level, and any TCCSĐ over the "xuất sắc" cap.
import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import type { LevelCounts, RatingSummary } from '../types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { formatNumber, formatPercent } from '../../../shared/lib/format';

function Share({ title, now, before, target }: { title: string; now: LevelCounts; before: LevelCounts; target: number }) {
  const pct = now.good_or_better_percent;
  const met = pct !== null && pct >= target;
  return (
    <div>
      <Statistic
        title={title}
        value={pct === null ? '—' : formatPercent(pct)}
        valueStyle={{ color: pct === null ? undefined : met ? '#389e0d' : '#cf1322' }}
      />
      <Typography.Text type="secondary">
        {formatNumber(now.good_or_better)}/{formatNumber(now.rated)} · chỉ tiêu ≥ {target}% · năm trước{' '}
        {before.good_or_better_percent === null ? '—' : formatPercent(before.good_or_better_percent)}
      </Typography.Text>
    </div>
  );
}

export function RatingSummaryCard({ summary }: { summary: RatingSummary }) {
  const levelLabel = useLabel('rating_level');
  const schemeLabel = useLabel('rating_scheme');
  const over = summary.quotas.filter((q) => q.exceeded);
  return (
    <Card title={`Năm ${summary.year} · ${schemeLabel(summary.scheme)}`} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Share title="Đảng viên hoàn thành tốt nhiệm vụ trở lên" now={summary.members} before={summary.previous.members} target={summary.target_percent} />
        </Col>
        <Col xs={24} md={12}>
          <Share title="Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên" now={summary.grassroots} before={summary.previous.grassroots} target={summary.target_percent} />
        </Col>
        <Col span={24}>
          <Typography.Text>
            {(Object.keys(summary.members.by_level) as (keyof LevelCounts['by_level'])[])
              .map((l) => `${levelLabel(l)}: ${formatNumber(summary.members.by_level[l])}`)
              .join(' · ')}
          </Typography.Text>
        </Col>
      </Row>
      {over.map((q) => (
        <Alert
          key={q.grassroots_id}
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message={`${q.name}: ${formatNumber(q.excellent)} đảng viên "xuất sắc", vượt quá ${q.max_percent}% của ${formatNumber(q.good)} đảng viên "tốt" (tối đa ${formatNumber(q.max_excellent)}). Chưa thể phê duyệt.`}
        />
      ))}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        Căn cứ: {summary.rules_source}
      </Typography.Paragraph>
    </Card>
  );
}
