// The audit trail's coded values GET /api/v1/meta does not serve yet (outcome, channel): their
// labels have no other source; once the server serves them, these tables go for useLabel().
import type { AuditOutcome } from './types';

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  ok: 'Thành công',
  refused: 'Bị từ chối',
};

export const AUDIT_VIA_LABELS: Readonly<Record<string, string>> = {
  web: 'Giao diện web',
  http: 'Giao diện web',
  api: 'Giao diện web / API',
  cli: 'Dòng lệnh',
};
