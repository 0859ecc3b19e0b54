// A member asks their unit to correct a field of their file: which field, what is right, a note.
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { useMeta } from '../../../shared/hooks/useMeta';
import { requestCorrection } from '../api';
import type { CorrectionInput } from '../types';

interface Props {
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

export function CorrectionModal({ open, onClose, onSent }: Props) {
  const [form] = Form.useForm<CorrectionInput>();
  const { meta } = useMeta();
  const options = [
    ...(meta?.member_fields ?? []).map((f) => ({ value: f.name, label: f.label })),
    { value: 'other', label: 'Nội dung khác' },
  ];
  return (
    <FormModal<CorrectionInput>
      open={open}
      title="Đề nghị sửa hồ sơ"
      okText="Gửi đề nghị"
      form={form}
      formName="correction"
      fields={['field', 'requested', 'note']}
      intro="Đề nghị được gửi tới chi bộ của đồng chí; hồ sơ chỉ được sửa khi bí thư hoặc cán bộ tổ chức xác nhận."
      save={async (v) => {
        await requestCorrection(v);
        onSent();
      }}
      onClose={onClose}
    >
      <Form.Item name="field" label="Mục cần sửa" rules={[{ required: true, message: 'Vui lòng chọn mục cần sửa.' }]}>
        <Select options={options} showSearch optionFilterProp="label" placeholder="Chọn mục trong hồ sơ" />
      </Form.Item>
      <Form.Item
        name="requested"
        label="Nội dung đúng"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng ghi nội dung đúng.' },
          { max: 500, message: 'Tối đa 500 ký tự.' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú (giấy tờ kèm theo…)" rules={[{ max: 1000, message: 'Tối đa 1.000 ký tự.' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
