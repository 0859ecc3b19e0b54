import { Col, Form, type FormRule, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TransferLetter } from '../types';
import { toIsoDate } from '../../../shared/lib/format';
import type { SubmitOptions } from '../../../shared/hooks/useSubmit';
import { DateInput } from '../../../shared/components/DateInput';
import { isDayjs, validDateRule } from '../../../shared/lib/dates';

export interface LetterValues {
  letter_no?: string;
  letter_date?: Dayjs | null;
}

export const LETTER_FIELDS = ['letter_no', 'letter_date'] as const;

export function letterBody(v: LetterValues): TransferLetter {
  return { letter_no: v.letter_no?.trim() || undefined, letter_date: toIsoDate(v.letter_date) || undefined };
}

const letterDateRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: (_rule, value: Dayjs | null | undefined) => {
      const eff = getFieldValue('effective_on') as Dayjs | null | undefined;
      return !isDayjs(value) || !isDayjs(eff) || !value.isAfter(eff, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error('Ngày giấy giới thiệu không được sau ngày hiệu lực.'));
    },
  }),
];

/** Số và ngày giấy giới thiệu sinh hoạt đảng. */
export function LetterFields() {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name="letter_no" label="Số giấy giới thiệu" rules={[{ max: 100, message: 'Tối đa 100 ký tự.' }]}>
          <Input placeholder="Ví dụ: 45-GGT/ĐUK" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="letter_date" label="Ngày giấy giới thiệu" dependencies={['effective_on']} rules={[...letterDateRules, validDateRule]}>
          <DateInput />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function NoteField({ label = 'Ghi chú' }: { label?: string }) {
  return (
    <Form.Item name="note" label={label}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
    </Form.Item>
  );
}

/**
 * How lifecycle forms show a refusal (options of the shared useSubmit): a rule refusal (422 or
 * 409) as a warning titled `ruleTitle`, field errors on their fields, the rest as an error.
 */
export function lifecycleErrors(ruleTitle = 'Không thực hiện được theo quy định'): Pick<SubmitOptions, 'errorTitle' | 'rule'> {
  return { errorTitle: 'Không ghi nhận được', rule: { title: ruleTitle } };
}

/** The class lifecycle forms give their ProblemAlert. */
export const PROBLEM_CLASS = 'lifecycle-problem';
