// A new password and the same typed again ("confirm"), checked by the server's policy: the pair
// every form that sets a password shows.
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { confirmRules, passwordRules } from '../lib/validation';

interface Props {
  /** The form field of the password ('password'); the second one is always 'confirm'. */
  name?: string;
  label?: string;
  confirmLabel?: string;
  extra?: ReactNode;
}

export function NewPasswordFields({
  name = 'password',
  label = 'Mật khẩu mới',
  confirmLabel = 'Nhập lại mật khẩu mới',
  extra,
}: Props) {
  return (
    <>
      <Form.Item name={name} label={label} rules={passwordRules} extra={extra} hasFeedback>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={confirmLabel} dependencies={[name]} rules={confirmRules(name)} hasFeedback>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
