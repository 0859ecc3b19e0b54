// One inspection or supervision case: the team, dates and documents, the conclusion, and the
// dated follow-up until the fixes are done (closed on time or late).
import { App, Breadcrumb, Button, Card, Checkbox, Descriptions, Form, Input, Space, Tag, Timeline } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, toIsoDate } from '../../../shared/lib/format';
import { concludeInspection, getInspection, recordFollowUp } from '../api';
import type { InspectionCase } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

interface ConclusionValues {
  concluded_on?: Dayjs | null;
  violation?: boolean;
  conclusion?: string;
  remedies?: string;
  fix_due_on?: Dayjs | null;
}
interface StepValues {
  on?: Dayjs | null;
  note?: string;
  close?: boolean;
}

export default function InspectionCasePage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const remote = useRemote((signal) => getInspection(id, signal), String(id));
  const [c, setCase] = useState<InspectionCase | null>(null);
  const [dialog, setDialog] = useState<'' | 'conclude' | 'step'>('');
  const [conclusionForm] = Form.useForm<ConclusionValues>();
  const [stepForm] = Form.useForm<StepValues>();
  const kindLabel = useLabel('inspection_kind');
  const statusLabel = useLabel('inspection_status');
  useEffect(() => setCase(remote.data ?? null), [remote.data]);
  const canWrite = can('inspection.write');
  const saved = (next: InspectionCase, text: string) => {
    setCase(next);
    setDialog('');
    message.success(text);
  };

  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/kiem-tra">Kiểm tra, giám sát</Link> }, { title: c ? formatDate(c.started_on) : '…' }]} />
      <PageTitle
        title={c ? c.title : 'Cuộc kiểm tra, giám sát'}
        extra={
          canWrite &&
          c && (
            <Space wrap>
              {c.status === 'open' && (
                <Button type="primary" onClick={() => setDialog('conclude')}>
                  Ghi kết luận
                </Button>
              )}
              {c.status === 'concluded' && (
                <Button type="primary" onClick={() => setDialog('step')}>
                  Ghi theo dõi khắc phục
                </Button>
              )}
            </Space>
          )
        }
      />
      <LoadError error={remote.error} />
      {c && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="Loại">{kindLabel(c.kind)}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <Tag color={c.status === 'closed' ? 'green' : c.status === 'concluded' ? 'orange' : 'blue'}>{statusLabel(c.status)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="Đối tượng">{c.subject === 'member' ? `Đảng viên ${c.member_name}` : `Tổ chức ${c.org_name}`}</Descriptions.Item>
              <Descriptions.Item label="Cấp ủy tiến hành">{c.handling_org_name}</Descriptions.Item>
              <Descriptions.Item label="Thời gian">
                {formatDate(c.started_on)}
                {c.planned_end_on && ` – ${formatDate(c.planned_end_on)} (dự kiến)`}
              </Descriptions.Item>
              <Descriptions.Item label="Đoàn">{c.team || '—'}</Descriptions.Item>
              <Descriptions.Item label="Tài liệu" span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{c.documents || '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {c.concluded_on && (
            <Card title={`Kết luận ngày ${formatDate(c.concluded_on)}`}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label="Vi phạm">{c.violation ? <Tag color="red">Có vi phạm</Tag> : <Tag color="green">Không vi phạm</Tag>}</Descriptions.Item>
                <Descriptions.Item label="Kết luận">
                  <span style={{ whiteSpace: 'pre-wrap' }}>{c.conclusion}</span>
                </Descriptions.Item>
                <Descriptions.Item label="Phải khắc phục">{c.remedies || '—'}</Descriptions.Item>
                <Descriptions.Item label="Hạn khắc phục">{formatDate(c.fix_due_on) || '—'}</Descriptions.Item>
                {c.closed_on && (
                  <Descriptions.Item label="Kết thúc">
                    {formatDate(c.closed_on)} {c.closed_on_time ? <Tag color="green">Đúng hạn</Tag> : <Tag color="red">Quá hạn</Tag>}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
          {c.steps.length > 0 && (
            <Card title="Theo dõi khắc phục">
              <Timeline items={c.steps.map((s) => ({ children: `${formatDate(s.on)}: ${s.note} (${s.by})` }))} />
            </Card>
          )}
        </Space>
      )}
      {c && (
        <>
          <FormModal<ConclusionValues>
            open={dialog === 'conclude'}
            title="Ghi kết luận"
            okText="Ghi kết luận"
            form={conclusionForm}
            formName="conclusion"
            initialValues={{ concluded_on: dayjs(), violation: false }}
            fields={['concluded_on', 'violation', 'conclusion', 'remedies', 'fix_due_on']}
            save={async (v) =>
              saved(
                await concludeInspection(c.id, {
                  concluded_on: toIsoDate(v.concluded_on),
                  violation: !!v.violation,
                  conclusion: v.conclusion?.trim() ?? '',
                  remedies: v.remedies?.trim() || undefined,
                  fix_due_on: v.fix_due_on ? toIsoDate(v.fix_due_on) : undefined,
                  version: c.version,
                }),
                'Đã ghi kết luận.',
              )
            }
            onClose={() => setDialog('')}
          >
            <Form.Item name="concluded_on" label="Ngày kết luận" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="violation" valuePropName="checked">
              <Checkbox>Có vi phạm</Checkbox>
            </Form.Item>
            <Form.Item name="conclusion" label="Kết luận" rules={[{ required: true, message: 'Vui lòng nhập kết luận.' }]}>
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
            <Form.Item name="remedies" label="Nội dung phải khắc phục" extra="Để trống: cuộc kiểm tra kết thúc cùng kết luận.">
              <Input.TextArea rows={2} maxLength={10000} />
            </Form.Item>
            <Form.Item rules={[validDateRule]} name="fix_due_on" label="Hạn khắc phục">
              <DateInput anyDay />
            </Form.Item>
          </FormModal>
          <FormModal<StepValues>
            open={dialog === 'step'}
            title="Theo dõi khắc phục"
            okText="Ghi"
            form={stepForm}
            formName="follow-up"
            initialValues={{ on: dayjs(), close: false }}
            fields={['on', 'note', 'close']}
            save={async (v) =>
              saved(await recordFollowUp(c.id, { on: toIsoDate(v.on), note: v.note?.trim() ?? '', close: !!v.close }), 'Đã ghi theo dõi.')
            }
            onClose={() => setDialog('')}
          >
            <Form.Item name="on" label="Ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="note" label="Nội dung" rules={[{ required: true, message: 'Vui lòng nhập nội dung.' }]}>
              <Input.TextArea rows={2} maxLength={10000} />
            </Form.Item>
            <Form.Item name="close" valuePropName="checked">
              <Checkbox>Đã khắc phục xong: kết thúc cuộc kiểm tra</Checkbox>
            </Form.Item>
          </FormModal>
        </>
      )}
    </>
  );
}
