import { Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../../shared/api/client';
import { listMembers, type MemberSummary } from '../../members';
import { recordCandidateStep } from '../api';
import type { Candidate, CandidateStepInput, CandidateStepResult } from '../types';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useRemote } from '../../../shared/hooks/useRemote';
import { type FormProblem, useSubmit } from '../../../shared/hooks/useSubmit';
import type { StepInfo } from '../lib';
import { formatDate, formatNumber, fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { matchesWords } from '../../../shared/lib/text';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';

interface Values {
  on?: Dayjs | null;
  certificate_no?: string;
  introducer1_id?: number;
  introducer2_id?: number;
  introducer1_since?: Dayjs | null;
  introducer2_since?: Dayjs | null;
  votes_for?: number | null;
  votes_total?: number | null;
  decision_no?: string;
}

const FIELDS = [
  'on',
  'certificate_no',
  'introducer1_id',
  'introducer2_id',
  'introducer1_since',
  'introducer2_since',
  'votes_for',
  'votes_total',
  'decision_no',
];


const datePicker = <DateInput />;

/** A rule the server refused the step on (422), or any error no field took. */
/** A changed file (409) offers a reload; a refusal by the rules (422) is told at the step. */
function stepProblem(err: unknown): FormProblem | undefined {
  if (err instanceof ApiError && err.status === 409) return { title: 'Hồ sơ đã thay đổi', detail: err.userMessage, conflict: true };
  if (err instanceof ApiError && err.status === 422) return { title: 'Không ghi nhận được: trái quy định', detail: err.userMessage };
  return undefined;
}

function initialValues(c: Candidate, step: StepInfo): Values {
  switch (step.step) {
    case 'class':
      return { on: fromIsoDate(c.class_completed_on), certificate_no: c.class_certificate_no || undefined };
    case 'dossier':
      return { on: fromIsoDate(c.dossier_completed_on) };
    case 'introducers':
      return {
        introducer1_id: c.introducer1_id ?? undefined,
        introducer2_id: c.introducer2_id ?? undefined,
        introducer1_since: fromIsoDate(c.introducer1_since),
        introducer2_since: fromIsoDate(c.introducer2_since),
      };
    default:
      return {};
  }
}

function body(c: Candidate, step: StepInfo, v: Values): CandidateStepInput {
  const out: CandidateStepInput = { step: step.step, on: toIsoDate(v.on), version: c.version };
  switch (step.step) {
    case 'class':
      out.certificate_no = v.certificate_no?.trim();
      break;
    case 'introducers':
      out.introducer1_id = v.introducer1_id;
      out.introducer2_id = v.introducer2_id;
      out.introducer1_since = toIsoDate(v.introducer1_since);
      out.introducer2_since = toIsoDate(v.introducer2_since);
      break;
    case 'vote':
      out.votes_for = v.votes_for ?? undefined;
      out.votes_total = v.votes_total ?? undefined;
      break;
    case 'decision':
      out.decision_no = v.decision_no?.trim();
      break;
    default:
      break;
  }
  return out;
}

/** The official members of the chi bộ: who may introduce and who votes. */
function useOfficialMembers(orgId: number) {
  return useRemote(
    (signal) => listMembers({ org_id: orgId, status: 'official', page_size: 500 }, signal),
    `official:${orgId}`,
  );
}

function memberOption(m: MemberSummary) {
  const admitted = m.admitted_on ? ` · vào Đảng ${formatDate(m.admitted_on)}` : '';
  return { value: m.id, label: m.full_name, title: `${m.full_name}${admitted}`, admitted };
}

function IntroducerFields({ orgId, n }: { orgId: number; n: 1 | 2 }) {
  const { data, loading, error } = useOfficialMembers(orgId);
  const other = n === 1 ? 'introducer2_id' : 'introducer1_id';
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item
          name={`introducer${n}_id`}
          label={`Người giới thiệu thứ ${n === 1 ? 'nhất' : 'hai'}`}
          dependencies={[other]}
          rules={[
            { required: true, message: 'Vui lòng chọn người giới thiệu.' },
            ({ getFieldValue }) => ({
              validator: (_r, v: number | undefined) =>
                v && v === getFieldValue(other)
                  ? Promise.reject(new Error('Hai người giới thiệu phải là hai đảng viên khác nhau.'))
                  : Promise.resolve(),
            }),
          ]}
          extra="Đảng viên chính thức của cùng chi bộ."
        >
          <Select
            showSearch
            loading={loading}
            placeholder="Chọn đảng viên chính thức"
            options={(data?.items ?? []).map(memberOption)}
            optionRender={(o) => (
              <span>
                {o.data.label}
                <Typography.Text type="secondary">{o.data.admitted}</Typography.Text>
              </span>
            )}
            filterOption={(input, o) => matchesWords(String(o?.label ?? ''), input)}
            notFoundContent={error ? 'Không tải được danh sách đảng viên' : 'Chi bộ chưa có đảng viên chính thức'}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={`introducer${n}_since`}
          label="Cùng công tác, học tập từ ngày"
          rules={[{ required: true, message: 'Vui lòng chọn ngày bắt đầu cùng công tác.' }, validDateRule]}
        >
          {datePicker}
        </Form.Item>
      </Col>
    </Row>
  );
}

function VoteFields({ orgId }: { orgId: number }) {
  const { data } = useOfficialMembers(orgId);
  const official = data?.total;
  return (
    <>
      <Col xs={12} md={8}>
        <Form.Item
          name="votes_for"
          label="Số tán thành"
          rules={[{ required: true, message: 'Vui lòng nhập số tán thành.' }, validNumberRule]}
        >
          <NumberInput min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="votes_total"
          label="Đảng viên chính thức dự họp"
          dependencies={['votes_for']}
          rules={[
            { required: true, message: 'Vui lòng nhập số đảng viên chính thức dự họp.' },
            ({ getFieldValue }) => ({
              validator: (_r, v: number | null | undefined) =>
                v != null && (getFieldValue('votes_for') ?? 0) > v
                  ? Promise.reject(new Error('Số tán thành không được lớn hơn số dự họp.'))
                  : Promise.resolve(),
            }), validNumberRule]}
        >
          <NumberInput min={1} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Typography.Paragraph type="secondary" className="step-hint vote-hint">
          Cần ít nhất hai phần ba số đảng viên chính thức của chi bộ tán thành
          {official !== undefined ? ` (hiện nay chi bộ có ${formatNumber(official)} đảng viên chính thức)` : ''}.
        </Typography.Paragraph>
      </Col>
    </>
  );
}

interface Props {
  candidate: Candidate;
  step: StepInfo;
  onRecorded: (result: CandidateStepResult) => void;
  onReload: () => void;
}

/** The form of one step: its date and the step's own fields; rule refusals shown at the step. */
export function StepForm({ candidate: c, step, onRecorded, onReload }: Props) {
  const [form] = Form.useForm<Values>();
  const { busy, problem, setProblem, run } = useSubmit({ form, fields: FIELDS, errorTitle: 'Không ghi nhận được', onError: stepProblem });

  const submit = (v: Values) => run(async () => onRecorded(await recordCandidateStep(c.id, body(c, step, v))));

  return (
    <Form
      form={form}
      name="step"
      layout="vertical"
      initialValues={initialValues(c, step)}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => problem && !problem.conflict && setProblem(null)}
      aria-label={step.action}
    >
      <ProblemAlert
        problem={problem}
        className="step-problem"
        action={
          problem?.conflict ? (
            <Button size="small" onClick={onReload}>
              Tải lại hồ sơ
            </Button>
          ) : undefined
        }
      />
      {step.step === 'introducers' ? (
        <>
          <IntroducerFields orgId={c.org_id} n={1} />
          <IntroducerFields orgId={c.org_id} n={2} />
        </>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="on"
            label={step.dateLabel}
            rules={[{ required: true, message: `Vui lòng chọn ${step.dateLabel.toLowerCase()}.` }, validDateRule]}
            extra={step.rule && <RuleNote rule={step.rule} />}
          >
            {datePicker}
          </Form.Item>
        </Col>
        {step.step === 'class' && (
          <Col xs={24} md={8}>
            <Form.Item
              name="certificate_no"
              label="Số giấy chứng nhận"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số giấy chứng nhận.' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        {step.step === 'decision' && (
          <Col xs={24} md={8}>
            <Form.Item
              name="decision_no"
              label="Số quyết định"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số quyết định.' }]}
            >
              <Input autoComplete="off" placeholder="Ví dụ: 125-QĐ/ĐUK" />
            </Form.Item>
          </Col>
        )}
        {step.step === 'vote' && <VoteFields orgId={c.org_id} />}
      </Row>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy}>
          {step.step === 'ceremony' ? 'Ghi nhận lễ kết nạp' : 'Ghi nhận'}
        </Button>
      </Flex>
    </Form>
  );
}
