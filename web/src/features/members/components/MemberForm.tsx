import { App, AutoComplete, Button, Card, Col, Flex, Form, type FormRule, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ApiError } from '../../../shared/api/client';
import { createMember, updateMember } from '../api';
import type { Member, MemberFieldName, MemberInput, SubRecord, SubRecordList } from '../types';
import { useMeta } from '../../../shared/hooks/useMeta';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { type FormProblem, useSubmit } from '../../../shared/hooks/useSubmit';
import { afterToday, fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';
import { DATE_FIELDS, type DateFieldName as DateField, FIELD_LABELS, MEMBER_FIELD_NAMES, SEX_OPTIONS, SUB_RECORDS } from '../lib';
import { matchesWords } from '../../../shared/lib/text';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { SubRecordsEditor } from './SubRecordsEditor';
import { DateInput } from '../../../shared/components/DateInput';


interface SubRecordValues {
  from_date?: Dayjs | null;
  to_date?: Dayjs | null;
  title?: string;
  detail?: string;
}

/** The form's values: the API's fields, dates as Dayjs. */
type Values = { [K in Exclude<MemberFieldName, DateField>]?: string } & {
  [K in DateField]?: Dayjs | null;
} & { org_id?: number } & { [L in SubRecordList]?: SubRecordValues[] };

const LISTS: SubRecordList[] = ['work', 'training', 'rewards', 'family'];
const SERVER_FIELDS = [...MEMBER_FIELD_NAMES, 'org_id', ...LISTS];

function toValues(m: Member | undefined, orgId: number | undefined): Values {
  if (!m) return { org_id: orgId, ethnicity: 'Kinh', religion: 'Không', work: [], training: [], rewards: [], family: [] };
  const v: Record<string, unknown> = { org_id: m.org_id };
  for (const name of MEMBER_FIELD_NAMES) {
    v[name] = (DATE_FIELDS as readonly string[]).includes(name) ? fromIsoDate(m[name]) : m[name] || undefined;
  }
  for (const list of LISTS) {
    v[list] = m[list].map((r) => ({ ...r, from_date: fromIsoDate(r.from_date), to_date: fromIsoDate(r.to_date) }));
  }
  return v as Values;
}

function toInput(v: Values): MemberInput {
  const out: Record<string, unknown> = { org_id: v.org_id };
  for (const name of MEMBER_FIELD_NAMES) {
    const value = v[name];
    out[name] = dayjs.isDayjs(value) ? toIsoDate(value) : typeof value === 'string' ? value.trim() : '';
  }
  for (const list of LISTS) {
    out[list] = (v[list] ?? []).map(
      (r): SubRecord => ({
        from_date: toIsoDate(r.from_date),
        to_date: toIsoDate(r.to_date),
        title: (r.title ?? '').trim(),
        detail: (r.detail ?? '').trim(),
      }),
    );
  }
  return out as unknown as MemberInput;
}


const notFuture: FormRule = {
  validator: (_r, v: Dayjs | null | undefined) =>
    v && dayjs.isDayjs(v) && afterToday(v) ? Promise.reject(new Error('Ngày không được sau hôm nay.')) : Promise.resolve(),
};

/** A check of one field against another, run again whenever the other changes. */
function relation(other: MemberFieldName, test: (value: Dayjs, other: Dayjs | string) => string | null): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_r, value: Dayjs | string | null | undefined) => {
      const o = getFieldValue(other) as Dayjs | string | null | undefined;
      if (!value || !o || !dayjs.isDayjs(value)) return Promise.resolve();
      const problem = test(value, o);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  });
}

const RULES: Partial<Record<MemberFieldName | 'org_id', FormRule[]>> = {
  full_name: [
    { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên.' },
    {
      validator: (_r, v: string | undefined) =>
        !v || v.trim().split(/\s+/).length >= 2
          ? Promise.resolve()
          : Promise.reject(new Error('Họ và tên phải có ít nhất họ và tên (hai từ).')),
    },
    { max: 200, message: 'Họ và tên tối đa 200 ký tự.' },
  ],
  sex: [{ required: true, message: 'Vui lòng chọn giới tính.' }],
  birth_date: [{ required: true, message: 'Vui lòng nhập ngày sinh.' }, notFuture],
  national_id: [{ pattern: /^\d{12}$/, message: 'Số CCCD phải gồm đúng 12 chữ số.' }],
  general_education: [
    {
      validator: (_r, v: string | undefined) => {
        if (!v) return Promise.resolve();
        const m = /^(\d{1,2})\/(10|12)$/.exec(v.trim());
        if (!m || Number(m[1]) > Number(m[2])) return Promise.reject(new Error('Ghi dạng “12/12” hoặc “9/10”.'));
        return Promise.resolve();
      },
    },
  ],
  org_id: [{ required: true, message: 'Vui lòng chọn chi bộ sinh hoạt.' }],
  admitted_on: [
    { required: true, message: 'Vui lòng nhập ngày vào Đảng.' },
    notFuture,
    relation('birth_date', (admitted, born) => {
      if (!dayjs.isDayjs(born)) return null;
      if (!admitted.isAfter(born, 'day')) return 'Ngày vào Đảng phải sau ngày sinh.';
      if (admitted.isBefore(born.add(16, 'year'), 'day')) return 'Chưa đủ 16 tuổi khi vào Đảng: hãy kiểm tra ngày sinh và ngày vào Đảng.';
      return null;
    }),
  ],
  official_on: [
    notFuture,
    relation('admitted_on', (official, admitted) =>
      dayjs.isDayjs(admitted) && official.isBefore(admitted, 'day') ? 'Ngày chính thức không được trước ngày vào Đảng.' : null,
    ),
  ],
  card_no: [
    { pattern: /^[0-9.\-/ ]{1,20}$/, message: 'Số thẻ đảng viên chỉ gồm chữ số (tối đa 20 ký tự).' },
    ({ getFieldValue }) => ({
      validator: (_r, v: string | undefined) =>
        !v?.trim() || getFieldValue('official_on')
          ? Promise.resolve()
          : Promise.reject(new Error('Chỉ đảng viên chính thức mới được cấp thẻ: hãy nhập ngày chính thức.')),
    }),
  ],
  card_issued_on: [
    notFuture,
    ({ getFieldValue }) => ({
      validator: (_r, v: Dayjs | null | undefined) =>
        !v || (getFieldValue('card_no') as string | undefined)?.trim()
          ? Promise.resolve()
          : Promise.reject(new Error('Có ngày cấp thẻ thì phải có số thẻ.')),
    }),
    relation('official_on', (issued, official) =>
      dayjs.isDayjs(official) && issued.isBefore(official, 'day') ? 'Ngày cấp thẻ không được trước ngày chính thức.' : null,
    ),
  ],
};

const DEPENDENCIES: Partial<Record<MemberFieldName, MemberFieldName[]>> = {
  admitted_on: ['birth_date'],
  official_on: ['admitted_on'],
  card_no: ['official_on'],
  card_issued_on: ['card_no', 'official_on'],
};

const EDUCATION_OPTIONS = ['12/12', '11/12', '10/12', '9/12', '10/10', '9/10', '8/10', '7/10'].map((value) => ({ value }));

function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={title} extra={extra} className="form-section">
      <Row gutter={16}>{children}</Row>
    </Card>
  );
}

interface Props {
  /** The member being edited; none for a new one. */
  member?: Member;
  /** The unit proposed for a new member. */
  orgId?: number;
  onSaved: (member: Member, created: boolean) => void;
  onCancel: () => void;
  /** Reloads the member after a version conflict. */
  onReload?: () => void;
}

/** Someone else saved the file meanwhile: offer to reload it. */
function conflictProblem(err: unknown): FormProblem | undefined {
  if (err instanceof ApiError && err.code === 'version_conflict') {
    return { title: 'Hồ sơ đã thay đổi', detail: err.userMessage, type: 'warning', conflict: true };
  }
  return undefined;
}

/** The member file (mẫu 2-HSĐV) as a form, for a new member or an edit. */
export function MemberForm({ member, orgId, onSaved, onCancel, onReload }: Props) {
  const [form] = Form.useForm<Values>();
  const { meta } = useMeta();
  const { modal } = App.useApp();
  const { busy, problem, run } = useSubmit({ form, fields: SERVER_FIELDS, errorTitle: 'Chưa lưu được hồ sơ', onError: conflictProblem });
  const top = useRef<HTMLDivElement>(null);
  const initial = useMemo(() => toValues(member, orgId), [member, orgId]);
  const masked = !!member?.masked;
  const editing = !!member;

  const field = (name: MemberFieldName, input: ReactNode, span: { md?: number; xl?: number } = {}, extra?: ReactNode) => (
    <Col xs={24} md={span.md ?? 12} xl={span.xl ?? 8} key={name}>
      <Form.Item
        name={name}
        label={FIELD_LABELS[name]}
        rules={(DATE_FIELDS as readonly string[]).includes(name) ? [...(RULES[name] ?? []), validDateRule] : RULES[name]}
        dependencies={DEPENDENCIES[name]}
        extra={extra}
      >
        {input}
      </Form.Item>
    </Col>
  );
  const date = (name: DateField, extra?: ReactNode) => field(name, <DateInput />, {}, extra);
  const text = (name: MemberFieldName, placeholder?: string) => field(name, <Input placeholder={placeholder} autoComplete="off" />);
  const sensitive = (name: MemberFieldName, input: ReactNode) =>
    field(name, masked ? <Input disabled placeholder="Không có quyền xem" /> : input, {}, masked ? 'Được giữ nguyên khi lưu.' : undefined);

  useEffect(() => {
    if (problem) top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [problem]);

  const save = (input: MemberInput): Promise<void> =>
    run(async () => {
      try {
        const saved = member ? await updateMember(member.id, { ...input, version: member.version }) : await createMember(input);
        onSaved(saved, !member);
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'possible_duplicate')) throw err;
        modal.confirm({
          title: 'Có thể trùng với đảng viên đã có',
          content: err.detail || err.title,
          okText: 'Vẫn lưu',
          cancelText: 'Quay lại sửa',
          width: 520,
          onOk: () => save({ ...input, confirm_duplicate: true }),
        });
      }
    });

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    await save(toInput(values));
  };

  const ethnicityOptions = (meta?.ethnicities ?? []).map((e) => ({ value: e, label: e }));
  const religionOptions = (meta?.religions ?? []).map((r) => ({ value: r, label: r }));
  const theoryOptions = (meta?.theory_levels ?? []).map((t) => ({ value: t.code, label: t.label }));
  const filterOption = (input: string, option?: { label?: unknown; value?: unknown }) =>
    matchesWords(String(option?.label ?? option?.value ?? ''), input);

  return (
    <div ref={top}>
      <ProblemAlert
        problem={problem}
        action={
          problem?.conflict && onReload ? (
            <Button size="small" onClick={onReload}>
              Tải lại hồ sơ
            </Button>
          ) : undefined
        }
      />
      <Form form={form} layout="vertical" initialValues={initial} scrollToFirstError className="member-form" disabled={busy}>
        <Flex vertical gap={16}>
          <Section title="Thông tin cá nhân">
            {text('full_name', 'Ví dụ: Nguyễn Văn An')}
            {text('other_name')}
            {field('sex', <Radio.Group options={SEX_OPTIONS} optionType="button" buttonStyle="solid" />)}
            {date('birth_date')}
            {text('birth_place')}
            {text('home_town')}
            {field('residence', <Input autoComplete="off" />, { md: 24, xl: 16 })}
            {field(
              'ethnicity',
              <Select showSearch options={ethnicityOptions} filterOption={filterOption} placeholder="Chọn dân tộc" />,
            )}
            {field('religion', <Select showSearch options={religionOptions} filterOption={filterOption} placeholder="Chọn tôn giáo" />)}
            {sensitive('national_id', <Input placeholder="12 chữ số" maxLength={12} inputMode="numeric" autoComplete="off" />)}
            {text('occupation')}
            {text('job_title')}
            {sensitive('income_note', <Input autoComplete="off" />)}
          </Section>

          <Section title="Trình độ">
            {field(
              'general_education',
              <AutoComplete options={EDUCATION_OPTIONS} placeholder="Ví dụ: 12/12" filterOption={filterOption} />,
            )}
            {text('professional_level', 'Ví dụ: Thạc sĩ Luật')}
            {field('theory_level', <Select options={theoryOptions} allowClear placeholder="Chọn trình độ" />)}
            {text('state_mgmt_level', 'Ví dụ: Chuyên viên chính')}
            {text('foreign_language', 'Ví dụ: Tiếng Anh B1')}
            {text('it_level', 'Ví dụ: Ứng dụng CNTT cơ bản')}
          </Section>

          <Section title="Thông tin Đảng">
            <Col xs={24} md={12} xl={8}>
              <Form.Item
                name="org_id"
                label="Chi bộ sinh hoạt"
                rules={RULES.org_id}
                extra={editing ? 'Đổi chi bộ bằng nghiệp vụ chuyển sinh hoạt đảng.' : 'Chi bộ cơ sở hoặc chi bộ trực thuộc.'}
              >
                <OrgTreeSelect branchOnly disabled={editing} />
              </Form.Item>
            </Col>
            {date('admitted_on', <RuleNote rule="admission_age" />)}
            {text('admitting_org')}
            {text('introducers', 'Họ tên hai đồng chí giới thiệu')}
            {date('official_on', <RuleNote rule="probation" />)}
            {text('party_position', 'Ví dụ: Chi ủy viên')}
            {text('card_no')}
            {date('card_issued_on')}
            {text('record_no')}
          </Section>

          {SUB_RECORDS.map((s) => (
            <Card key={s.list} title={s.title} className="form-section">
              {s.list === 'family' && masked ? (
                <Typography.Text type="secondary">
                  Bạn không có quyền xem thông tin gia đình; phần này được giữ nguyên khi lưu.
                </Typography.Text>
              ) : (
                <SubRecordsEditor list={s.list} />
              )}
            </Card>
          ))}
        </Flex>
      </Form>
      <Flex justify="flex-end" gap={8} className="form-actions">
        <Button onClick={onCancel} disabled={busy}>
          Hủy
        </Button>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {editing ? 'Lưu thay đổi' : 'Lưu hồ sơ'}
        </Button>
      </Flex>
    </div>
  );
}
