// Hồ sơ của tôi: a member's own file and what concerns them, read on a phone first — party
// age, card, badges, this year's meetings with their own attendance, dues — and the requests
// to correct the file they sent, with a button to send one.
import { CheckCircleOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { getMyFile } from '../api';
import { CorrectionModal } from '../components/CorrectionModal';
import { CorrectionStateTag } from '../components/CorrectionStateTag';
import type { MyFile } from '../types';

const MARK_COLORS: Record<string, string> = { present: 'green', late: 'gold', excused: 'blue', unexcused: 'red' };

function monthLabel(key: string): string {
  const [y, m] = key.split('-');
  return `${Number(m)}/${y}`;
}

function Meetings({ file }: { file: MyFile }) {
  const kindLabel = useLabel('meeting_kind');
  const markLabel = useLabel('attendance_status');
  return (
    <Card title={`Sinh hoạt chi bộ năm ${file.dues.year}`} size="small">
      <List
        dataSource={file.meetings}
        locale={{ emptyText: 'Chi bộ chưa có lịch sinh hoạt năm nay.' }}
        renderItem={(m) => (
          <List.Item
            extra={
              m.my_status && m.my_status !== 'unmarked' ? (
                <Tag color={MARK_COLORS[m.my_status]}>{markLabel(m.my_status)}</Tag>
              ) : m.status === 'held' ? (
                <Tag>Chưa điểm danh</Tag>
              ) : (
                <Tag color="processing">Dự kiến</Tag>
              )
            }
          >
            <List.Item.Meta
              title={`${formatDate(m.held_on || m.planned_on)} · ${kindLabel(m.kind)}`}
              description={m.topic || undefined}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function Dues({ file }: { file: MyFile }) {
  const { dues } = file;
  return (
    <Card title={`Đảng phí năm ${dues.year}`} size="small">
      {dues.unpaid_months.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          message={`Chưa ghi nhận đảng phí ${dues.unpaid_months.length} tháng: ${dues.unpaid_months.map(monthLabel).join(', ')}`}
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} message="Đã đóng đủ đảng phí đến tháng này." style={{ marginBottom: 12 }} />
      )}
      <Flex wrap gap={8}>
        {dues.paid.map((p) => (
          <Tag key={p.month} color="green">
            Tháng {monthLabel(p.month)}: {formatNumber(p.paid)} đ
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

export default function MyFilePage() {
  const { data, error, loading, reload } = useRemote((signal) => getMyFile(signal), 'me');
  const file = data?.member ? (data as MyFile) : undefined;
  const statusLabel = useLabel('member_status');
  const [asking, setAsking] = useState(false);

  return (
    <>
      <PageTitle
        title="Hồ sơ của tôi"
        extra={
          file && (
            <Button icon={<EditOutlined />} onClick={() => setAsking(true)}>
              Đề nghị sửa hồ sơ
            </Button>
          )
        }
      />
      <LoadError error={error} />
      {!data && loading && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && !data.member && <Result status="info" title="Chưa có hồ sơ của tôi" subTitle={'message' in data ? data.message : undefined} />}
      {file && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card className="self-header">
            <Typography.Title level={3} className="self-name">
              {file.member.full_name}
            </Typography.Title>
            <Space wrap>
              <Tag color="red">{statusLabel(file.member.status)}</Tag>
              <Typography.Text>{file.member.org_name}</Typography.Text>
            </Space>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              style={{ marginTop: 12 }}
              items={[
                { key: 'age', label: 'Tuổi đảng', children: `${formatNumber(file.party_age.years)} năm ${formatNumber(file.party_age.months)} tháng` },
                { key: 'admitted', label: 'Ngày vào Đảng', children: formatDate(file.member.admitted_on) || '—' },
                { key: 'official', label: 'Ngày chính thức', children: formatDate(file.member.official_on) || '—' },
                {
                  key: 'card',
                  label: 'Thẻ đảng viên',
                  children: file.member.card_no ? `Số ${file.member.card_no}, cấp ngày ${formatDate(file.member.card_issued_on)}` : 'Chưa cấp',
                },
                { key: 'born', label: 'Ngày sinh', children: formatDate(file.member.birth_date) },
                { key: 'home', label: 'Quê quán', children: file.member.home_town || '—' },
              ]}
            />
          </Card>

          <Card title="Huy hiệu Đảng" size="small">
            {file.badges.length === 0 && !file.next_badge && <Empty description="Chưa có" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            <Flex vertical gap={8}>
              {file.badges.map((b) => (
                <Typography.Text key={`${b.milestone}-${b.round_on}`}>
                  Huy hiệu {b.milestone} năm tuổi Đảng
                  {b.awarded_on ? ` — trao ngày ${formatDate(b.awarded_on)}` : b.decision_on ? ` — quyết định ngày ${formatDate(b.decision_on)}` : ' — đang đề nghị'}
                </Typography.Text>
              ))}
              {file.next_badge && (
                <Typography.Text type="secondary">
                  Dự kiến đủ {file.next_badge.milestone} năm tuổi Đảng vào ngày {formatDate(file.next_badge.on)}.
                </Typography.Text>
              )}
            </Flex>
          </Card>

          <Meetings file={file} />
          <Dues file={file} />

          <Card title="Đề nghị sửa hồ sơ đã gửi" size="small">
            <List
              dataSource={file.corrections}
              locale={{ emptyText: 'Chưa gửi đề nghị nào.' }}
              renderItem={(c) => (
                <List.Item extra={<CorrectionStateTag state={c.state} />}>
                  <List.Item.Meta
                    title={`${c.field_label}: ${c.requested}`}
                    description={[`Gửi ngày ${formatDate(c.created_at)}`, c.resolution && `Trả lời: ${c.resolution}`].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Space>
      )}
      <CorrectionModal
        open={asking}
        onClose={() => setAsking(false)}
        onSent={() => {
          setAsking(false);
          reload();
        }}
      />
    </>
  );
}
