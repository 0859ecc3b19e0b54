// The coded values of the registry and the lifecycle, each defined once with its stored
// code and Vietnamese label (base/vocab.h): member statuses, member and organization event
// kinds, transfer kinds and states, audit actions. Codes are what the database holds.
#pragma once

#include <cstdint>
#include <span>

#include "base/vocab.h"

namespace dangbo::service {

// DOMAIN §3. The active ones are counted in their unit.
enum class MemberStatus {
  kProbationary,
  kOfficial,
  kExempt,
  kTransferredOut,
  kRemoved,
  kExpelled,
  kLeft,
  kDeceased,
  kEnded,
};
inline constexpr uint32_t kStatusActive = 1;  // flag of member statuses: "active"
std::span<const vocab::Entry<MemberStatus>> VocabOf(MemberStatus);
std::span<const vocab::FlagName> VocabFlagsOf(MemberStatus);

// The dated facts of a member's life (member_event.kind).
enum class MemberEventKind {
  kAdmitted,
  kRecognized,
  kRecognitionRefused,
  kUnitChanged,
  kTransferredOut,
  kTransferredIn,
  kTransferredInternal,
  kTemporaryOut,
  kTemporaryReturned,
  kCardIssued,
  kCardReissued,
  kExempted,
  kExemptionEnded,
  kRemoved,
  kExpelled,
  kLeft,
  kDied,
  kReadmitted,
};
std::span<const vocab::Entry<MemberEventKind>> VocabOf(MemberEventKind);

// The dated decisions that change the tree (org_event.kind).
enum class OrgEventKind {
  kEstablished,
  kRenamed,
  kUpgraded,
  kMoved,
  kMerged,
  kAbsorbed,
  kSplit,
  kSplitFrom,
  kDissolved,
};
std::span<const vocab::Entry<OrgEventKind>> VocabOf(OrgEventKind);

enum class TransferKind { kOut, kIn, kInternal, kTemporary };  // member_transfer.kind
std::span<const vocab::Entry<TransferKind>> VocabOf(TransferKind);

enum class TransferState { kPending, kConfirmed, kReturned, kCancelled, kVoided };
std::span<const vocab::Entry<TransferState>> VocabOf(TransferState);

// What an audit row records (audit_log.action): every action a write can be audited as.
enum class AuditAction {
  kAuthLogin,
  kAuthLogout,
  kUserCreate,
  kUserPasswordReset,
  kUserPasswordChange,
  kHttpWrite,
  kOrgCreate,
  kOrgRename,
  kOrgUpgrade,
  kOrgMove,
  kOrgMerge,
  kOrgSplit,
  kOrgDissolve,
  kHostUnitCreate,
  kCommitteeAdd,
  kCommitteeRemove,
  kMemberCreate,
  kMemberUpdate,
  kMemberImport,
  kMemberRecognize,
  kMemberRecognitionRefuse,
  kMemberCardIssue,
  kMemberCardReissue,
  kMemberTransferOut,
  kMemberTransferIn,
  kMemberExempt,
  kMemberExemptionEnd,
  kMemberRemove,
  kMemberExpel,
  kMemberLeave,
  kMemberDeath,
  kMemberReadmit,
  kMemberEventVoid,
  kTransferInternalCreate,
  kTransferTemporaryCreate,
  kTransferConfirm,
  kTransferCancel,
  kTransferReturn,
  kCandidateCreate,
  kCandidateClass,
  kCandidateDossier,
  kCandidateIntroducers,
  kCandidateVote,
  kCandidateProposal,
  kCandidateDecision,
  kCandidateCeremony,
  kCandidateRefuse,
  kCandidateWithdraw,
  kAdmissionTargetSet,
  kHolidaySeed,
  kHolidayPut,
  kHolidayDelete,
  kDemoNational,
  kReportFreeze,
  kReportSnapshotVoid,
  // meetings (migration 0009)
  kMeetingPlan,
  kMeetingCreate,
  kMeetingRecord,
  kMeetingVoid,
  kMeetingAttendance,
  kMeetingMinutes,
  kMeetingAssignmentCreate,
  kMeetingAssignmentEnd,
  kRatingSelf,
  kRatingPropose,
  kRatingDecide,
  kRatingApprove,
  kRatingImport,
  kRatingVoid,
  kBadgePropose,
  kBadgeDecide,
  kBadgeAward,
  kBadgeVoid,
  kBadgeImport,
  // inspection and discipline (migration 0011)
  kInspectionProgramme,
  kInspectionCreate,
  kInspectionConclude,
  kInspectionStep,
  kInspectionVoid,
  kDisciplineRecord,
  kDisciplineAppeal,
  kDisciplineAppealDecide,
  kDisciplineVoid,
  kDisciplineRead,
  kDuesBasis,
  kDuesRelief,
  kDuesCollect,
  kDuesCorrect,
  kDuesRemit,
  kDuesRetention,
  kDuesImport,
  // training and cadre planning (migration 0013)
  kTrainingClassCreate,
  kTrainingClassUpdate,
  kTrainingClassVoid,
  kTrainingLearnersAdd,
  kTrainingLearnerRemove,
  kTrainingResult,
  kTrainingCertificateVoid,
  kCadrePlanAdd,
  kCadrePlanUpdate,
  kCadrePlanRemove,
  kCadrePlanVoid,
  kCadreRoadmapAdd,
  kCadreRoadmapRemove,
  // propaganda and education (migration 0014)
  kPropagandaActivityCreate,
  kPropagandaActivityUpdate,
  kPropagandaActivityVoid,
  kPropagandaModelCreate,
  kPropagandaModelUpdate,
  kPropagandaModelVoid,
  kPropagandaCollaboratorCreate,
  kPropagandaCollaboratorUpdate,
  kPropagandaCollaboratorVoid,
  kMemberAccountCreate,
  kCorrectionRequest,
  kCorrectionResolve,
  // rewards and emulation (migration 0015)
  kRewardCreate,
  kRewardVoid,
  kEmulationCreate,
  kEmulationVoid,
  kCultureRecord,
  kTargetCreate,
  kTargetYear,
  kTargetVoid,
  kDocumentCreate,
  kDocumentVoid,
  kDocumentImplementation,
};
std::span<const vocab::Entry<AuditAction>> VocabOf(AuditAction);

// A member's request to correct their file (correction_request.state).
enum class CorrectionState { kPending, kDone, kRejected };
std::span<const vocab::Entry<CorrectionState>> VocabOf(CorrectionState);

// The kind of a higher-level document (higher_document.kind), also of one studied in a
// propaganda session (propaganda_activity.document_kind).
enum class DocumentKind { kResolution, kDirective, kConclusion, kGuideline, kRegulation };
std::span<const vocab::Entry<DocumentKind>> VocabOf(DocumentKind);

// How an audited action ended (audit_log.outcome).
enum class AuditOutcome { kOk, kRefused };
std::span<const vocab::Entry<AuditOutcome>> VocabOf(AuditOutcome);

// Where an audited action came from (audit_log.via): today "api" or "cli"; "web" and "http"
// are what older rows hold.
enum class AuditVia { kApi, kCli, kWeb, kHttp };
std::span<const vocab::Entry<AuditVia>> VocabOf(AuditVia);

}  // namespace dangbo::service
