// A dialog asking only for a reason ("Hủy … ghi nhầm"): voiding a record entered by mistake.
import { Form, Input } from 'antd';
import { FormModal } from './FormModal';

export function ReasonModal({
  open,
  title,
  intro,
  okText = 'Hủy bản ghi',
  onClose,
  onVoid,
}: {
  open: boolean;
  title: string;
  intro?: string;
  okText?: string;
  onClose: () => void;
  /** Called with the trimmed reason; its failure is shown in the dialog. */
  onVoid: (reason: string) => Promise<void>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={title}
      okText={okText}
      width={520}
      form={form}
      formName="reason"
      fields={['reason']}
      intro={intro}
      afterClose={() => form.resetFields()}
      save={async (v) => onVoid(v.reason.trim())}
      onClose={onClose}
    >
      <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
