// "Ghi năm …": a target's plan for the year and, when typed, its actual value.
import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../shared/components/FormModal';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';
import { setTargetYear } from '../api';
import type { CongressTarget } from '../types';
import { numberText } from './TargetFormModal';

interface Values {
  plan?: number | null;
  actual?: number | null;
  note?: string;
}

export function TargetYearModal({ target, year, onClose, onSaved }: { target: CongressTarget | null; year: number; onClose: () => void; onSaved: (t: CongressTarget) => void }) {
  const [form] = Form.useForm<Values>();
  const y = target?.years.find((x) => x.year === year);
  useEffect(() => {
    if (target && y) form.setFieldsValue({ plan: y.plan, actual: y.computed ? null : y.actual, note: y.note });
  }, [target, y, form]);
  return (
    <FormModal<Values>
      open={target !== null}
      title={`${target?.title ?? ''} — năm ${year}`}
      okText="Lưu"
      width={520}
      form={form}
      formName="target-year"
      fields={['plan', 'actual', 'note']}
      intro={y?.computed ? `Kết quả tính từ số liệu: ${target?.indicator_label}.` : undefined}
      save={async (v) => onSaved(await setTargetYear(target!.id, year, { plan: numberText(v.plan), actual: y?.computed ? undefined : numberText(v.actual), note: v.note?.trim() || undefined }))}
      onClose={onClose}
    >
      <Form.Item name="plan" label="Chỉ tiêu năm" rules={[validNumberRule]}>
        <NumberInput integer={false} min={0} max={1_000_000_000} aria-label="Chỉ tiêu năm" />
      </Form.Item>
      {!y?.computed && (
        <Form.Item name="actual" label="Kết quả thực hiện" rules={[validNumberRule]}>
          <NumberInput integer={false} min={0} max={1_000_000_000} aria-label="Kết quả thực hiện" />
        </Form.Item>
      )}
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
