// A member's dues basis from a month (income kind and amount), or an exemption or temporary
// reduction for a range of months: each a new dated row.
import { Form, Select } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { MonthInput } from '../../../shared/components/MonthInput';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { addRelief, setBasis } from '../api';
import type { DuesLine } from '../types';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';
import { RuleNote } from '../../../shared/components/RuleNote';

interface Values {
  mode: 'basis' | 'relief';
  from_month: string;
  income?: string;
  amount?: number;
  kind?: string;
  reason?: string;
  percent?: number;
  to_month?: string;
}

export function BasisModal({ month, line, onClose, onSaved }: { month: string; line: DuesLine | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const kind = Form.useWatch('kind', form);
  const incomes = useVocabOptions('dues_income');
  const kinds = useVocabOptions('dues_relief_kind');
  const reasons = useVocabOptions('dues_relief_reason');
  return (
    <FormModal<Values>
      open={line !== null}
      title={`Mức đóng đảng phí: ${line?.full_name ?? ''}`}
      okText="Ghi"
      form={form}
      formName="dues_basis"
      initialValues={{ mode: 'basis', from_month: month, income: line?.income || 'salaried', amount: line?.base || undefined, kind: 'exemption', reason: 'hardship', percent: 50 }}
      fields={['from_month', 'income', 'amount', 'kind', 'reason', 'percent', 'to_month']}
      save={async (v) => {
        if (!line) return;
        if (v.mode === 'basis') {
          await setBasis(line.member_id, { from_month: v.from_month, income: v.income ?? '', amount: v.amount ?? 0 });
        } else {
          await addRelief(line.member_id, {
            kind: v.kind ?? '',
            reason: v.reason ?? '',
            percent: v.kind === 'reduction' ? v.percent : 100,
            from_month: v.from_month,
            to_month: v.to_month || undefined,
          });
        }
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="mode" label="Ghi">
        <Select
          options={[
            { value: 'basis', label: 'Mức thu nhập đóng đảng phí' },
            { value: 'relief', label: 'Miễn hoặc giảm đảng phí' },
          ]}
        />
      </Form.Item>
      <Form.Item name="from_month" label="Từ tháng" rules={[{ required: true, message: 'Hãy chọn tháng.' }]}>
        <MonthInput />
      </Form.Item>
      {mode !== 'relief' ? (
        <>
          <Form.Item name="income" label="Đối tượng">
            <Select options={incomes} />
          </Form.Item>
          <Form.Item rules={[validNumberRule]} name="amount" label="Tiền lương đóng BHXH hoặc lương hưu (đồng)" extra={<RuleNote rule="dues" />}>
            <NumberInput style={{ width: '100%' }} min={0} step={100000} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="kind" label="Hình thức">
            <Select options={kinds} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do">
            <Select options={reasons} />
          </Form.Item>
          {kind === 'reduction' && (
            <Form.Item rules={[validNumberRule]} name="percent" label="Mức giảm (%)">
              <NumberInput min={1} max={99} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="to_month" label="Đến tháng (để trống: đến khi có quyết định khác)">
            <MonthInput />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
