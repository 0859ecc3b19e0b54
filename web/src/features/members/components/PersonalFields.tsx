// The person's identity fields of the forms that take someone new into the registry (a candidate
// for admission, a member transferred in from outside): cells of the caller's antd <Row>.
import { Col, Form, type FormRule, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { Sex } from '../types';
import { useMeta } from '../../../shared/hooks/useMeta';
import { SEX_OPTIONS } from '../lib';
import { matchesWords } from '../../../shared/lib/text';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

export interface PersonalValues {
  full_name?: string;
  sex?: Sex;
  birth_date?: Dayjs | null;
  national_id?: string;
  ethnicity?: string;
  religion?: string;
}

/** The fields' names, which are also the server's (for its field errors). */
export const PERSONAL_FIELDS = ['full_name', 'sex', 'birth_date', 'national_id', 'ethnicity', 'religion'] as const;

const searchable = {
  showSearch: true,
  filterOption: (input: string, option?: { label?: unknown }) => matchesWords(String(option?.label ?? ''), input),
};

interface CellProps {
  name: keyof PersonalValues;
  label: string;
  /** Columns from md up; half the row (xs 12) below, but a full row (xs 24) for the wide ones (md 8 and up). */
  md: number;
  rules?: FormRule[];
  children: ReactNode;
}

/** One field as a cell of the row. */
function Cell({ name, label, md, rules, children }: CellProps) {
  return (
    <Col xs={md >= 8 ? 24 : 12} md={md}>
      <Form.Item name={name} label={label} rules={rules}>
        {children}
      </Form.Item>
    </Col>
  );
}

/** Dân tộc and tôn giáo picked from the reference lists (fetched only where this is shown). */
function ListedBeliefs() {
  const { meta } = useMeta();
  const options = (list: string[] | undefined) => (list ?? []).map((v) => ({ value: v, label: v }));
  return (
    <>
      <Cell name="ethnicity" label="Dân tộc" md={5} rules={[{ required: true, message: 'Vui lòng chọn dân tộc.' }]}>
        <Select {...searchable} options={options(meta?.ethnicities)} />
      </Cell>
      <Cell name="religion" label="Tôn giáo" md={5} rules={[{ required: true, message: 'Vui lòng chọn tôn giáo.' }]}>
        <Select {...searchable} popupMatchSelectWidth={false} options={options(meta?.religions)} />
      </Cell>
    </>
  );
}

interface Props {
  /**
   * Checks in the browser what the server would refuse: a sex, a 12-digit CCCD, dân tộc and tôn giáo from the
   * reference lists, a name of at most 200 characters. Without it the fields take a file's text as written and the
   * server's field errors come back onto them.
   */
  strict?: boolean;
}

/**
 * Họ và tên, giới tính, ngày sinh (12 + 6 + 6 columns from md up), then số CCCD, dân tộc, tôn giáo (8 + 5 + 5: the
 * caller's next cell of 6 ends that line).
 */
export function PersonalFields({ strict = false }: Props) {
  return (
    <>
      <Cell name="full_name" label="Họ và tên" md={12} rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ và tên.' }]}>
        <Input autoComplete="off" maxLength={strict ? 200 : undefined} />
      </Cell>
      <Cell name="sex" label="Giới tính" md={6} rules={strict ? [{ required: true, message: 'Vui lòng chọn giới tính.' }] : []}>
        <Radio.Group options={SEX_OPTIONS} />
      </Cell>
      <Cell
        name="birth_date"
        label="Ngày sinh"
        md={6}
        rules={[{ required: true, message: strict ? 'Vui lòng nhập ngày sinh.' : 'Vui lòng chọn ngày sinh.' }, validDateRule]}
      >
        <DateInput />
      </Cell>
      <Cell name="national_id" label="Số CCCD" md={8} rules={strict ? [{ pattern: /^\d{12}$/, message: 'Số CCCD phải gồm đúng 12 chữ số.' }] : []}>
        {strict ? <Input autoComplete="off" inputMode="numeric" maxLength={12} /> : <Input autoComplete="off" />}
      </Cell>
      {strict ? (
        <ListedBeliefs />
      ) : (
        <>
          <Cell name="ethnicity" label="Dân tộc" md={5}>
            <Input autoComplete="off" />
          </Cell>
          <Cell name="religion" label="Tôn giáo" md={5}>
            <Input autoComplete="off" />
          </Cell>
        </>
      )}
    </>
  );
}
