import { App, Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../shared/api/client';
import { getMember, getMemberTimeline, type Member, MemberBreadcrumb, MemberCard, type MemberEvent } from '../../members';
import { getPartyAge, listRemovalReasons, recordMemberEvent, voidMemberEvent } from '../api';
import type { MemberEventVerb } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { NoteField, lifecycleErrors, PROBLEM_CLASS } from '../components/LifecycleFields';
import { DecisionFields, DECISION_FIELDS, decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, toIsoDate } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

interface Action {
  verb: MemberEventVerb;
  label: string;
  button: string;
  dateLabel: string;
  danger?: boolean;
  hint?: string;
}

const ACTIONS: Action[] = [
  { verb: 'card', label: 'Cấp thẻ đảng viên', button: 'Cấp thẻ', dateLabel: 'Ngày cấp thẻ', hint: 'Chỉ cấp thẻ cho đảng viên chính thức chưa có thẻ.' },
  { verb: 'card/reissue', label: 'Cấp lại thẻ đảng viên', button: 'Cấp lại thẻ', dateLabel: 'Ngày cấp lại' },
  { verb: 'exempt', label: 'Miễn công tác và sinh hoạt đảng', button: 'Ghi nhận miễn', dateLabel: 'Miễn từ ngày', hint: 'Cần có quyết định của chi bộ.' },
  { verb: 'exemption-end', label: 'Thôi miễn công tác và sinh hoạt đảng', button: 'Ghi nhận thôi miễn', dateLabel: 'Sinh hoạt lại từ ngày' },
  { verb: 'remove', label: 'Xóa tên', button: 'Xóa tên', dateLabel: 'Ngày xóa tên', danger: true, hint: 'Cần số quyết định.' },
  { verb: 'expel', label: 'Khai trừ', button: 'Khai trừ', dateLabel: 'Ngày khai trừ', danger: true, hint: 'Cần số quyết định; không áp dụng cho đảng viên dự bị.' },
  { verb: 'leave', label: 'Xin ra khỏi Đảng', button: 'Ghi nhận ra khỏi Đảng', dateLabel: 'Ngày ra khỏi Đảng', danger: true, hint: 'Cần số quyết định.' },
  { verb: 'death', label: 'Từ trần', button: 'Ghi nhận từ trần', dateLabel: 'Ngày từ trần', danger: true },
  { verb: 'readmit', label: 'Kết nạp lại', button: 'Kết nạp lại', dateLabel: 'Ngày kết nạp lại', hint: 'Ít nhất 36 tháng từ khi ra khỏi Đảng hoặc bị xóa tên đến ngày chi bộ biểu quyết; chỉ kết nạp lại một lần.' },
];

type Values = DecisionValues & {
  note?: string;
  card_no?: string;
  reason?: string;
  reason_text?: string;
  vote_on?: Dayjs | null;
  org_id?: number;
};

const FIELDS = [...DECISION_FIELDS, 'note', 'card_no', 'reason', 'reason_text', 'vote_on', 'org_id'];

function EventForm({ member, action, onDone }: { member: Member; action: Action; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const s = useSubmit({ form, fields: FIELDS, ...lifecycleErrors() });
  const reasons = useRemote((signal) => listRemovalReasons(signal), 'removal-reasons');
  const reason = Form.useWatch('reason', form);
  const { verb } = action;

  const submit = (v: Values) =>
    s.run(async () => {
      const r = await recordMemberEvent(member.id, verb, {
        ...decisionBody(v),
        note: v.note?.trim() || undefined,
        card_no: v.card_no?.trim() || undefined,
        reason: v.reason?.trim() || undefined,
        reason_text: v.reason_text?.trim() || undefined,
        vote_on: toIsoDate(v.vote_on) || undefined,
        org_id: v.org_id || undefined,
      });
      message.success(`Đã ghi nhận: ${r.kind_label || action.label}. Trạng thái: ${r.status_label}.`);
      form.resetFields();
      onDone();
    });

  return (
    <Form form={form} name={`event-${verb.replace('/', '-')}`} layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={() => s.setProblem(null)}>
      <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
      {action.hint && <Typography.Paragraph type="secondary">{action.hint}</Typography.Paragraph>}
      {(verb === 'card' || verb === 'card/reissue') && (
        <Form.Item
          name="card_no"
          label={verb === 'card' ? 'Số thẻ đảng viên' : 'Số thẻ mới'}
          rules={verb === 'card' ? [{ required: true, whitespace: true, message: 'Vui lòng nhập số thẻ.' }] : []}
          extra={verb === 'card/reissue' ? 'Để trống: giữ số thẻ cũ.' : undefined}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      {verb === 'card/reissue' && (
        <Form.Item name="reason" label="Lý do cấp lại" rules={[{ required: true, message: 'Vui lòng chọn lý do.' }]}>
          <Select
            options={[
              { value: 'lost', label: 'Mất thẻ' },
              { value: 'damaged', label: 'Thẻ bị hỏng' },
              { value: 'other', label: 'Lý do khác' },
            ]}
          />
        </Form.Item>
      )}
      {verb === 'exempt' && (
        <Form.Item name="reason" label="Lý do miễn" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do miễn.' }]}>
          <Input placeholder="Ví dụ: Tuổi cao, sức khỏe yếu" autoComplete="off" />
        </Form.Item>
      )}
      {verb === 'remove' && (
        <Form.Item name="reason" label="Lý do xóa tên" rules={[{ required: true, message: 'Vui lòng chọn lý do xóa tên.' }]}>
          <Select
            loading={reasons.loading}
            options={(reasons.data?.items ?? []).map((r) => ({ value: r.code, label: r.label }))}
            notFoundContent={reasons.error ? errorMessage(reasons.error) : undefined}
          />
        </Form.Item>
      )}
      {((verb === 'remove' || verb === 'card/reissue') && reason === 'other') && (
        <Form.Item name="reason_text" label="Ghi rõ lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi rõ lý do.' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      )}
      {verb === 'readmit' && (
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item rules={[validDateRule]} name="vote_on" label="Ngày chi bộ biểu quyết" extra="Để trống: ngày kết nạp lại.">
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="org_id" label="Chi bộ kết nạp lại" extra="Để trống: chi bộ sinh hoạt cuối cùng.">
              <OrgTreeSelect branchOnly allowClear />
            </Form.Item>
          </Col>
        </Row>
      )}
      <DecisionFields effectiveLabel={action.dateLabel} />
      <NoteField />
      <Flex justify="flex-end">
        <Button type="primary" danger={action.danger} htmlType="submit" loading={s.busy}>
          {action.button}
        </Button>
      </Flex>
    </Form>
  );
}

function VoidLatest({ member, event, onDone }: { member: Member; event: MemberEvent; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const s = useSubmit({ form, fields: ['reason'], ...lifecycleErrors('Không hủy được sự kiện') });
  const submit = (v: { reason?: string }) =>
    s.run(async () => {
      const r = await voidMemberEvent(member.id, event.id, v.reason?.trim() ?? '');
      message.success(`Đã hủy sự kiện "${event.kind_label}". Trạng thái: ${r.status_label}.`);
      setOpen(false);
      onDone();
    });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        Hủy sự kiện gần nhất
      </Button>
      <Modal
        open={open}
        title={`Hủy sự kiện: ${event.kind_label} (${formatDate(event.occurred_on)})`}
        okText="Hủy sự kiện"
        cancelText="Đóng"
        okButtonProps={{ danger: true, loading: s.busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnClose
      >
        <Typography.Paragraph type="secondary">
          Sự kiện được đánh dấu đã hủy (không xóa) và tác động của nó lên hồ sơ được hoàn lại.
        </Typography.Paragraph>
        <Form form={form} name="void-event" layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={() => s.setProblem(null)} preserve={false}>
          <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
          <Form.Item name="reason" label="Lý do hủy" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do hủy.' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export default function MemberEventsPage() {
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const { can } = useAuth();
  const canEdit = can('lifecycle.write');
  const member = useRemote((signal) => getMember(id, signal), String(id));
  const timeline = useRemote((signal) => getMemberTimeline(id, signal), String(id));
  const age = useRemote((signal) => getPartyAge(id, undefined, signal), String(id));
  const m = member.data;
  const verb = (params.get('su_kien') as MemberEventVerb | null) ?? 'card';
  const action = ACTIONS.find((a) => a.verb === verb) ?? ACTIONS[0]!;
  const latest = (timeline.data?.items ?? []).filter((e) => !e.voided_at).reduce<MemberEvent | null>((a, e) => (!a || e.id > a.id ? e : a), null);
  const refresh = () => {
    member.reload();
    timeline.reload();
    age.reload();
  };

  return (
    <>
      <MemberBreadcrumb member={m} here="Sự kiện đảng viên" />
      <PageTitle title="Sự kiện đảng viên" />
      <LoadError error={member.error} />
      {!m && member.loading && <Skeleton active paragraph={{ rows: 6 }} />}
      {m && (
        <Row gutter={16}>
          <Col xs={24} xl={8}>
            <MemberCard member={m} />
            <Card title="Tuổi đảng" size="small" style={{ marginBottom: 16 }} className="party-age">
              {age.error != null ? (
                <Typography.Text type="secondary">{errorMessage(age.error)}</Typography.Text>
              ) : age.data ? (
                <>
                  <Statistic
                    value={`${formatNumber(age.data.years)} năm ${formatNumber(age.data.months)} tháng ${formatNumber(age.data.days)} ngày`}
                  />
                  <Typography.Text type="secondary">
                    Tính đến ngày {formatDate(age.data.on)} · {formatNumber(age.data.counted_days)} ngày được tính
                  </Typography.Text>
                </>
              ) : (
                <Skeleton active paragraph={{ rows: 1 }} />
              )}
            </Card>
            <Card title="Sự kiện gần nhất" size="small" className="latest-event">
              {latest ? (
                <Flex vertical gap={8}>
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'kind', label: 'Sự kiện', children: latest.kind_label },
                      { key: 'on', label: 'Ngày', children: formatDate(latest.occurred_on) },
                      ...(latest.org_name ? [{ key: 'org', label: 'Đơn vị', children: latest.org_name }] : []),
                      ...(latest.decision_no ? [{ key: 'dec', label: 'Quyết định', children: latest.decision_no }] : []),
                    ]}
                  />
                  {canEdit && <VoidLatest member={m} event={latest} onDone={refresh} />}
                  <Link to={`/dang-vien/${m.id}?tab=dong-thoi-gian`}>Xem toàn bộ dòng thời gian</Link>
                </Flex>
              ) : (
                <Typography.Text type="secondary">Chưa có sự kiện nào.</Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={16}>
            <Card title="Ghi nhận sự kiện">
              {canEdit ? (
                <>
                  <Form layout="vertical">
                    <Form.Item label="Sự kiện">
                      <Select
                        aria-label="Sự kiện"
                        value={action.verb}
                        onChange={(v) => setParams({ su_kien: v }, { replace: true })}
                        options={ACTIONS.map((a) => ({ value: a.verb, label: a.label }))}
                      />
                    </Form.Item>
                  </Form>
                  <EventForm key={action.verb} member={m} action={action} onDone={refresh} />
                </>
              ) : (
                <Typography.Text type="secondary">Cán bộ tổ chức của cấp ủy ghi nhận các sự kiện của đảng viên.</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
