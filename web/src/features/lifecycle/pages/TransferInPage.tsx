import { App, Breadcrumb, Button, Card, Col, Divider, Flex, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { transferIn } from '../api';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { LetterFields, LETTER_FIELDS, letterBody, NoteField, lifecycleErrors, PROBLEM_CLASS, type LetterValues } from '../components/LifecycleFields';
import { PERSONAL_FIELDS, PersonalFields, type PersonalValues } from '../../members';
import { DecisionFields, DECISION_FIELDS, decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { toIsoDate } from '../../../shared/lib/format';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

type Values = DecisionValues &
  LetterValues &
  PersonalValues & {
    org_id?: number;
    external_unit?: string;
    admitted_on?: Dayjs | null;
    official_on?: Dayjs | null;
    card_no?: string;
    note?: string;
  };

const FIELDS = [
  ...DECISION_FIELDS,
  ...LETTER_FIELDS,
  'note',
  'org_id',
  'external_unit',
  ...PERSONAL_FIELDS,
  'admitted_on',
  'official_on',
  'card_no',
];

const date = (name: keyof Values, label: string, required = false) => (
  <Form.Item name={name} label={label} rules={[...(required ? [{ required: true, message: `Vui lòng chọn ${label.toLowerCase()}.` }] : []), validDateRule]}>
    <DateInput />
  </Form.Item>
);

export default function TransferInPage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const s = useSubmit({ form, fields: FIELDS, ...lifecycleErrors() });

  const submit = (v: Values) =>
    s.run(async () => {
      const t = await transferIn({
        ...decisionBody(v),
        ...letterBody(v),
        org_id: v.org_id ?? 0,
        external_unit: v.external_unit?.trim() ?? '',
        note: v.note?.trim() || undefined,
        full_name: v.full_name?.trim() ?? '',
        sex: v.sex ?? '',
        birth_date: toIsoDate(v.birth_date),
        ethnicity: v.ethnicity?.trim() ?? '',
        religion: v.religion?.trim() ?? '',
        national_id: v.national_id?.trim() ?? '',
        admitted_on: toIsoDate(v.admitted_on),
        official_on: toIsoDate(v.official_on),
        card_no: v.card_no?.trim() ?? '',
      });
      message.success(`Đã tiếp nhận đồng chí ${t.member_name} chuyển đến.`);
      navigate(`/dang-vien/${t.member_id}`);
    });

  return (
    <>
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/chuyen-sinh-hoat">Chuyển sinh hoạt</Link> }, { title: 'Tiếp nhận chuyển đến' }]} />
      <PageTitle title="Tiếp nhận đảng viên chuyển đến" />
      <Card>
        <Form
          form={form}
          name="transfer-in"
          layout="vertical"
          initialValues={{ sex: 'male', ethnicity: 'Kinh', religion: 'Không' }}
          onFinish={(v) => void submit(v)}
          onValuesChange={() => s.setProblem(null)}
        >
          <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="org_id" label="Chi bộ tiếp nhận" rules={[{ required: true, message: 'Vui lòng chọn chi bộ tiếp nhận.' }]}>
                <OrgTreeSelect branchOnly />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="external_unit"
                label="Nơi chuyển đi"
                rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi tổ chức đảng nơi chuyển đi.' }]}
              >
                <Input placeholder="Ví dụ: Đảng bộ tỉnh Lâm Đồng" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <DecisionFields effectiveLabel="Ngày tiếp nhận" />
          <LetterFields />
          <Divider orientation="left">Thông tin đảng viên</Divider>
          <Row gutter={12}>
            <PersonalFields />
            <Col xs={24} md={6}>
              <Form.Item name="card_no" label="Số thẻ đảng viên">
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>{date('admitted_on', 'Ngày vào Đảng', true)}</Col>
            <Col xs={24} md={12}>{date('official_on', 'Ngày chính thức')}</Col>
          </Row>
          <NoteField />
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => navigate('/chuyen-sinh-hoat')}>Hủy</Button>
            <Button type="primary" htmlType="submit" loading={s.busy}>
              Tiếp nhận
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
