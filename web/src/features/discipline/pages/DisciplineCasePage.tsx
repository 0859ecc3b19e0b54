// One discipline file (opening it is audited): the decision, its effect, the appeal within
// its window and the appeal's outcome.
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Form, Input, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, toIsoDate } from '../../../shared/lib/format';
import { decideAppeal, getDiscipline, lodgeAppeal, voidDiscipline } from '../api';
import { statusColor } from '../lib';
import type { DisciplineCase } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

interface AppealValues {
  appeal_on?: Dayjs | null;
}
interface OutcomeValues {
  outcome?: string;
  decided_on?: Dayjs | null;
  decision_no?: string;
  new_form?: string;
}

export default function DisciplineCasePage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remote = useRemote((signal) => getDiscipline(id, signal), String(id));
  const [c, setCase] = useState<DisciplineCase | null>(null);
  const [dialog, setDialog] = useState<'' | 'appeal' | 'outcome' | 'void'>('');
  const [appealForm] = Form.useForm<AppealValues>();
  const [outcomeForm] = Form.useForm<OutcomeValues>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const outcome = Form.useWatch('outcome', outcomeForm);
  const formLabel = useLabel('discipline_form');
  const statusLabel = useLabel('discipline_status');
  const outcomeLabel = useLabel('appeal_outcome');
  const memberStatusLabel = useLabel('member_status');
  const outcomes = useVocabOptions('appeal_outcome');
  const forms = useVocabOptions('discipline_form');
  useEffect(() => setCase(remote.data ?? null), [remote.data]);
  const canWrite = can('discipline.write');
  const saved = (next: DisciplineCase, text: string) => {
    setCase(next);
    setDialog('');
    message.success(text);
  };

  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/ky-luat">Kỷ luật</Link> }, { title: c ? c.decision_no : '…' }]} />
      <PageTitle
        title={c ? `${formLabel(c.effective_form)}: ${c.subject === 'member' ? c.member_name : c.org_name}` : 'Hồ sơ kỷ luật'}
        extra={
          canWrite &&
          c && (
            <Space wrap>
              {!c.appeal_on && c.status !== 'lapsed' && <Button onClick={() => setDialog('appeal')}>Ghi khiếu nại</Button>}
              {c.status === 'appealed' && (
                <Button type="primary" onClick={() => setDialog('outcome')}>
                  Ghi kết quả giải quyết khiếu nại
                </Button>
              )}
              {!c.effect_event_id && (
                <Button danger onClick={() => setDialog('void')}>
                  Hủy (ghi nhầm)
                </Button>
              )}
            </Space>
          )
        }
      />
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Hồ sơ mật: mỗi lần xem được ghi vào nhật ký thao tác." />
      <LoadError error={remote.error} />
      {c && (
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="Đối tượng">{c.subject === 'member' ? `Đảng viên ${c.member_name}` : `Tổ chức ${c.org_name}`}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{c.org_name}</Descriptions.Item>
            {c.subject === 'member' && <Descriptions.Item label="Đảng viên khi quyết định">{memberStatusLabel(c.member_status)}</Descriptions.Item>}
            {c.post && <Descriptions.Item label="Chức vụ">{c.post}</Descriptions.Item>}
            <Descriptions.Item label="Hình thức">
              {formLabel(c.form)}
              {c.effective_form !== c.form && ` → ${formLabel(c.effective_form)}`}
            </Descriptions.Item>
            <Descriptions.Item label="Hiệu lực">
              <Tag color={statusColor(c.status)}>{statusLabel(c.status)}</Tag>
              {c.lapses_on && c.status !== 'lapsed' && `hết hiệu lực ngày ${formatDate(c.lapses_on)} nếu không vi phạm mới`}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày vi phạm">{formatDate(c.violation_on)}</Descriptions.Item>
            <Descriptions.Item label="Quyết định">
              {c.decision_no} ngày {formatDate(c.decided_on)} — {c.handling_org_name}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày nhận quyết định">{formatDate(c.received_on) || '—'}</Descriptions.Item>
            <Descriptions.Item label="Hạn khiếu nại">{formatDate(c.appeal_until)}</Descriptions.Item>
            <Descriptions.Item label="Nội dung vi phạm" span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{c.violation}</span>
            </Descriptions.Item>
            <Descriptions.Item label="Khiếu nại">{c.appeal_on ? `Ngày ${formatDate(c.appeal_on)}` : 'Không'}</Descriptions.Item>
            <Descriptions.Item label="Kết quả giải quyết">
              {c.appeal_outcome ? `${outcomeLabel(c.appeal_outcome)} (${c.appeal_decision_no || 'không số'} ngày ${formatDate(c.appeal_decided_on)})` : '—'}
            </Descriptions.Item>
            {c.effect_event_id && (
              <Descriptions.Item label="Hiệu quả" span={2}>
                {c.form === 'expulsion' ? 'Đã ghi khai trừ vào lý lịch đảng viên.' : 'Đã ghi giải tán vào lịch sử tổ chức.'}
              </Descriptions.Item>
            )}
            {c.note && (
              <Descriptions.Item label="Ghi chú" span={2}>
                {c.note}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      {c && (
        <>
          <FormModal<AppealValues>
            open={dialog === 'appeal'}
            title="Ghi khiếu nại"
            okText="Ghi khiếu nại"
            form={appealForm}
            formName="appeal"
            initialValues={{ appeal_on: dayjs() }}
            fields={['appeal_on']}
            intro={`Khiếu nại trong ${formatDate(c.appeal_until)} (30 ngày kể từ ngày nhận quyết định).`}
            save={async (v) => saved(await lodgeAppeal(c.id, toIsoDate(v.appeal_on), c.version), 'Đã ghi khiếu nại.')}
            onClose={() => setDialog('')}
          >
            <Form.Item name="appeal_on" label="Ngày khiếu nại" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
              <DateInput />
            </Form.Item>
          </FormModal>
          <FormModal<OutcomeValues>
            open={dialog === 'outcome'}
            title="Kết quả giải quyết khiếu nại"
            okText="Ghi kết quả"
            form={outcomeForm}
            formName="appeal-outcome"
            initialValues={{ decided_on: dayjs() }}
            fields={['outcome', 'decided_on', 'decision_no', 'new_form']}
            save={async (v) =>
              saved(
                await decideAppeal(c.id, {
                  outcome: v.outcome!,
                  decided_on: toIsoDate(v.decided_on),
                  decision_no: v.decision_no?.trim() || undefined,
                  new_form: v.outcome === 'changed' ? v.new_form : undefined,
                  version: c.version,
                }),
                'Đã ghi kết quả giải quyết khiếu nại.',
              )
            }
            onClose={() => setDialog('')}
          >
            <Form.Item name="outcome" label="Kết quả" rules={[{ required: true, message: 'Vui lòng chọn kết quả.' }]}>
              <Select options={outcomes} />
            </Form.Item>
            {outcome === 'changed' && (
              <Form.Item name="new_form" label="Hình thức mới" rules={[{ required: true, message: 'Vui lòng chọn hình thức.' }]}>
                <Select options={forms} />
              </Form.Item>
            )}
            <Form.Item name="decided_on" label="Ngày giải quyết" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="decision_no" label="Số quyết định giải quyết">
              <Input maxLength={100} />
            </Form.Item>
          </FormModal>
          <FormModal<{ reason: string }>
            open={dialog === 'void'}
            title="Hủy hồ sơ ghi nhầm"
            okText="Hủy hồ sơ"
            danger
            form={voidForm}
            formName="void-discipline"
            fields={['reason']}
            save={async (v) => {
              await voidDiscipline(c.id, v.reason.trim());
              message.success('Đã hủy hồ sơ.');
              navigate('/ky-luat');
            }}
            onClose={() => setDialog('')}
          >
            <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Vui lòng nhập lý do.' }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </>
  );
}
