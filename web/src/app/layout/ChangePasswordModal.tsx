// The signed-in user's own "Đổi mật khẩu" dialog (from the account menu).
import { Form, Input } from 'antd';
import { changePassword } from '../auth/api';
import { FormModal } from '../../shared/components/FormModal';
import { NewPasswordFields } from '../../shared/components/NewPasswordFields';

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
        <NewPasswordFields name="new_password" />
    </FormModal>
  );
}
