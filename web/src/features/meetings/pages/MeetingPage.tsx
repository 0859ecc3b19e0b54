// One meeting: its record, the minutes and the attendance taken in one tap per member.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { getMeeting, voidMeeting } from '../api';
import { AttendanceList } from '../components/AttendanceList';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { MinutesCard } from '../components/MinutesCard';
import type { MeetingDetail } from '../types';

export default function MeetingPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remote = useRemote((signal) => getMeeting(id, signal), String(id));
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const [voidForm] = Form.useForm<{ reason: string }>();
  const kindLabel = useLabel('meeting_kind');
  const statusLabel = useLabel('meeting_status');
  const qualityLabel = useLabel('meeting_quality');
  useEffect(() => setMeeting(remote.data ?? null), [remote.data]);
  const canWrite = can('meeting.write');
  const m = meeting;

  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/sinh-hoat">Sinh hoạt chi bộ</Link> }, { title: m ? formatDate(m.held_on || m.planned_on) : '…' }]} />
      <PageTitle
        title={m ? `${kindLabel(m.kind)} ${formatDate(m.held_on || m.planned_on)}` : 'Buổi sinh hoạt'}
        extra={
          canWrite &&
          m && (
            <Space wrap>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Ghi kết quả
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={() => setVoiding(true)}>
                Hủy buổi
              </Button>
            </Space>
          )
        }
      />
      <LoadError error={remote.error} />
      {m && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="Tổ chức">{m.org_name}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <Tag color={m.status === 'held' ? 'green' : 'blue'}>{statusLabel(m.status)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="Ngày sinh hoạt">{formatDate(m.held_on) || '—'}</Descriptions.Item>
              <Descriptions.Item label="Ngày dự kiến">{formatDate(m.planned_on) || '—'}</Descriptions.Item>
              <Descriptions.Item label="Nội dung" span={2}>
                {m.topic}
              </Descriptions.Item>
              <Descriptions.Item label="Chủ trì">{m.chair_name || '—'}</Descriptions.Item>
              <Descriptions.Item label="Thư ký">{m.recorder_name || '—'}</Descriptions.Item>
              <Descriptions.Item label="Cấp ủy cấp trên dự">{m.higher_name || '—'}</Descriptions.Item>
              <Descriptions.Item label="Xếp loại chất lượng">{m.quality ? qualityLabel(m.quality) : '—'}</Descriptions.Item>
              <Descriptions.Item label="Nghị quyết, kết luận" span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{m.resolution || '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {m.status === 'held' ? (
            <AttendanceList meeting={m} canWrite={canWrite} onChanged={setMeeting} />
          ) : (
            <Card title="Điểm danh">Ghi ngày sinh hoạt (nút “Ghi kết quả”) rồi điểm danh.</Card>
          )}
          <MinutesCard meeting={m} canWrite={canWrite} onSaved={() => remote.reload()} />
        </Space>
      )}
      {m && (
        <MeetingFormModal
          open={editing}
          meeting={m}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            message.success('Đã ghi buổi sinh hoạt.');
            remote.reload();
          }}
        />
      )}
      <FormModal<{ reason: string }>
        open={voiding}
        title="Hủy buổi sinh hoạt"
        okText="Hủy buổi"
        danger
        form={voidForm}
        formName="void"
        fields={['reason']}
        intro="Buổi sinh hoạt bị hủy không còn được tính trong số liệu; nhật ký vẫn giữ lại."
        save={async (v) => {
          await voidMeeting(id, v.reason.trim());
          message.success('Đã hủy buổi sinh hoạt.');
          navigate('/sinh-hoat');
        }}
        onClose={() => setVoiding(false)}
      >
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
