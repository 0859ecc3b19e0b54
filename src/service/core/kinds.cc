// The tables of the registry's and the lifecycle's coded values (kinds.h).
#include "service/core/kinds.h"

#include <array>

namespace dangbo::service {

namespace {

using MS = MemberStatus;
constexpr std::array<vocab::Entry<MS>, 9> kStatuses = {{
    {MS::kProbationary, "probationary", "Dự bị", kStatusActive},
    {MS::kOfficial, "official", "Chính thức", kStatusActive},
    {MS::kExempt, "exempt", "Miễn công tác và sinh hoạt", kStatusActive},
    {MS::kTransferredOut, "transferred_out", "Đã chuyển đi"},
    {MS::kRemoved, "removed", "Xóa tên"},
    {MS::kExpelled, "expelled", "Khai trừ"},
    {MS::kLeft, "left", "Xin ra khỏi Đảng"},
    {MS::kDeceased, "deceased", "Từ trần"},
    {MS::kEnded, "ended", "Đã kết thúc sinh hoạt"},
}};
static_assert(vocab::WellFormed<MS>(kStatuses));
constexpr std::array<vocab::FlagName, 1> kStatusFlags = {{{kStatusActive, "active"}}};

using ME = MemberEventKind;
constexpr std::array<vocab::Entry<ME>, 18> kMemberEvents = {{
    {ME::kAdmitted, "admitted", "Kết nạp vào Đảng"},
    {ME::kRecognized, "recognized", "Công nhận đảng viên chính thức"},
    {ME::kRecognitionRefused, "recognition_refused", "Không công nhận đảng viên chính thức"},
    {ME::kUnitChanged, "unit_changed", "Chuyển đơn vị do sắp xếp tổ chức"},
    {ME::kTransferredOut, "transferred_out", "Chuyển sinh hoạt đảng đi"},
    {ME::kTransferredIn, "transferred_in", "Tiếp nhận sinh hoạt đảng"},
    {ME::kTransferredInternal, "transferred_internal", "Chuyển sinh hoạt đảng trong Đảng bộ"},
    {ME::kTemporaryOut, "temporary_out", "Chuyển sinh hoạt đảng tạm thời"},
    {ME::kTemporaryReturned, "temporary_returned", "Trở về sau sinh hoạt tạm thời"},
    {ME::kCardIssued, "card_issued", "Cấp thẻ đảng viên"},
    {ME::kCardReissued, "card_reissued", "Cấp lại thẻ đảng viên"},
    {ME::kExempted, "exempted", "Miễn công tác và sinh hoạt đảng"},
    {ME::kExemptionEnded, "exemption_ended", "Thôi miễn công tác và sinh hoạt đảng"},
    {ME::kRemoved, "removed", "Xóa tên"},
    {ME::kExpelled, "expelled", "Khai trừ"},
    {ME::kLeft, "left", "Ra khỏi Đảng"},
    {ME::kDied, "died", "Từ trần"},
    {ME::kReadmitted, "readmitted", "Kết nạp lại"},
}};
static_assert(vocab::WellFormed<ME>(kMemberEvents));

using OE = OrgEventKind;
constexpr std::array<vocab::Entry<OE>, 9> kOrgEvents = {{
    {OE::kEstablished, "established", "Thành lập"},
    {OE::kRenamed, "renamed", "Đổi tên"},
    {OE::kUpgraded, "upgraded", "Nâng cấp thành đảng bộ cơ sở"},
    {OE::kMoved, "moved", "Chuyển tổ chức cấp trên"},
    {OE::kMerged, "merged", "Sáp nhập vào tổ chức khác"},
    {OE::kAbsorbed, "absorbed", "Tiếp nhận tổ chức sáp nhập"},
    {OE::kSplit, "split", "Chia tách"},
    {OE::kSplitFrom, "split_from", "Thành lập do chia tách"},
    {OE::kDissolved, "dissolved", "Giải thể"},
}};
static_assert(vocab::WellFormed<OE>(kOrgEvents));

constexpr std::array<vocab::Entry<TransferKind>, 4> kTransferKinds = {{
    {TransferKind::kOut, "out", "Chuyển sinh hoạt đảng ra ngoài Đảng bộ"},
    {TransferKind::kIn, "in", "Tiếp nhận sinh hoạt đảng từ ngoài Đảng bộ"},
    {TransferKind::kInternal, "internal", "Chuyển sinh hoạt đảng trong Đảng bộ"},
    {TransferKind::kTemporary, "temporary", "Chuyển sinh hoạt đảng tạm thời"},
}};
static_assert(vocab::WellFormed<TransferKind>(kTransferKinds));

constexpr std::array<vocab::Entry<TransferState>, 5> kTransferStates = {{
    {TransferState::kPending, "pending", "Chờ đơn vị nhận xác nhận"},
    {TransferState::kConfirmed, "confirmed", "Đã xác nhận"},
    {TransferState::kReturned, "returned", "Đã trở về"},
    {TransferState::kCancelled, "cancelled", "Đã hủy"},
    {TransferState::kVoided, "voided", "Sự kiện đã bị hủy"},
}};
static_assert(vocab::WellFormed<TransferState>(kTransferStates));

using AA = AuditAction;
constexpr std::array<vocab::Entry<AA>, 127> kAuditActions = {{
    {AA::kAuthLogin, "auth.login", "Đăng nhập"},
    {AA::kAuthLogout, "auth.logout", "Đăng xuất"},
    {AA::kUserCreate, "user.create", "Tạo người dùng"},
    {AA::kUserPasswordReset, "user.password_reset", "Đặt lại mật khẩu"},
    {AA::kUserPasswordChange, "user.password_change", "Đổi mật khẩu"},
    {AA::kHttpWrite, "http.write", "Yêu cầu ghi dữ liệu"},
    {AA::kOrgCreate, "org.create", "Tạo tổ chức đảng"},
    {AA::kOrgRename, "org.rename", "Đổi tên tổ chức đảng"},
    {AA::kOrgUpgrade, "org.upgrade", "Nâng cấp tổ chức đảng"},
    {AA::kOrgMove, "org.move", "Chuyển tổ chức cấp trên"},
    {AA::kOrgMerge, "org.merge", "Sáp nhập tổ chức đảng"},
    {AA::kOrgSplit, "org.split", "Chia tách tổ chức đảng"},
    {AA::kOrgDissolve, "org.dissolve", "Giải thể tổ chức đảng"},
    {AA::kHostUnitCreate, "host_unit.create", "Thêm đơn vị (cơ quan, doanh nghiệp)"},
    {AA::kCommitteeAdd, "committee.add", "Thêm cấp ủy viên"},
    {AA::kCommitteeRemove, "committee.remove", "Bớt cấp ủy viên"},
    {AA::kMemberCreate, "member.create", "Thêm hồ sơ đảng viên"},
    {AA::kMemberUpdate, "member.update", "Sửa hồ sơ đảng viên"},
    {AA::kMemberImport, "member.import", "Nhập hồ sơ đảng viên từ tệp"},
    {AA::kMemberRecognize, "member.recognize", "Công nhận đảng viên chính thức"},
    {AA::kMemberRecognitionRefuse, "member.recognition_refuse",
     "Không công nhận đảng viên chính thức"},
    {AA::kMemberCardIssue, "member.card_issue", "Cấp thẻ đảng viên"},
    {AA::kMemberCardReissue, "member.card_reissue", "Cấp lại thẻ đảng viên"},
    {AA::kMemberTransferOut, "member.transfer_out", "Chuyển sinh hoạt đảng đi"},
    {AA::kMemberTransferIn, "member.transfer_in", "Tiếp nhận sinh hoạt đảng"},
    {AA::kMemberExempt, "member.exempt", "Miễn công tác và sinh hoạt đảng"},
    {AA::kMemberExemptionEnd, "member.exemption_end", "Thôi miễn công tác và sinh hoạt đảng"},
    {AA::kMemberRemove, "member.remove", "Xóa tên đảng viên"},
    {AA::kMemberExpel, "member.expel", "Khai trừ đảng viên"},
    {AA::kMemberLeave, "member.leave", "Đảng viên xin ra khỏi Đảng"},
    {AA::kMemberDeath, "member.death", "Ghi nhận đảng viên từ trần"},
    {AA::kMemberReadmit, "member.readmit", "Kết nạp lại đảng viên"},
    {AA::kMemberEventVoid, "member_event.void", "Hủy sự kiện của đảng viên"},
    {AA::kTransferInternalCreate, "transfer.internal_create", "Lập chuyển sinh hoạt trong Đảng bộ"},
    {AA::kTransferTemporaryCreate, "transfer.temporary_create", "Lập chuyển sinh hoạt tạm thời"},
    {AA::kTransferConfirm, "transfer.confirm", "Xác nhận chuyển sinh hoạt"},
    {AA::kTransferCancel, "transfer.cancel", "Hủy chuyển sinh hoạt"},
    {AA::kTransferReturn, "transfer.return", "Ghi nhận trở về sau sinh hoạt tạm thời"},
    {AA::kCandidateCreate, "candidate.create", "Thêm quần chúng ưu tú"},
    {AA::kCandidateClass, "candidate.class", "Ghi lớp bồi dưỡng nhận thức về Đảng"},
    {AA::kCandidateDossier, "candidate.dossier", "Ghi hoàn thành hồ sơ kết nạp"},
    {AA::kCandidateIntroducers, "candidate.introducers", "Ghi đảng viên giới thiệu"},
    {AA::kCandidateVote, "candidate.vote", "Ghi biểu quyết của chi bộ"},
    {AA::kCandidateProposal, "candidate.proposal", "Ghi đề nghị của cấp ủy cơ sở"},
    {AA::kCandidateDecision, "candidate.decision", "Ghi quyết định kết nạp"},
    {AA::kCandidateCeremony, "candidate.ceremony", "Ghi lễ kết nạp"},
    {AA::kCandidateRefuse, "candidate.refuse", "Không kết nạp quần chúng"},
    {AA::kCandidateWithdraw, "candidate.withdraw", "Rút hồ sơ quần chúng"},
    {AA::kAdmissionTargetSet, "admission_target.set", "Đặt chỉ tiêu kết nạp"},
    {AA::kHolidaySeed, "holiday.seed", "Nạp bảng ngày nghỉ có sẵn"},
    {AA::kHolidayPut, "holiday.put", "Thêm, sửa ngày nghỉ"},
    {AA::kHolidayDelete, "holiday.delete", "Xóa ngày nghỉ"},
    {AA::kDemoNational, "demo.national", "Tạo dữ liệu mẫu toàn quốc"},
    {AA::kReportFreeze, "report.freeze", "Lưu báo cáo đã gửi"},
    {AA::kReportSnapshotVoid, "report.snapshot_void", "Hủy báo cáo đã lưu"},
    {AA::kMeetingPlan, "meeting.plan", "Lập kế hoạch sinh hoạt"},
    {AA::kMeetingCreate, "meeting.create", "Thêm buổi sinh hoạt"},
    {AA::kMeetingRecord, "meeting.record", "Ghi kết quả buổi sinh hoạt"},
    {AA::kMeetingVoid, "meeting.void", "Hủy buổi sinh hoạt"},
    {AA::kMeetingAttendance, "meeting.attendance", "Điểm danh sinh hoạt"},
    {AA::kMeetingMinutes, "meeting.minutes", "Tải lên biên bản sinh hoạt"},
    {AA::kMeetingAssignmentCreate, "meeting_assignment.create",
     "Phân công cấp ủy viên dự sinh hoạt"},
    {AA::kMeetingAssignmentEnd, "meeting_assignment.end", "Kết thúc phân công dự sinh hoạt"},
    {AA::kRatingSelf, "rating.self", "Ghi tự đánh giá, xếp loại"},
    {AA::kRatingPropose, "rating.propose", "Chi bộ đề xuất xếp loại"},
    {AA::kRatingDecide, "rating.decide", "Cấp ủy cơ sở quyết định xếp loại"},
    {AA::kRatingApprove, "rating.approve", "Cấp ủy cấp trên phê duyệt xếp loại"},
    {AA::kRatingImport, "rating.import", "Nạp kết quả xếp loại của một năm"},
    {AA::kRatingVoid, "rating.void", "Hủy kết quả xếp loại"},
    {AA::kBadgePropose, "badge.propose", "Đề nghị tặng Huy hiệu Đảng"},
    {AA::kBadgeDecide, "badge.decide", "Ghi quyết định tặng Huy hiệu Đảng"},
    {AA::kBadgeAward, "badge.award", "Ghi trao Huy hiệu Đảng"},
    {AA::kBadgeVoid, "badge.void", "Hủy đề nghị Huy hiệu Đảng"},
    {AA::kBadgeImport, "badge.import", "Nạp Huy hiệu Đảng của một đợt"},
    {AA::kInspectionProgramme, "inspection.programme", "Lập chương trình kiểm tra, giám sát"},
    {AA::kInspectionCreate, "inspection.create", "Thêm cuộc kiểm tra, giám sát"},
    {AA::kInspectionConclude, "inspection.conclude", "Ghi kết luận kiểm tra, giám sát"},
    {AA::kInspectionStep, "inspection.step", "Ghi theo dõi khắc phục sau kiểm tra"},
    {AA::kInspectionVoid, "inspection.void", "Hủy cuộc kiểm tra, giám sát"},
    {AA::kDisciplineRecord, "discipline.record", "Ghi quyết định kỷ luật"},
    {AA::kDisciplineAppeal, "discipline.appeal", "Ghi khiếu nại kỷ luật"},
    {AA::kDisciplineAppealDecide, "discipline.appeal_decide", "Ghi kết quả giải quyết khiếu nại"},
    {AA::kDisciplineVoid, "discipline.void", "Hủy quyết định kỷ luật ghi nhầm"},
    {AA::kDisciplineRead, "discipline.read", "Xem hồ sơ kỷ luật"},
    {AA::kDuesBasis, "dues.basis", "Ghi mức đóng đảng phí"},
    {AA::kDuesRelief, "dues.relief", "Ghi miễn, giảm đảng phí"},
    {AA::kDuesCollect, "dues.collect", "Ghi thu đảng phí"},
    {AA::kDuesCorrect, "dues.correct", "Điều chỉnh khoản thu đảng phí"},
    {AA::kDuesRemit, "dues.remit", "Ghi nộp đảng phí lên cấp trên"},
    {AA::kDuesRetention, "dues.retention", "Đặt tỷ lệ trích giữ lại đảng phí"},
    {AA::kDuesImport, "dues.import", "Nạp đảng phí nhiều tháng"},
    {AA::kTrainingClassCreate, "training.class_create", "Mở lớp đào tạo, bồi dưỡng"},
    {AA::kTrainingClassUpdate, "training.class_update", "Sửa thông tin lớp đào tạo, bồi dưỡng"},
    {AA::kTrainingClassVoid, "training.class_void", "Hủy lớp đào tạo, bồi dưỡng ghi nhầm"},
    {AA::kTrainingLearnersAdd, "training.learners_add", "Ghi học viên vào lớp"},
    {AA::kTrainingLearnerRemove, "training.learner_remove", "Bỏ học viên khỏi lớp"},
    {AA::kTrainingResult, "training.result", "Ghi kết quả học tập, giấy chứng nhận"},
    {AA::kTrainingCertificateVoid, "training.certificate_void", "Hủy kết quả, giấy chứng nhận"},
    {AA::kCadrePlanAdd, "cadre.plan_add", "Bổ sung cán bộ vào quy hoạch"},
    {AA::kCadrePlanUpdate, "cadre.plan_update", "Sửa lộ trình đào tạo của cán bộ quy hoạch"},
    {AA::kCadrePlanRemove, "cadre.plan_remove", "Đưa cán bộ ra khỏi quy hoạch"},
    {AA::kCadrePlanVoid, "cadre.plan_void", "Hủy quy hoạch ghi nhầm"},
    {AA::kCadreRoadmapAdd, "cadre.roadmap_add", "Thêm nội dung lộ trình đào tạo"},
    {AA::kCadreRoadmapRemove, "cadre.roadmap_remove", "Bỏ nội dung lộ trình đào tạo"},
    {AA::kPropagandaActivityCreate, "propaganda.activity_create",
     "Ghi hoạt động tuyên giáo (học tập nghị quyết, hội nghị, cuộc thi, báo cáo dư luận)"},
    {AA::kPropagandaActivityUpdate, "propaganda.activity_update", "Sửa hoạt động tuyên giáo"},
    {AA::kPropagandaActivityVoid, "propaganda.activity_void", "Hủy hoạt động tuyên giáo ghi nhầm"},
    {AA::kPropagandaModelCreate, "propaganda.model_create",
     "Đăng ký mô hình làm theo Bác (Chỉ thị 05)"},
    {AA::kPropagandaModelUpdate, "propaganda.model_update",
     "Sửa, công nhận mô hình làm theo Bác (Chỉ thị 05)"},
    {AA::kPropagandaModelVoid, "propaganda.model_void", "Hủy đăng ký mô hình ghi nhầm"},
    {AA::kPropagandaCollaboratorCreate, "propaganda.collaborator_create",
     "Ghi cộng tác viên dư luận xã hội"},
    {AA::kPropagandaCollaboratorUpdate, "propaganda.collaborator_update",
     "Sửa, thôi làm cộng tác viên dư luận xã hội"},
    {AA::kPropagandaCollaboratorVoid, "propaganda.collaborator_void", "Hủy cộng tác viên ghi nhầm"},
    {AA::kMemberAccountCreate, "member.account_create", "Tạo tài khoản cho đảng viên"},
    {AA::kCorrectionRequest, "correction.request", "Đảng viên đề nghị sửa hồ sơ"},
    {AA::kCorrectionResolve, "correction.resolve", "Xử lý đề nghị sửa hồ sơ"},
    {AA::kRewardCreate, "reward.create", "Ghi quyết định khen thưởng"},
    {AA::kRewardVoid, "reward.void", "Hủy khen thưởng ghi nhầm"},
    {AA::kEmulationCreate, "emulation.create", "Ghi phong trào thi đua, mô hình \"Dân vận khéo\""},
    {AA::kEmulationVoid, "emulation.void", "Hủy phong trào thi đua, mô hình ghi nhầm"},
    {AA::kCultureRecord, "culture.record", "Ghi đăng ký, kết quả đơn vị văn hóa"},
    {AA::kTargetCreate, "target.create", "Thêm chỉ tiêu Nghị quyết Đại hội"},
    {AA::kTargetYear, "target.year", "Ghi chỉ tiêu, kết quả thực hiện năm"},
    {AA::kTargetVoid, "target.void", "Hủy chỉ tiêu ghi nhầm"},
    {AA::kDocumentCreate, "document.create", "Ghi văn bản cấp trên"},
    {AA::kDocumentVoid, "document.void", "Hủy văn bản cấp trên ghi nhầm"},
    {AA::kDocumentImplementation, "document.implementation", "Ghi việc thực hiện văn bản cấp trên"},
}};
static_assert(vocab::WellFormed<AA>(kAuditActions));

constexpr std::array<vocab::Entry<CorrectionState>, 3> kCorrectionStates = {{
    {CorrectionState::kPending, "pending", "Chờ xử lý"},
    {CorrectionState::kDone, "done", "Đã sửa hồ sơ"},
    {CorrectionState::kRejected, "rejected", "Không sửa"},
}};
static_assert(vocab::WellFormed<CorrectionState>(kCorrectionStates));

}  // namespace

std::span<const vocab::Entry<MemberStatus>> VocabOf(MemberStatus) { return kStatuses; }
std::span<const vocab::FlagName> VocabFlagsOf(MemberStatus) { return kStatusFlags; }
std::span<const vocab::Entry<MemberEventKind>> VocabOf(MemberEventKind) { return kMemberEvents; }
std::span<const vocab::Entry<OrgEventKind>> VocabOf(OrgEventKind) { return kOrgEvents; }
std::span<const vocab::Entry<TransferKind>> VocabOf(TransferKind) { return kTransferKinds; }
std::span<const vocab::Entry<TransferState>> VocabOf(TransferState) { return kTransferStates; }
std::span<const vocab::Entry<AuditAction>> VocabOf(AuditAction) { return kAuditActions; }

namespace {

constexpr std::array<vocab::Entry<DocumentKind>, 5> kDocumentKinds = {{
    {DocumentKind::kResolution, "resolution", "Nghị quyết"},
    {DocumentKind::kDirective, "directive", "Chỉ thị"},
    {DocumentKind::kConclusion, "conclusion", "Kết luận"},
    {DocumentKind::kGuideline, "guideline", "Hướng dẫn"},
    {DocumentKind::kRegulation, "regulation", "Quy định"},
}};
static_assert(vocab::WellFormed<DocumentKind>(kDocumentKinds));

constexpr vocab::Entry<AuditOutcome> kAuditOutcomes[] = {
    {AuditOutcome::kOk, "ok", "Thành công"},
    {AuditOutcome::kRefused, "refused", "Bị từ chối"},
};

constexpr vocab::Entry<AuditVia> kAuditVias[] = {
    {AuditVia::kApi, "api", "Giao diện web / API"},
    {AuditVia::kCli, "cli", "Dòng lệnh"},
    {AuditVia::kWeb, "web", "Giao diện web"},
    {AuditVia::kHttp, "http", "Giao diện web"},
};

}  // namespace

std::span<const vocab::Entry<DocumentKind>> VocabOf(DocumentKind) { return kDocumentKinds; }
std::span<const vocab::Entry<AuditOutcome>> VocabOf(AuditOutcome) { return kAuditOutcomes; }
std::span<const vocab::Entry<AuditVia>> VocabOf(AuditVia) { return kAuditVias; }
std::span<const vocab::Entry<CorrectionState>> VocabOf(CorrectionState) {
  return kCorrectionStates;
}

}  // namespace dangbo::service
