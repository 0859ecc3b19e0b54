// The filter bar of the member list: unit, status, personal details, age and year of admission.
import { Col, DatePicker, Form, InputNumber, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MemberQuery } from '../types';
import { useMeta } from '../../../shared/hooks/useMeta';
import { SEX_OPTIONS } from '../lib';
import { matchesWords } from '../../../shared/lib/text';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useFilterForm } from '../../../shared/hooks/useFilterForm';
import { FilterButtons } from '../../../shared/components/FilterButtons';

/** The filters of the member list (everything of MemberQuery but q and paging). */
export type MemberFilterParams = Omit<MemberQuery, 'q' | 'page' | 'page_size'>;

/** The fields: emptied numbers as null, the year as a picker's date. */
interface Values extends Omit<MemberFilterParams, 'general_education' | 'age_from' | 'age_to' | 'admitted_year'> {
  age_from?: number | null;
  age_to?: number | null;
  admitted_year?: Dayjs | null;
}

/** The status filter's "active members" choice; the API takes it as an empty status. */
const ACTIVE = 'active';

function toValues(p: MemberFilterParams): Values {
  return {
    org_id: p.org_id,
    status: p.status || ACTIVE,
    sex: p.sex,
    ethnicity: p.ethnicity,
    religion: p.religion,
    theory_level: p.theory_level,
    age_from: p.age_from ?? null,
    age_to: p.age_to ?? null,
    admitted_year: p.admitted_year ? dayjs(`${p.admitted_year}-01-01`) : null,
  };
}

function toParams(v: Values): MemberFilterParams {
  return {
    org_id: v.org_id,
    status: v.status && v.status !== ACTIVE ? v.status : undefined,
    sex: v.sex,
    ethnicity: v.ethnicity,
    religion: v.religion,
    theory_level: v.theory_level,
    age_from: v.age_from ?? undefined,
    age_to: v.age_to ?? undefined,
    admitted_year: v.admitted_year ? v.admitted_year.year() : undefined,
  };
}

const searchable = {
  showSearch: true,
  allowClear: true,
  placeholder: 'Tất cả',
  filterOption: (input: string, option?: { label?: unknown }) => matchesWords(String(option?.label ?? ''), input),
};

interface Props {
  value: MemberFilterParams;
  onChange: (value: MemberFilterParams) => void;
}

export function MemberFilters({ value, onChange }: Props) {
  const form = useFilterForm(toValues(value));
  const { meta } = useMeta();

  const statusOptions = [
    { value: ACTIVE, label: 'Đang sinh hoạt' },
    { value: 'all', label: 'Tất cả trạng thái' },
    ...(meta?.member_statuses ?? []).map((s) => ({ value: s.code, label: s.label })),
  ];

  return (
    <Form form={form} layout="vertical" onFinish={(v) => onChange(toParams(v))} className="filter-form">
      <Row gutter={16}>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item name="org_id" label="Tổ chức đảng">
            <OrgTreeSelect allowClear placeholder="Tất cả đơn vị" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item name="status" label="Trạng thái">
            <Select options={statusOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} xl={3}>
          <Form.Item name="sex" label="Giới tính">
            <Select options={SEX_OPTIONS} allowClear placeholder="Tất cả" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} xl={3}>
          <Form.Item name="ethnicity" label="Dân tộc">
            <Select {...searchable} options={(meta?.ethnicities ?? []).map((e) => ({ value: e, label: e }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} xl={3}>
          <Form.Item name="religion" label="Tôn giáo">
            <Select
              {...searchable}
              options={(meta?.religions ?? []).map((r) => ({ value: r, label: r }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} xl={3}>
          <Form.Item name="theory_level" label="Lý luận chính trị">
            <Select
              allowClear
              placeholder="Tất cả"
              options={(meta?.theory_levels ?? []).map((t) => ({ value: t.code, label: t.label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item label="Độ tuổi">
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="age_from" noStyle>
                <InputNumber min={16} max={120} placeholder="Từ" aria-label="Tuổi từ" style={{ width: '50%' }} />
              </Form.Item>
              <Form.Item name="age_to" noStyle>
                <InputNumber min={16} max={120} placeholder="Đến" aria-label="Tuổi đến" style={{ width: '50%' }} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item name="admitted_year" label="Năm vào Đảng">
            <DatePicker
              picker="year"
              placeholder="Tất cả"
              disabledDate={(d) => d.isAfter(dayjs(), 'year')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} xl={12}>
          <FilterButtons onClear={() => onChange({})} style={{ height: '100%', paddingBottom: 12 }} />
        </Col>
      </Row>
    </Form>
  );
}
