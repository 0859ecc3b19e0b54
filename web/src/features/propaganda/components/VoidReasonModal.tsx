// "Hủy … ghi nhầm": asks the reason and voids the record (nothing is deleted; the audit keeps it).
import { Form, Input } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';

export function VoidReasonModal({
  open,
  title,
  onVoid,
  onClose,
  onDone,
}: {
  open: boolean;
  title: string;
  onVoid: (reason: string) => Promise<void>;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={title}
      okText="Hủy bản ghi"
      danger
      form={form}
      formName="propaganda-void"
      fields={['reason']}
      intro="Bản ghi không bị xóa: nó được đánh dấu hủy, kèm lý do, và vẫn có trong nhật ký."
      save={async (v) => {
        await onVoid(v.reason.trim());
        onDone();
      }}
      onClose={onClose}
      afterClose={() => form.resetFields()}
    >
      <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
