import { Alert, Col, DatePicker, Form, type FormInstance, type FormRule, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/client';
import type { TransferLetter } from '../types';
import { afterToday, DATE_FORMAT, toIsoDate } from '../../../shared/lib/format';
import { applyApiError } from '../../../shared/lib/forms';

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
      return !value || !eff || !value.isAfter(eff, 'day')
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
        <Form.Item name="letter_date" label="Ngày giấy giới thiệu" dependencies={['effective_on']} rules={letterDateRules}>
          <DatePicker format={DATE_FORMAT} disabledDate={afterToday} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
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

export interface RuleProblem {
  title: string;
  detail: string;
  type: 'error' | 'warning';
}

/**
 * Submission state of a lifecycle form: a rule error (422) shows as "rule feedback" above the
 * form, field errors (400) go on their fields, the rest above the form.
 */
export function useSubmit(form: FormInstance, fields: readonly string[], ruleTitle = 'Không thực hiện được theo quy định') {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<RuleProblem | null>(null);
  const run = async (action: () => Promise<void>) => {
    setSaving(true);
    setProblem(null);
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 422 || err.status === 409) && err.fieldErrors.length === 0) {
        setProblem({ title: ruleTitle, detail: err.userMessage, type: 'warning' });
      } else {
        const rest = applyApiError(form, err, fields);
        if (rest) setProblem({ title: 'Không ghi nhận được', detail: rest, type: 'error' });
      }
    } finally {
      setSaving(false);
    }
  };
  return { saving, problem, clear: () => setProblem(null), run };
}

export function ProblemAlert({ problem }: { problem: RuleProblem | null }) {
  if (!problem) return null;
  return (
    <Alert
      className="lifecycle-problem"
      type={problem.type}
      showIcon
      message={problem.title}
      description={problem.detail}
      style={{ marginBottom: 16 }}
    />
  );
}
