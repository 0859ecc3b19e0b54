import { Alert, App, Button, Card, Col, Flex, Form, Input, Radio, Row, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { getMember, getMemberTimeline, type Member, MemberBreadcrumb, MemberCard, type MemberEvent } from '../../members';
import { getRules } from '../../admin';
import { getWorklist, recognizeMember } from '../api';
import type { RecognitionInput } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, toIsoDate } from '../../../shared/lib/format';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { LoadError } from '../../../shared/components/LoadError';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  recognize: boolean;
  resolution_on?: Dayjs | null;
  decision_no?: string;
  decision_date?: Dayjs | null;
  reason?: string;
}

const FIELDS = ['resolution_on', 'decision_no', 'decision_date', 'reason'];

/** The ceremony day recorded with the admission (the day probation counts from). */
function ceremonyOf(events: MemberEvent[] | undefined): string {
  const admitted = events?.filter((e) => e.kind === 'admitted' && !e.voided_at).pop();
  const detail = admitted?.detail;
  if (detail && typeof detail === 'object' && typeof detail.ceremony_on === 'string') return detail.ceremony_on;
  return '';
}

/** What the server's worklist says about this member's probation (its end and the last day to decide). */
function useProbationNote(m: Member | undefined) {
  const { data } = useRemote(
    (signal) => (m ? getWorklist(m.org_id, { member_id: m.id }, signal) : Promise.resolve(null)),
    m ? `worklist:${m.org_id}:${m.id}` : 'none',
  );
  return data?.items.find((w) => w.member_id === m?.id && (w.kind === 'probation_ending' || w.kind === 'recognition_overdue'));
}

function RecognitionForm({ member }: { member: Member }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { busy: saving, problem, setProblem, run } = useSubmit({
    form,
    fields: FIELDS,
    errorTitle: 'Không ghi nhận được',
    rule: { title: 'Chưa xét được', type: 'error', statuses: [422] },
  });
  const recognize = Form.useWatch('recognize', form) ?? true;

  const submit = (v: Values) => {
    const body: RecognitionInput = {
      resolution_on: toIsoDate(v.resolution_on),
      decision_no: v.decision_no?.trim() ?? '',
      decision_date: toIsoDate(v.decision_date) || undefined,
      recognize: v.recognize,
      reason: v.recognize ? undefined : v.reason?.trim(),
    };
    return run(async () => {
      const r = await recognizeMember(member.id, body);
      for (const w of r.warnings) message.warning(w.message, 8);
      if (r.status === 'official') {
        message.success(`Đã công nhận đồng chí ${member.full_name} là đảng viên chính thức từ ngày ${formatDate(r.official_on)}.`);
      } else {
        message.success(`Đã ghi nhận không công nhận đảng viên chính thức: đồng chí ${member.full_name} bị xóa tên.`);
      }
      navigate(`/dang-vien/${member.id}?tab=dong-thoi-gian`);
    });
  };

  return (
    <Form
      form={form}
      name="recognition"
      layout="vertical"
      initialValues={{ recognize: true }}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => setProblem(null)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item name="recognize" label="Kết quả xét của chi bộ">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: 'Công nhận đảng viên chính thức' },
            { value: false, label: 'Không công nhận (xóa tên)' },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="resolution_on"
            label="Ngày nghị quyết chi bộ"
            rules={[{ required: true, message: 'Vui lòng chọn ngày nghị quyết của chi bộ.' }, validDateRule]}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="decision_no" label="Số quyết định của cấp ủy" rules={[{ max: 100, message: 'Tối đa 100 ký tự.' }]}>
            <Input autoComplete="off" placeholder="Ví dụ: 215-QĐ/ĐUK" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item rules={[validDateRule]} name="decision_date" label="Ngày quyết định">
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      {!recognize && (
        <Form.Item
          name="reason"
          label="Lý do không công nhận"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do không công nhận.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      )}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={() => navigate(`/dang-vien/${member.id}`)}>Hủy</Button>
        <Button type="primary" danger={!recognize} htmlType="submit" loading={saving}>
          {recognize ? 'Công nhận chính thức' : 'Ghi nhận không công nhận'}
        </Button>
      </Flex>
    </Form>
  );
}

export default function RecognitionPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { data: m, error, loading } = useRemote((signal) => getMember(id, signal), String(id));
  const timeline = useRemote((signal) => getMemberTimeline(id, signal), String(id));
  const rules = useRemote((signal) => getRules(undefined, signal), 'rules');
  const note = useProbationNote(m);
  const canEdit = can('member.write');
  const ceremony = ceremonyOf(timeline.data?.items);
  const months = rules.data?.probation_months ?? 12;

  return (
    <>
      <MemberBreadcrumb member={m} here="Xét công nhận chính thức" />
      <PageTitle title="Xét công nhận đảng viên chính thức" />
      <LoadError error={error} />
      {!m && loading && <Skeleton active paragraph={{ rows: 6 }} />}
      {m && (
        <Row gutter={16}>
          <Col xs={24} xl={8}>
            <MemberCard
              member={m}
              title="Đảng viên dự bị"
              more={[
                ...(ceremony ? [{ key: 'ceremony', label: 'Lễ kết nạp', children: formatDate(ceremony) }] : []),
                ...(m.introducers ? [{ key: 'intro', label: 'Người giới thiệu', children: m.introducers }] : []),
              ]}
            />
            {note ? (
              <Alert
                type={note.overdue ? 'error' : 'info'}
                showIcon
                message={note.title}
                description={note.detail}
                style={{ marginBottom: 16 }}
              />
            ) : (
              <Alert
                type="info"
                showIcon
                message={`Thời gian dự bị là ${formatNumber(months)} tháng kể từ ngày kết nạp.`}
                description={`Chi bộ xét công nhận trong ${formatNumber(rules.data?.recognition_deadline_working_days ?? 30)} ngày làm việc sau khi hết dự bị; ngày chính thức là ngày hết dự bị dù chi bộ họp muộn hơn.`}
                style={{ marginBottom: 16 }}
              />
            )}
          </Col>
          <Col xs={24} xl={16}>
            <Card title="Nghị quyết của chi bộ">
              {m.status !== 'probationary' ? (
                <Alert
                  type="warning"
                  showIcon
                  message={`Đồng chí ${m.full_name} không phải đảng viên dự bị (${m.status_label.toLowerCase()}).`}
                  description="Chỉ xét công nhận chính thức cho đảng viên dự bị."
                />
              ) : canEdit ? (
                <RecognitionForm member={m} />
              ) : (
                <Typography.Text type="secondary">Bí thư chi bộ hoặc cán bộ tổ chức ghi nhận việc xét công nhận.</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
