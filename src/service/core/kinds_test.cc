// The vocabulary tables against what the database accepts: the coded-column lists of the
// latest migration that fixed them (store/schema_codes.cc) equal the codes of the tables.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "rules/dues.h"
#include "service/badges/badges.h"
#include "service/cadre/cadre.h"
#include "service/core/access.h"
#include "service/core/kinds.h"
#include "service/core/roles.h"
#include "service/culture/culture.h"
#include "service/discipline/discipline.h"
#include "service/documents/documents.h"
#include "service/dues/dues.h"
#include "service/inspection/inspection.h"
#include "service/meetings/meetings.h"
#include "service/propaganda/propaganda.h"
#include "service/ratings/ratings.h"
#include "service/rewards/rewards.h"
#include "service/targets/targets.h"
#include "service/training/training.h"
#include "store/schema_parts.h"

namespace dangbo::service {
namespace {

template <vocab::Coded E>
std::string Joined() {
  std::string out;
  for (std::string_view code : vocab::Codes<E>())
    out += (out.empty() ? "" : " ") + std::string(code);
  return out;
}

TEST(KindsTest, MigrationListsEqualTheVocabularies) {
  const std::map<std::string, std::string> want = {
      {"org.kind", Joined<OrgKind>()},
      {"org_span.kind", Joined<OrgKind>()},
      {"org_event.kind", Joined<OrgEventKind>()},
      {"user_role.role", Joined<Role>()},
      {"member.status", Joined<MemberStatus>()},
      {"member_span.status", Joined<MemberStatus>()},
      {"member_event.kind", Joined<MemberEventKind>()},
      {"member_transfer.kind", Joined<TransferKind>()},
      {"member_transfer.state", Joined<TransferState>()},
      {"audit_log.action", Joined<AuditAction>()},
      {"meeting.kind", Joined<MeetingKind>()},
      {"meeting.status", Joined<MeetingStatus>()},
      {"meeting.quality", Joined<MeetingQuality>()},
      {"meeting_attendance.status", Joined<AttendanceStatus>()},
      {"rating.subject", Joined<RatingSubject>()},
      {"rating.scheme", Joined<rules::RatingScheme>()},
      {"rating.stage", Joined<RatingStage>()},
      {"rating.level", Joined<rules::RatingLevel>()},
      {"rating.self_level", Joined<rules::RatingLevel>()},
      {"rating.proposed_level", Joined<rules::RatingLevel>()},
      {"rating.decided_level", Joined<rules::RatingLevel>()},
      {"dues_basis.income", Joined<rules::DuesIncome>()},
      {"dues_relief.kind", Joined<DuesReliefKind>()},
      {"dues_relief.reason", Joined<DuesReliefReason>()},
      {"dues_payment.kind", Joined<DuesEntryKind>()},
      {"dues_tally.kind", "due paid extra arrears payers unpaid"},
      {"badge.basis", Joined<BadgeBasis>()},
      {"badge.status", Joined<BadgeStatus>()},
      {"inspection_case.kind", Joined<InspectionKind>()},
      {"inspection_case.subject", Joined<CaseSubject>()},
      {"inspection_case.status", Joined<InspectionStatus>()},
      {"discipline_case.subject", Joined<CaseSubject>()},
      {"discipline_case.form", Joined<rules::DisciplineForm>()},
      {"discipline_case.status", Joined<DisciplineStatus>()},
      {"discipline_case.appeal_outcome", Joined<AppealOutcome>()},
      {"discipline_case.changed_form", Joined<rules::DisciplineForm>()},
      {"training_class.kind", Joined<TrainingKind>()},
      {"training_learner.result", Joined<TrainingResult>()},
      {"training_learner.grade", Joined<TrainingGrade>()},
      {"cadre_plan.post", Joined<CadrePost>()},
      {"cadre_plan.target_theory", "so_cap trung_cap cao_cap cu_nhan"},
      {"cadre_roadmap_item.kind", Joined<TrainingKind>()},
      {"propaganda_activity.kind", Joined<PropagandaKind>()},
      {"propaganda_activity.document_kind", Joined<DocumentKind>()},
      {"directive05_model.kind", Joined<ModelKind>()},
      {"correction_request.state", Joined<CorrectionState>()},
      {"emulation.kind", Joined<EmulationKind>()},
      {"reward.subject", Joined<RewardSubject>()},
      {"reward.form", Joined<RewardForm>()},
      {"reward.level", Joined<RewardLevel>()},
      {"culture_unit.result", Joined<CultureResult>()},
      {"congress_target.comparison", Joined<TargetComparison>()},
      {"higher_document.kind", Joined<DocumentKind>()},
  };
  std::map<std::string, std::string> got;
  for (const auto& c : store::schema::CodedColumns()) {
    got[std::string(c.table) + "." + c.column] = c.codes;
  }
  EXPECT_EQ(got, want);
}

TEST(KindsTest, LabelsAndFlags) {
  EXPECT_EQ(vocab::LabelOf<MemberStatus>("probationary"), "Dự bị");
  EXPECT_TRUE(vocab::CodeHasFlag<MemberStatus>("exempt", kStatusActive));
  EXPECT_FALSE(vocab::CodeHasFlag<MemberStatus>("deceased", kStatusActive));
  EXPECT_EQ(vocab::Codes<MemberStatus>(kStatusActive),
            (std::vector<std::string_view>{"probationary", "official", "exempt"}));
  EXPECT_EQ(vocab::LabelOf<AuditAction>("transfer.confirm"), "Xác nhận chuyển sinh hoạt");
  for (AuditAction a : vocab::All<AuditAction>()) EXPECT_NE(vocab::Label(a), vocab::Code(a));
}

}  // namespace
}  // namespace dangbo::service
