// "Thêm chỉ tiêu": a target of the term's congress resolution, typed each year or computed
// from an indicator of the report catalogue.
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { NumberInput } from '../../../shared/components/NumberInput';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { validNumberRule } from '../../../shared/lib/numbers';
import { createTarget, listIndicatorOptions } from '../api';
import type { CongressTarget } from '../types';

interface Values {
  title?: string;
  unit?: string;
  comparison?: string;
  indicator?: string;
  term_plan?: number | null;
}

/** A number as the server reads it: the Vietnamese decimal comma. */
export function numberText(v: number | null | undefined): string | undefined {
  return typeof v === 'number' ? String(v).replace('.', ',') : undefined;
}

export function TargetFormModal({ open, orgId, term, onClose, onSaved }: { open: boolean; orgId: number; term: string; onClose: () => void; onSaved: (t: CongressTarget) => void }) {
  const [form] = Form.useForm<Values>();
  const comparisons = useVocabOptions('target_comparison');
  const indicators = useRemote((signal) => (open ? listIndicatorOptions(signal) : Promise.resolve({ items: [] })), `indicators:${open}`);
  return (
    <FormModal<Values>
      open={open}
      title={`Thêm chỉ tiêu nhiệm kỳ ${term}`}
      okText="Thêm chỉ tiêu"
      width={640}
      form={form}
      formName="congress-target"
      initialValues={{ comparison: 'at_least' }}
      fields={['title', 'unit', 'comparison', 'indicator', 'term_plan']}
      save={async (v) => {
        const saved = await createTarget(orgId, {
          term,
          title: v.title?.trim() ?? '',
          unit: v.unit?.trim() || undefined,
          comparison: v.comparison!,
          indicator: v.indicator || undefined,
          term_plan: numberText(v.term_plan),
        });
        form.resetFields();
        onSaved(saved);
      }}
      onClose={onClose}
    >
      <Form.Item name="title" label="Nội dung chỉ tiêu" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung chỉ tiêu.' }]}>
        <Input maxLength={500} placeholder="Kết nạp đảng viên mới mỗi năm" />
      </Form.Item>
      <Form.Item name="comparison" label="So sánh" rules={[{ required: true, message: 'Vui lòng chọn cách so sánh.' }]}>
        <Select options={comparisons} aria-label="So sánh" />
      </Form.Item>
      <Form.Item name="term_plan" label="Chỉ tiêu (mỗi năm)" rules={[validNumberRule]}>
        <NumberInput integer={false} min={0} max={1_000_000_000} aria-label="Chỉ tiêu (mỗi năm)" />
      </Form.Item>
      <Form.Item name="unit" label="Đơn vị tính">
        <Input maxLength={40} placeholder="đảng viên, %" />
      </Form.Item>
      <Form.Item name="indicator" label="Tính từ chỉ số báo cáo" extra="Để trống nếu kết quả nhập tay hằng năm.">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label="Chỉ số báo cáo"
          loading={indicators.loading}
          options={(indicators.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.label} (${i.unit})` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
