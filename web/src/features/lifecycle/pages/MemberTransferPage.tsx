import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Skeleton, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getMember, type Member, MemberBreadcrumb, MemberCard } from '../../members';
import { transferInternal, transferOut, transferTemporary } from '../api';
import type { Transfer } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { LetterFields, LETTER_FIELDS, letterBody, NoteField, lifecycleErrors, PROBLEM_CLASS, type LetterValues } from '../components/LifecycleFields';
import { DecisionFields, DECISION_FIELDS, decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { toIsoDate } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';
import { DateInput } from '../../../shared/components/DateInput';
import { tableOptions } from '../../../shared/hooks/useMeta';
import { PURPOSE_LABELS } from '../components/TransferStateTag';
import { isDayjs, validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';

type Values = DecisionValues &
  LetterValues & {
    note?: string;
    external_unit?: string;
    to_org_id?: number;
    confirm_now?: boolean;
    purpose?: 'work' | 'study';
    until_on?: Dayjs | null;
    destination?: 'inside' | 'outside';
  };

const COMMON = [...DECISION_FIELDS, ...LETTER_FIELDS, 'note'];

function useDone(member: Member) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (t: Transfer) => {
    message.success(
      t.state === 'pending'
        ? `Đã tạo phiếu chuyển sinh hoạt của đồng chí ${member.full_name}; chờ đơn vị nhận xác nhận.`
        : `Đã ghi nhận: ${t.kind_label.toLowerCase()} của đồng chí ${member.full_name}.`,
    );
    navigate(`/chuyen-sinh-hoat/${t.id}`);
  };
}

function Actions({ member, saving, label }: { member: Member; saving: boolean; label: string }) {
  const navigate = useNavigate();
  return (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={() => navigate(`/dang-vien/${member.id}`)}>Hủy</Button>
      <Button type="primary" htmlType="submit" loading={saving}>
        {label}
      </Button>
    </Flex>
  );
}

function OutForm({ member }: { member: Member }) {
  const [form] = Form.useForm<Values>();
  const s = useSubmit({ form, fields: [...COMMON, 'external_unit'], ...lifecycleErrors() });
  const done = useDone(member);
  const submit = (v: Values) =>
    s.run(async () => {
      done(await transferOut(member.id, { ...decisionBody(v), ...letterBody(v), external_unit: v.external_unit?.trim() ?? '', note: v.note?.trim() || undefined }));
    });
  return (
    <Form form={form} name="transfer-out" layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={() => s.setProblem(null)}>
      <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
      <Typography.Paragraph type="secondary">
        Đảng viên chuyển sinh hoạt đảng chính thức ra ngoài Đảng bộ: ra khỏi số lượng của chi bộ từ ngày hiệu lực.
      </Typography.Paragraph>
      <Form.Item
        name="external_unit"
        label="Nơi chuyển đến"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi tổ chức đảng nơi chuyển đến.' }, { max: 300, message: 'Tối đa 300 ký tự.' }]}
      >
        <Input placeholder="Ví dụ: Đảng bộ tỉnh Lâm Đồng" autoComplete="off" />
      </Form.Item>
      <DecisionFields />
      <LetterFields />
      <NoteField />
      <Actions member={member} saving={s.busy} label="Chuyển đi" />
    </Form>
  );
}

function InternalForm({ member }: { member: Member }) {
  const [form] = Form.useForm<Values>();
  const s = useSubmit({ form, fields: [...COMMON, 'to_org_id', 'confirm_now'], ...lifecycleErrors() });
  const done = useDone(member);
  const submit = (v: Values) =>
    s.run(async () => {
      done(
        await transferInternal(member.id, {
          ...decisionBody(v),
          ...letterBody(v),
          to_org_id: v.to_org_id ?? 0,
          confirm_now: !!v.confirm_now,
          note: v.note?.trim() || undefined,
        }),
      );
    });
  return (
    <Form form={form} name="transfer-internal" layout="vertical" onFinish={(v) => void submit(v)} onValuesChange={() => s.setProblem(null)}>
      <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
      <Form.Item name="to_org_id" label="Chi bộ chuyển đến" rules={[{ required: true, message: 'Vui lòng chọn chi bộ chuyển đến.' }]}>
        <OrgTreeSelect branchOnly disabledIds={new Set([member.org_id])} />
      </Form.Item>
      <DecisionFields />
      <LetterFields />
      <Form.Item
        name="confirm_now"
        valuePropName="checked"
        extra="Chỉ chọn khi bạn cũng có quyền với chi bộ nhận; nếu không, phiếu chờ chi bộ nhận xác nhận."
      >
        <Checkbox>Xác nhận tiếp nhận ngay (đơn vị nhận)</Checkbox>
      </Form.Item>
      <NoteField />
      <Actions member={member} saving={s.busy} label="Chuyển nội bộ" />
    </Form>
  );
}

function TemporaryForm({ member }: { member: Member }) {
  const [form] = Form.useForm<Values>();
  const s = useSubmit({ form, fields: [...COMMON, 'purpose', 'until_on', 'to_org_id', 'external_unit', 'confirm_now'], ...lifecycleErrors() });
  const done = useDone(member);
  const destination = Form.useWatch('destination', form) ?? 'inside';
  const submit = (v: Values) =>
    s.run(async () => {
      const inside = (v.destination ?? 'inside') === 'inside';
      done(
        await transferTemporary(member.id, {
          ...decisionBody(v),
          ...letterBody(v),
          purpose: v.purpose ?? 'work',
          until_on: toIsoDate(v.until_on),
          to_org_id: inside ? v.to_org_id : undefined,
          external_unit: inside ? undefined : v.external_unit?.trim(),
          confirm_now: inside && !!v.confirm_now,
          note: v.note?.trim() || undefined,
        }),
      );
    });
  return (
    <Form
      form={form}
      name="transfer-temporary"
      layout="vertical"
      initialValues={{ purpose: 'work', destination: 'inside' }}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => s.setProblem(null)}
    >
      <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="Sinh hoạt tạm thời: đi công tác từ 3 đến dưới 12 tháng, đi học trong nước từ 3 đến 24 tháng."
        description="Đảng viên vẫn thuộc số lượng của chi bộ đang sinh hoạt chính thức."
      />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="purpose" label="Mục đích">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={tableOptions(PURPOSE_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="destination" label="Nơi sinh hoạt tạm thời">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'inside', label: 'Trong Đảng bộ' },
                { value: 'outside', label: 'Ngoài Đảng bộ' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      {destination === 'inside' ? (
        <Form.Item name="to_org_id" label="Chi bộ sinh hoạt tạm thời" rules={[{ required: true, message: 'Vui lòng chọn chi bộ.' }]}>
          <OrgTreeSelect branchOnly disabledIds={new Set([member.org_id])} />
        </Form.Item>
      ) : (
        <Form.Item
          name="external_unit"
          label="Tổ chức đảng nơi sinh hoạt tạm thời"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi tổ chức đảng nơi đến.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <DecisionFields effectiveLabel="Ngày bắt đầu" />
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="until_on"
            label="Đến ngày"
            dependencies={['effective_on']}
            rules={[
              { required: true, message: 'Vui lòng chọn ngày kết thúc dự kiến.' },
              ({ getFieldValue }) => ({
                validator: (_r, v: Dayjs | null | undefined) => {
                  const from = getFieldValue('effective_on') as Dayjs | null | undefined;
                  return !isDayjs(v) || !isDayjs(from) || v.isAfter(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Ngày kết thúc phải sau ngày bắt đầu.'));
                },
              }), validDateRule]}
          >
            <DateInput anyDay />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <RuleNote rule="temporary_transfer" />
        </Col>
      </Row>
      <LetterFields />
      {destination === 'inside' && (
        <Form.Item name="confirm_now" valuePropName="checked">
          <Checkbox>Xác nhận tiếp nhận ngay (đơn vị nhận)</Checkbox>
        </Form.Item>
      )}
      <NoteField />
      <Actions member={member} saving={s.busy} label="Ghi nhận sinh hoạt tạm thời" />
    </Form>
  );
}

const ACTIVE = ['official', 'probationary', 'exempt'];

export default function MemberTransferPage() {
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const { can } = useAuth();
  const { data: m, error, loading } = useRemote((signal) => getMember(id, signal), String(id));
  const canEdit = can('lifecycle.write');
  const tab = params.get('loai') ?? 'noi-bo';

  return (
    <>
      <MemberBreadcrumb member={m} here="Chuyển sinh hoạt đảng" />
      <PageTitle title="Chuyển sinh hoạt đảng" extra={<Link to={`/chuyen-sinh-hoat?member_id=${id}`}>Các lần chuyển của đảng viên</Link>} />
      <LoadError error={error} />
      {!m && loading && <Skeleton active paragraph={{ rows: 6 }} />}
      {m && (
        <Row gutter={16}>
          <Col xs={24} xl={8}>
            <MemberCard member={m} />
          </Col>
          <Col xs={24} xl={16}>
            <Card>
              {!canEdit ? (
                <Typography.Text type="secondary">Cán bộ tổ chức của cấp ủy ghi nhận việc chuyển sinh hoạt đảng.</Typography.Text>
              ) : !ACTIVE.includes(m.status) ? (
                <Alert
                  type="warning"
                  showIcon
                  message={`Đồng chí ${m.full_name} hiện không sinh hoạt đảng (${m.status_label.toLowerCase()}).`}
                  description="Chỉ chuyển sinh hoạt cho đảng viên đang sinh hoạt đảng."
                />
              ) : (
                <Tabs
                  activeKey={tab}
                  onChange={(key) => setParams({ loai: key }, { replace: true })}
                  items={[
                    { key: 'ra-ngoai', label: 'Chuyển đi (ra ngoài)', children: <OutForm member={m} /> },
                    { key: 'noi-bo', label: 'Chuyển nội bộ', children: <InternalForm member={m} /> },
                    { key: 'tam-thoi', label: 'Sinh hoạt tạm thời', children: <TemporaryForm member={m} /> },
                  ]}
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
