// Attendance in one tap per member, made for a phone held in one hand: each member's name with
// four large buttons in a 2 × 2 grid; a tap saves that member's mark at once.
import { App, Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../shared/api/client';
import { useLabel } from '../../../shared/hooks/useMeta';
import { formatNumber, formatPercent } from '../../../shared/lib/format';
import { markAttendance } from '../api';
import type { Attendee, AttendanceStatus, MeetingDetail } from '../types';

const STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'excused', 'unexcused'];
const DANGER: Partial<Record<AttendanceStatus, boolean>> = { unexcused: true };

interface Props {
  meeting: MeetingDetail;
  canWrite: boolean;
  onChanged: (m: MeetingDetail) => void;
}

export function AttendanceList({ meeting, canWrite, onChanged }: Props) {
  const { message } = App.useApp();
  const label = useLabel('attendance_status');
  const [busy, setBusy] = useState<number | null>(null);
  const a = meeting.attendance;
  const unmarked = meeting.roster.filter((m) => !m.status);

  const mark = async (marks: { member_id: number; status: AttendanceStatus }[], who: number) => {
    setBusy(who);
    try {
      onChanged(await markAttendance(meeting.id, marks));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title="Điểm danh"
      extra={
        canWrite &&
        unmarked.length > 0 && (
          <Button
            loading={busy === -1}
            onClick={() => void mark(unmarked.map((m) => ({ member_id: m.member_id, status: 'present' })), -1)}
          >
            Còn lại có mặt
          </Button>
        )
      }
    >
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Typography.Text>
          Đã điểm danh {formatNumber(a.marked)}/{formatNumber(meeting.roster.length)} đảng viên · có mặt {formatNumber(a.present)}, đến muộn{' '}
          {formatNumber(a.late)}, vắng có lý do {formatNumber(a.excused)}, vắng không lý do {formatNumber(a.unexcused)}
        </Typography.Text>
        <Typography.Text strong aria-label="Tỷ lệ dự họp">
          Tỷ lệ dự họp: {a.percent === null ? '—' : formatPercent(a.percent)}
        </Typography.Text>
        {a.percent !== null && <Progress percent={Math.round(a.percent)} showInfo={false} />}
      </Flex>
      {meeting.roster.length === 0 && <Typography.Text type="secondary">Chi bộ không có đảng viên phải dự vào ngày này.</Typography.Text>}
      <Flex vertical gap={12}>
        {meeting.roster.map((m: Attendee) => (
          <div key={m.member_id} className="attendance-row" data-member={m.member_id}>
            <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 6 }}>
              <Typography.Text strong>{m.full_name}</Typography.Text>
              {m.visiting && <Tag color="purple">Sinh hoạt tạm thời · {m.home_org_name}</Tag>}
              {!canWrite && m.status && <Tag>{label(m.status)}</Tag>}
            </Flex>
            {canWrite && (
              <div role="radiogroup" aria-label={`Điểm danh ${m.full_name}`} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }}>
                {STATUSES.map((s) => (
                  <Button
                    key={s}
                    role="radio"
                    aria-checked={m.status === s}
                    size="large"
                    type={m.status === s ? 'primary' : 'default'}
                    danger={DANGER[s] && m.status === s}
                    disabled={busy === m.member_id}
                    onClick={() => void mark([{ member_id: m.member_id, status: s }], m.member_id)}
                    style={{ minWidth: 0, whiteSpace: 'normal', height: 'auto', minHeight: 44 }}
                  >
                    {label(s)}
                  </Button>
                ))}
              </div>
            )}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
