// A correction of one member's month: a new row with the differences and a reason.
import { Form, Input } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { correct } from '../api';
import type { DuesLine, DuesSheet } from '../types';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';

interface Values {
  paid_delta: number;
  extra_delta: number;
  reason: string;
}

export function CorrectionModal({
  orgId,
  month,
  line,
  onClose,
  onSaved,
}: {
  orgId: number;
  month: string;
  line: DuesLine | null;
  onClose: () => void;
  onSaved: (sheet: DuesSheet) => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={line !== null}
      title={`Điều chỉnh khoản thu: ${line?.full_name ?? ''}`}
      okText="Ghi điều chỉnh"
      form={form}
      formName="dues_correction"
      initialValues={{ paid_delta: 0, extra_delta: 0, reason: '' }}
      fields={['paid_delta', 'extra_delta', 'reason']}
      intro="Khoản thu đã ghi không bị sửa: điều chỉnh được ghi thành một dòng mới (số tiền thêm hoặc bớt)."
      save={async (v) => {
        if (!line) return;
        onSaved(await correct(orgId, { month, member_id: line.member_id, ...v }));
      }}
      onClose={onClose}
    >
      <Form.Item rules={[validNumberRule]} name="paid_delta" label="Đảng phí thêm (âm: bớt), đồng">
        <NumberInput style={{ width: '100%' }} step={1000} />
      </Form.Item>
      <Form.Item rules={[validNumberRule]} name="extra_delta" label="Đóng góp tự nguyện thêm (âm: bớt), đồng">
        <NumberInput style={{ width: '100%' }} step={1000} />
      </Form.Item>
      <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Hãy nhập lý do điều chỉnh.' }]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
