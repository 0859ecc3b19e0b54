import { AutoComplete, Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../shared/components/FormModal';
import { createCandidate } from '../api';
import { listOrgs } from '../../../shared/api/endpoints';
import type { Candidate, CandidateInput } from '../types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { EDUCATION_OPTIONS } from '../lib';
import { toIsoDate } from '../../../shared/lib/format';
import { isBranchLike } from '../../../shared/lib/orgs';
import { PERSONAL_FIELDS, PersonalFields, type PersonalValues } from '../../members';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

interface Values extends PersonalValues {
  org_id?: number;
  general_education?: string;
  occupation?: string;
  job_title?: string;
  home_town?: string;
  residence?: string;
  identified_on?: Dayjs | null;
  note?: string;
}

const FIELDS = [
  'org_id',
  ...PERSONAL_FIELDS,
  'general_education',
  'occupation',
  'job_title',
  'home_town',
  'residence',
  'identified_on',
  'note',
];

/** The optional one-line fields, in the order shown. */
const TEXT_FIELDS = [
  ['occupation', 'Nghề nghiệp'],
  ['job_title', 'Chức vụ chính quyền, đoàn thể'],
  ['home_town', 'Quê quán'],
  ['residence', 'Nơi cư trú'],
] as const;

const trimmed = (v: string | undefined) => v?.trim() || undefined;

function body(v: Values): CandidateInput {
  return {
    org_id: v.org_id!,
    full_name: v.full_name!.trim(),
    sex: v.sex!,
    birth_date: toIsoDate(v.birth_date),
    national_id: trimmed(v.national_id),
    ethnicity: v.ethnicity ?? '',
    religion: v.religion ?? '',
    general_education: v.general_education?.trim() ?? '',
    occupation: trimmed(v.occupation),
    job_title: trimmed(v.job_title),
    home_town: trimmed(v.home_town),
    residence: trimmed(v.residence),
    identified_on: toIsoDate(v.identified_on),
    note: trimmed(v.note),
  };
}

interface Props {
  open: boolean;
  /** The chi bộ offered first. */
  orgId?: number;
  onClose: () => void;
  onCreated: (c: Candidate) => void;
}

/** "Thêm quần chúng ưu tú": the person a chi bộ has identified as a candidate for admission. */
export function CandidateFormModal({ open, orgId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const orgs = useRemote((signal) => listOrgs({}, signal), 'orgs');
  // Offered first only when it is a chi bộ (where candidates are kept).
  const firstOrg = orgs.data?.items.find((o) => o.id === orgId && isBranchLike(o.kind))?.id;

  return (
    <FormModal<Values>
      open={open}
      title="Thêm quần chúng ưu tú"
      okText="Lưu"
      width={760}
      form={form}
      formName="candidate"
      initialValues={{ org_id: firstOrg, ethnicity: 'Kinh', religion: 'Không', general_education: '12/12' }}
      fields={FIELDS}
      save={async (v) => onCreated(await createCandidate(body(v)))}
      onClose={onClose}
    >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="org_id" label="Chi bộ" rules={[{ required: true, message: 'Vui lòng chọn chi bộ.' }]}>
              <OrgTreeSelect branchOnly orgs={orgs.data?.items} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="identified_on"
              label="Ngày chi bộ xác định là quần chúng ưu tú"
              rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <PersonalFields strict />
          <Col xs={24} md={6}>
            <Form.Item
              name="general_education"
              label="Giáo dục phổ thông"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập trình độ giáo dục phổ thông.' }]}
            >
              <AutoComplete options={EDUCATION_OPTIONS} placeholder="12/12" />
            </Form.Item>
          </Col>
          {TEXT_FIELDS.map(([name, label]) => (
            <Col key={name} xs={24} md={12}>
              <Form.Item name={name} label={label}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
    </FormModal>
  );
}
