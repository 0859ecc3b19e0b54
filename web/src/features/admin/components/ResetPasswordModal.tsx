// The admin's "Đặt lại mật khẩu" dialog for another user's account.
import { Form, Typography } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { resetUserPassword } from '../api';
import type { UserRow } from '../types';
import { NewPasswordFields } from '../../../shared/components/NewPasswordFields';

interface Values {
  password: string;
  confirm: string;
}

interface Props {
  user: UserRow | null;
  onClose: () => void;
  onDone: (user: UserRow) => void;
}

/** Sets a new password for another user (admin). Open while `user` is set. */
export function ResetPasswordModal({ user, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    if (!user) return;
    await resetUserPassword(user.id, v.password);
    onDone(user);
  };

  return (
    <FormModal<Values>
      title="Đặt lại mật khẩu"
      open={user !== null}
      okText="Đặt lại mật khẩu"
      form={form}
      fields={['password']}
      save={save}
      onClose={onClose}
      intro={
        user && (
          <Typography.Paragraph>
            Đặt mật khẩu mới cho tài khoản <Typography.Text strong>{user.username}</Typography.Text> ({user.display_name}).
          </Typography.Paragraph>
        )
      }
    >
        <NewPasswordFields />
    </FormModal>
  );
}
