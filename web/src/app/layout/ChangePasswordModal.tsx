import { Form, Input } from 'antd';
import { changePassword } from '../auth/api';
import { FormModal } from '../../shared/components/FormModal';
import { passwordRules, confirmRules } from '../../shared/lib/validation';

interface Values {
  current_password: string;
  new_password: string;
  confirm: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function ChangePasswordModal({ open, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const save = async (values: Values) => {
    await changePassword(values.current_password, values.new_password);
    onDone();
  };

  return (
    <FormModal<Values>
      title="Đổi mật khẩu"
      open={open}
      okText="Đổi mật khẩu"
      form={form}
      fields={['current_password', 'new_password']}
      save={save}
      onClose={onClose}
      afterClose={() => form.resetFields()}
    >
        <Form.Item
          name="current_password"
          label="Mật khẩu hiện tại"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="new_password" label="Mật khẩu mới" rules={passwordRules} hasFeedback>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="Nhập lại mật khẩu mới" dependencies={['new_password']} rules={confirmRules('new_password')} hasFeedback>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
    </FormModal>
  );
}
