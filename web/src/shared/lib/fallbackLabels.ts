// The Vietnamese labels of coded values the web kept before the server served them
// (GET /api/v1/meta → vocab). useLabel()/useVocabOptions() (shared/hooks/useMeta.ts) take the
// server's labels when it sends them and these only otherwise: once every server in use
// serves a vocabulary, its table here can be deleted. Nothing else in the web may spell
// these labels; colours and icons stay with the features.

/** The vocabularies GET /api/v1/meta serves (and a few the web labels that it may serve later). */
export type VocabName =
  | 'role'
  | 'org_kind'
  | 'member_status'
  | 'member_event_kind'
  | 'org_event_kind'
  | 'transfer_kind'
  | 'transfer_state'
  | 'audit_action'
  | 'action'
  | 'audit_outcome'
  | 'audit_via'
  | 'candidate_status'
  | 'work_item_kind'
  | 'holiday_kind';

export const FALLBACK_LABELS: Record<VocabName, Readonly<Record<string, string>>> = {
  role: {
    admin: 'Quản trị hệ thống',
    org_staff: 'Cán bộ tổ chức',
    inspection_staff: 'Cán bộ kiểm tra',
    propaganda_staff: 'Cán bộ tuyên giáo',
    secretary: 'Bí thư',
    member: 'Đảng viên',
  },
  org_kind: {
    superior_committee: 'Đảng bộ cấp trên cơ sở',
    grassroots_committee: 'Đảng bộ cơ sở',
    grassroots_branch: 'Chi bộ cơ sở',
    sub_committee: 'Đảng bộ bộ phận',
    branch: 'Chi bộ trực thuộc',
  },
  // The statuses counted in a unit; the others come with each member (status_label).
  member_status: {
    official: 'Chính thức',
    probationary: 'Dự bị',
    exempt: 'Miễn công tác và sinh hoạt',
  },
  member_event_kind: {
    admitted: 'Kết nạp vào Đảng',
    readmitted: 'Kết nạp lại',
    recognized: 'Công nhận đảng viên chính thức',
    recognition_refused: 'Không công nhận đảng viên chính thức',
    transferred_out: 'Chuyển sinh hoạt đảng đi',
    transferred_in: 'Chuyển sinh hoạt đảng đến',
    transferred_internal: 'Chuyển sinh hoạt nội bộ',
    temporary_out: 'Sinh hoạt đảng tạm thời',
    temporary_returned: 'Trở về sau sinh hoạt tạm thời',
    card_issued: 'Cấp thẻ đảng viên',
    card_reissued: 'Cấp lại thẻ đảng viên',
    exempted: 'Miễn công tác và sinh hoạt',
    unit_changed: 'Chuyển chi bộ',
    removed: 'Xóa tên',
    expelled: 'Khai trừ',
    left: 'Xin ra khỏi Đảng',
    died: 'Từ trần',
  },
  // Organization events come with their kind_label from the server.
  org_event_kind: {},
  transfer_kind: {
    out: 'Chuyển ra ngoài',
    in: 'Tiếp nhận từ ngoài',
    internal: 'Chuyển nội bộ',
    temporary: 'Sinh hoạt tạm thời',
  },
  transfer_state: {
    pending: 'Chờ đơn vị nhận xác nhận',
    confirmed: 'Đã xác nhận',
    returned: 'Đã trở về',
    cancelled: 'Đã hủy',
    voided: 'Sự kiện đã bị hủy',
  },
  // The audit actions the web named; the log shows any other by its code alone.
  audit_action: {
    'auth.login': 'Đăng nhập',
    'auth.logout': 'Đăng xuất',
    'user.create': 'Tạo người dùng',
    'user.password_reset': 'Đặt lại mật khẩu',
    'user.password_change': 'Đổi mật khẩu',
    'org.create': 'Tạo tổ chức đảng',
    'http.write': 'Yêu cầu ghi dữ liệu',
  },
  action: {},
  audit_outcome: {
    ok: 'Thành công',
    refused: 'Bị từ chối',
  },
  audit_via: {
    web: 'Giao diện web',
    http: 'Giao diện web',
    api: 'Giao diện web / API',
    cli: 'Dòng lệnh',
  },
  candidate_status: {
    preparing: 'Đang bồi dưỡng',
    voted: 'Chi bộ đã biểu quyết',
    proposed: 'Đảng ủy cơ sở đã đề nghị',
    decided: 'Đã có quyết định kết nạp',
    admitted: 'Đã kết nạp',
    refused: 'Không kết nạp',
    withdrawn: 'Thôi xem xét',
  },
  work_item_kind: {
    probation_ending: 'Sắp hết dự bị',
    recognition_overdue: 'Quá hạn xét chính thức',
    decision_due: 'Chờ quyết định kết nạp',
    ceremony_due: 'Chờ lễ kết nạp',
    certificate_expiring: 'Giấy chứng nhận sắp hết hạn',
    transfer_pending: 'Chuyển sinh hoạt chờ xử lý',
    temporary_expiring: 'Sinh hoạt tạm thời sắp hết hạn',
  },
  holiday_kind: {
    holiday: 'Nghỉ lễ, Tết',
    compensatory: 'Nghỉ bù',
    working_saturday: 'Làm bù (thứ Bảy)',
  },
};
