// "Thống kê sinh hoạt": per branch in a period, meetings held against due, attendance with the
// lowest and highest branch, higher-level attendance; members warned for unexcused absences.
import { Alert, Card, Col, Form, Input, Row, Statistic, Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { usePageParams } from '../../../shared/lib/paging';
import { formatDate, formatNumber, formatPercent } from '../../../shared/lib/format';
import { getAbsences, getMeetingStats } from '../api';
import type { AbsenceWarning, UnitMeetings } from '../types';

const pct = (v: number | null) => (v === null ? '—' : formatPercent(v));

const unitColumns: TableColumnsType<UnitMeetings> = [
  { title: 'Chi bộ', dataIndex: 'org_name', key: 'org_name' },
  {
    title: 'Thường kỳ',
    key: 'regular',
    width: 110,
    align: 'right',
    render: (_, u) => (
      <span style={{ color: u.regular < u.regular_due ? '#cf1322' : undefined }}>
        {formatNumber(u.regular)}/{formatNumber(u.regular_due)}
      </span>
    ),
  },
  { title: 'Chuyên đề', key: 'thematic', width: 110, align: 'right', render: (_, u) => `${formatNumber(u.thematic)}/${formatNumber(u.thematic_due)}` },
  { title: 'Tỷ lệ dự họp', key: 'pct', width: 120, align: 'right', render: (_, u) => pct(u.attendance_percent) },
  { title: 'Cấp trên dự', dataIndex: 'higher', key: 'higher', width: 110, align: 'right', render: (v: number) => formatNumber(v) },
];

const absenceColumns: TableColumnsType<AbsenceWarning> = [
  { title: 'Đảng viên', dataIndex: 'full_name', key: 'name', render: (n: string, a) => <Link to={`/dang-vien/${a.member_id}`}>{n}</Link> },
  { title: 'Chi bộ', dataIndex: 'org_name', key: 'org' },
  {
    title: 'Vắng không lý do',
    key: 'n',
    width: 150,
    render: (_, a) => <Tag color={a.removal_line ? 'red' : 'orange'}>{formatNumber(a.unexcused)} buổi</Tag>,
  },
  { title: 'Lần gần nhất', dataIndex: 'last_on', key: 'last', width: 120, render: (v: string) => formatDate(v) },
];

export default function MeetingStatsPage() {
  const { user } = useAuth();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = new Date().getFullYear();
  const period = params.get('period') || String(year);
  const stats = useRemote((signal) => getMeetingStats(orgId, period, page, pageSize, signal), `${orgId}:${period}:${page}:${pageSize}`);
  const absenceYear = Number(period.slice(0, 4)) || year;
  const absences = useRemote((signal) => getAbsences(orgId, absenceYear, signal), `${orgId}:${absenceYear}`);
  const s = stats.data;

  return (
    <>
      <PageTitle title="Thống kê sinh hoạt chi bộ" />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="Kỳ (năm 2025, quý 2025-Q3, tháng 2025-08)">
                <Input.Search key={period} defaultValue={period} aria-label="Kỳ" enterButton="Xem" onSearch={(v) => update({ period: v.trim() })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <LoadError error={stats.error} />
      {s && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="Sinh hoạt thường kỳ" value={`${formatNumber(s.total.regular)}/${formatNumber(s.total.regular_due)}`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="Chi bộ sinh hoạt đủ" value={`${formatNumber(s.units_meeting_all)}/${formatNumber(s.unit_count)}`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="Tỷ lệ dự họp" value={pct(s.total.attendance_percent)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="Thấp nhất – cao nhất" value={`${pct(s.min_percent)} – ${pct(s.max_percent)}`} />
              </Card>
            </Col>
          </Row>
          <Card title={`Theo chi bộ, ${formatDate(s.from)} – ${formatDate(s.to)}`} style={{ marginBottom: 16 }}>
            <Table<UnitMeetings> rowKey="org_id" columns={unitColumns} dataSource={s.units} size="small" scroll={{ x: 640 }} pagination={pagination(s.unit_count)} />
          </Card>
        </>
      )}
      <Card title={`Vắng sinh hoạt không lý do năm ${absenceYear}`}>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Nhắc nhở từ 2 buổi; 3 buổi trong năm là mức xem xét xóa tên (Điều lệ Đảng)." />
        <LoadError error={absences.error} />
        <Table<AbsenceWarning>
          rowKey="member_id"
          columns={absenceColumns}
          dataSource={absences.data?.items ?? []}
          loading={absences.loading}
          size="small"
          scroll={{ x: 560 }}
          locale={{ emptyText: 'Không có đảng viên nào vắng không lý do từ 2 buổi' }}
        />
      </Card>
    </>
  );
}
