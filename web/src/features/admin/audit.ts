import type { AuditOutcome } from './types';

/** Vietnamese names of audit actions the UI knows; others are shown by code. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'user.create': 'Tạo người dùng',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.password_change': 'Đổi mật khẩu',
  'org.create': 'Tạo tổ chức đảng',
  'http.write': 'Yêu cầu ghi dữ liệu',
};

export function actionLabel(code: string): string | undefined {
  return ACTION_LABELS[code];
}

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  ok: 'Thành công',
  refused: 'Bị từ chối',
};

export const OUTCOME_OPTIONS = (Object.keys(OUTCOME_LABELS) as AuditOutcome[]).map((value) => ({
  value,
  label: OUTCOME_LABELS[value],
}));

export const VIA_LABELS: Record<string, string> = {
  web: 'Giao diện web',
  http: 'Giao diện web',
  api: 'Giao diện web / API',
  cli: 'Dòng lệnh',
};
