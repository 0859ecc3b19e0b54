import type { FormRule } from 'antd';

/** The server's password policy, checked early here (the server has the last word). */
export const MIN_PASSWORD_LENGTH = 10;

export const passwordRules: FormRule[] = [
  { required: true, message: 'Vui lòng nhập mật khẩu.' },
  { min: MIN_PASSWORD_LENGTH, message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` },
  { pattern: /\D/, message: 'Mật khẩu không được chỉ gồm chữ số.' },
];

/** Usernames: 3–64 letters without diacritics, digits, '.', '_' or '-' (stored lower-case). */
export const usernameRules: FormRule[] = [
  { required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập.' },
  { min: 3, max: 64, message: 'Tên đăng nhập phải dài từ 3 đến 64 ký tự.' },
  {
    pattern: /^[A-Za-z0-9._-]*$/,
    message: 'Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu chấm, gạch dưới, gạch ngang.',
  },
];

/** The "type it again" field must equal the field `other`. */
export function confirmRules(other: string): FormRule[] {
  return [
    { required: true, message: 'Vui lòng nhập lại mật khẩu.' },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(other) === value
          ? Promise.resolve()
          : Promise.reject(new Error('Hai mật khẩu không khớp.')),
    }),
  ];
}
