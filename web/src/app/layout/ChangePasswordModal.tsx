import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { changePassword } from '../auth/api';
import { applyApiError } from '../../shared/lib/forms';
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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setProblem(null);
    try {
      await changePassword(values.current_password, values.new_password);
      onDone();
    } catch (err) {
      setProblem(applyApiError(form, err, ['current_password', 'new_password']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Đổi mật khẩu"
      open={open}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText="Đổi mật khẩu"
      cancelText="Hủy"
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => (form.resetFields(), setProblem(null))}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit()}>
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
      </Form>
    </Modal>
  );
}
