import { Col, Form, type FormRule, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Decision } from '../api/types';
import { afterToday, toIsoDate } from '../lib/format';
import { DateInput } from './DateInput';
import { isDayjs, validDateRule } from '../lib/dates';

/** The form values of a decision, as the DatePickers hold them. */
export interface DecisionValues {
  effective_on?: Dayjs | null;
  decision_no?: string;
  decision_date?: Dayjs | null;
}

export const DECISION_FIELDS = ['effective_on', 'decision_no', 'decision_date'] as const;

export function decisionBody(v: DecisionValues): Decision {
  return {
    effective_on: toIsoDate(v.effective_on),
    decision_no: v.decision_no?.trim() || undefined,
    decision_date: toIsoDate(v.decision_date) || undefined,
  };
}


const decisionDateRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: (_rule, value: Dayjs | null | undefined) => {
      const eff = getFieldValue('effective_on') as Dayjs | null | undefined;
      return !isDayjs(value) || !isDayjs(eff) || !value.isAfter(eff, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error('Ngày quyết định không được sau ngày hiệu lực.'));
    },
  }),
];

/**
 * Ngày hiệu lực (required, not in the future), số quyết định, ngày quyết định (not after the
 * effective date): the decision every change of the tree records.
 */
export function DecisionFields({
  effectiveRequired = true,
  effectiveLabel = 'Ngày hiệu lực',
}: {
  effectiveRequired?: boolean;
  effectiveLabel?: string;
}) {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item
          name="effective_on"
          label={effectiveLabel}
          rules={[
            { required: effectiveRequired, message: `Vui lòng chọn ${effectiveLabel.toLowerCase()}.` },
            {
              validator: (_r, v: Dayjs | null | undefined) =>
                isDayjs(v) && afterToday(v) ? Promise.reject(new Error(`${effectiveLabel} không được sau hôm nay.`)) : Promise.resolve(),
            }, validDateRule]}
          extra={effectiveRequired ? undefined : 'Để trống: hôm nay.'}
        >
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="decision_no" label="Số quyết định" rules={[{ max: 100, message: 'Tối đa 100 ký tự.' }]}>
          <Input placeholder="Ví dụ: 125-QĐ/ĐUK" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="decision_date" label="Ngày quyết định" dependencies={['effective_on']} rules={[...decisionDateRules, validDateRule]}>
          <DateInput />
        </Form.Item>
      </Col>
    </Row>
  );
}
