import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { resetUserPassword } from '../api';
import type { UserRow } from '../types';
import { applyApiError } from '../../../shared/lib/forms';
import { confirmRules, passwordRules } from '../../../shared/lib/validation';

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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (!user) return;
    const v = await form.validateFields();
    setBusy(true);
    setProblem(null);
    try {
      await resetUserPassword(user.id, v.password);
      onDone(user);
    } catch (err) {
      setProblem(applyApiError(form, err, ['password']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Đặt lại mật khẩu"
      open={user !== null}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText="Đặt lại mật khẩu"
      cancelText="Hủy"
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => setProblem(null)}
    >
      {user && (
        <Typography.Paragraph>
          Đặt mật khẩu mới cho tài khoản <Typography.Text strong>{user.username}</Typography.Text> ({user.display_name}).
        </Typography.Paragraph>
      )}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="password" label="Mật khẩu mới" rules={passwordRules} hasFeedback>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="Nhập lại mật khẩu mới" dependencies={['password']} rules={confirmRules('password')} hasFeedback>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
