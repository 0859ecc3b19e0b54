// Discipline on both engines: forms by subject and status refused with the reason, the
// statute of limitations with the date it lapsed, the appeal window and outcome, khai trừ
// ending the membership and giải tán dissolving the organization in the same write,
// confidentiality (secretaries see only their own cases; every read audited), the reader
// that ratings and badges consult, and the confidential indicators.
#include "service/discipline/discipline.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/badges/badges.h"
#include "service/core/discipline_facts.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/orgs/org_details.h"
#include "service/ratings/ratings.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"
#include "service/verify/verify.h"

namespace dangbo::service {
namespace {

class DisciplineTest : public testing::LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    kiemtra_ = ActorFor(MakeUser("kiemtra.a", a_.id, {"inspection_staff"}), "10.0.0.7");
    secretary_a_ = ActorFor(MakeUser("bithu.a", a_.id, {"secretary"}), "10.0.0.8");
  }

  DisciplineInput Member(int64_t id, const char* form, const char* violation_on = "2026-01-05",
                         const char* decided_on = "2026-03-01") {
    DisciplineInput in;
    in.subject = "member";
    in.member_id = id;
    in.form = form;
    in.violation_on = violation_on;
    in.violation = "Vi phạm quy định về những điều đảng viên không được làm";
    in.decision_no = "12-QĐ/ĐU";
    in.decided_on = decided_on;
    return in;
  }

  Actor kiemtra_, secretary_a_;
};

TEST_F(DisciplineTest, FormsBySubjectAndStatusAreRefusedWithTheReason) {
  const int64_t probationary = AddMember(a1_, "Dự Bị Một", "2026-01-10", "");
  const int64_t official = AddMember(a1_, "Chính Thức Hai");
  for (const char* form : {"dismissal", "expulsion"}) {
    auto r = RecordDiscipline(*env_, kiemtra_, a_.id, Member(probationary, form));
    ASSERT_FALSE(r.ok()) << form;
    EXPECT_EQ(r.error().code, "form_not_allowed");
    EXPECT_NE(r.error().detail.find("dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo"),
              std::string::npos);
  }
  auto no_post = RecordDiscipline(*env_, kiemtra_, a_.id, Member(official, "dismissal"));
  ASSERT_FALSE(no_post.ok());
  EXPECT_NE(no_post.error().detail.find("đang giữ chức vụ"), std::string::npos);
  auto dissolve_member = RecordDiscipline(*env_, kiemtra_, a_.id, Member(official, "dissolution"));
  ASSERT_FALSE(dissolve_member.ok());
  DisciplineInput org = Member(0, "expulsion");
  org.subject = "org";
  org.subject_org_id = a1_.id;
  auto expel_org = RecordDiscipline(*env_, kiemtra_, a_.id, org);
  ASSERT_FALSE(expel_org.ok());
  EXPECT_NE(expel_org.error().detail.find("khiển trách, cảnh cáo hoặc giải tán"),
            std::string::npos);

  // A committee seat is a post: cách chức is then allowed; probationary warning is allowed.
  ASSERT_TRUE(AddCommitteeSeat(*env_, op_,
                               {.org_id = a1_.id,
                                .term = "2020–2025",
                                .person_name = "Chính Thức Hai",
                                .member_id = official,
                                .position = "secretary"})
                  .ok());
  auto dismissed = RecordDiscipline(*env_, kiemtra_, a_.id, Member(official, "dismissal"));
  ASSERT_TRUE(dismissed.ok()) << dismissed.error().detail;
  EXPECT_NE(dismissed->post.find("Chi bộ A1"), std::string::npos);
  auto warned = RecordDiscipline(*env_, kiemtra_, a_.id, Member(probationary, "warning"));
  ASSERT_TRUE(warned.ok()) << warned.error().detail;
  EXPECT_EQ(warned->member_status, "probationary");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM discipline_case"), 2);
  EXPECT_EQ(Audits("discipline.record"), 2);
}

TEST_F(DisciplineTest, TimeBarredCaseIsRefusedWithTheDateItLapsed) {
  const int64_t m = AddMember(a1_, "Thời Hiệu");
  // Khiển trách: 60 months from 10/01/2015 ran out on 10/01/2020.
  auto late =
      RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "reprimand", "2015-01-10", "2020-03-01"));
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "statute_lapsed");
  EXPECT_NE(late.error().detail.find("10/01/2020"), std::string::npos) << late.error().detail;
  // Cảnh cáo has 120 months; khai trừ none.
  auto warning =
      RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "warning", "2015-01-10", "2020-03-01"));
  EXPECT_TRUE(warning.ok()) << warning.error().detail;
  auto old =
      RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "expulsion", "1999-01-10", "2026-03-01"));
  EXPECT_TRUE(old.ok()) << old.error().detail;
}

TEST_F(DisciplineTest, AppealWithinThirtyDaysAndItsOutcome) {
  const int64_t m = AddMember(a1_, "Khiếu Nại");
  DisciplineInput in = Member(m, "warning");
  in.received_on = "2026-03-02";
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->appeal_until, "2026-04-01");
  auto late = LodgeAppeal(*env_, kiemtra_, c->id, {"2026-04-02"});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "appeal_late");
  EXPECT_NE(late.error().detail.find("01/04/2026"), std::string::npos);
  auto appealed = LodgeAppeal(*env_, kiemtra_, c->id, {"2026-03-20"});
  ASSERT_TRUE(appealed.ok()) << appealed.error().detail;
  EXPECT_EQ(appealed->status, "appealed");
  auto harsher =
      DecideAppeal(*env_, kiemtra_, c->id, {"changed", "2026-04-10", "5-QĐ", "dismissal"});
  ASSERT_FALSE(harsher.ok());
  auto changed =
      DecideAppeal(*env_, kiemtra_, c->id, {"changed", "2026-04-10", "5-QĐ", "reprimand"});
  ASSERT_TRUE(changed.ok()) << changed.error().detail;
  EXPECT_EQ(changed->status, "changed");
  EXPECT_EQ(changed->effective_form, "reprimand");
  EXPECT_EQ(Audits("discipline.appeal_decide"), 1);
  // A year after the decision without a new violation it has lapsed (today is 21/11/2026: not
  // yet; one decided on 01/03/2025 has).
  EXPECT_EQ(changed->lapses_on, "2027-03-01");
  auto old = RecordDiscipline(
      *env_, kiemtra_, a_.id,
      Member(AddMember(a1_, "Hết Hiệu Lực"), "reprimand", "2025-01-05", "2025-03-01"));
  ASSERT_TRUE(old.ok());
  EXPECT_EQ(old->status, "lapsed");
}

// A report as recorded before an appeal's decision shows the form then in force; today's
// shows the milder one (every change of a case keeps the version it replaces).
TEST_F(DisciplineTest, FiguresAsRecordedBeforeAnAppealDecisionKeepTheFormThen) {
  DisciplineInput in = Member(AddMember(a1_, "Như Đã Ghi"), "warning");
  in.received_on = "2026-03-02";
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  ASSERT_TRUE(LodgeAppeal(*env_, kiemtra_, c->id, {"2026-03-20"}).ok());
  const std::string before = NextDay();
  NextDay();
  ASSERT_TRUE(
      DecideAppeal(*env_, kiemtra_, c->id, {"changed", "2026-04-10", "5-QĐ", "reprimand"}).ok());
  const char* codes =
      "discipline.members_warning,discipline.members_reprimand,discipline.appeal_changed";
  EXPECT_EQ(Figures(kiemtra_, a_, codes, Date(2026, 11, 21), "2026"),
            (std::vector<int64_t>{0, 1, 1}));
  EXPECT_EQ(Figures(kiemtra_, a_, codes, Date(2026, 11, 21), "2026", before),
            (std::vector<int64_t>{1, 0, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM discipline_case_retired"), 2);  // appeal, decision
}

TEST_F(DisciplineTest, ExpulsionEndsTheMembershipThroughTheLifecycle) {
  const int64_t m = AddMember(a1_, "Khai Trừ");
  EXPECT_EQ(StockOn(a_, "2026-03-01"), 1);
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "expulsion"));
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(StatusOf(m), "expelled");
  EXPECT_EQ(Events(m, "expelled"), 1);
  ASSERT_TRUE(c->effect_event_id.has_value());
  EXPECT_EQ(*c->effect_event_id, LatestEvent(m));
  EXPECT_EQ(StockOn(a_, "2026-03-01"), 0);
  // Once expelled, no further discipline; the case with its effect cannot be voided.
  EXPECT_FALSE(RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "warning")).ok());
  EXPECT_FALSE(VoidDiscipline(*env_, kiemtra_, c->id, "Ghi nhầm").ok());
}

// An expulsion annulled on appeal no longer ends the membership: the expulsion event is
// voided in the same transaction and the member counts again, from the start.
TEST_F(DisciplineTest, AnAnnulledExpulsionRestoresTheMembership) {
  const int64_t m = AddMember(a1_, "Khai Trừ Oan");
  DisciplineInput in = Member(m, "expulsion");
  in.received_on = "2026-03-02";
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(StatusOf(m), "expelled");
  ASSERT_TRUE(LodgeAppeal(*env_, kiemtra_, c->id, {"2026-03-20"}).ok());
  auto annulled = DecideAppeal(*env_, kiemtra_, c->id, {"annulled", "2026-04-15", "9-QĐ"});
  ASSERT_TRUE(annulled.ok()) << annulled.error().detail;
  EXPECT_EQ(annulled->status, "annulled");
  EXPECT_EQ(StatusOf(m), "official");
  EXPECT_EQ(Events(m, "expelled"), 0);  // the event is voided, not deleted
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = 'expelled' "
                  "AND voided_at IS NOT NULL",
                  {m}),
            1);
  EXPECT_EQ(StockOn(a_, "2026-03-01"), 1);
}

TEST_F(DisciplineTest, DissolutionDissolvesTheOrganization) {
  const Org empty = MakeOrg(a_.id, "branch", "Chi bộ Giải Tán");
  DisciplineInput in = Member(0, "dissolution");
  in.subject = "org";
  in.subject_org_id = empty.id;
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(Text("SELECT ended_on FROM org WHERE id = ?", {empty.id}), "2026-03-01");
  EXPECT_EQ(
      Count("SELECT COUNT(*) FROM org_event WHERE org_id = ? AND kind = 'dissolved'", {empty.id}),
      1);
  // An organization with members is not dissolved: nothing is written.
  AddMember(a2_, "Còn Sinh Hoạt");
  in.subject_org_id = a2_.id;
  auto busy = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_FALSE(busy.ok());
  EXPECT_EQ(busy.error().code, "dissolve_not_allowed");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM discipline_case"), 1);
}

TEST_F(DisciplineTest, AnAnnulledDissolutionRestoresTheOrganization) {
  const Org empty = MakeOrg(a_.id, "branch", "Chi bộ Giải Tán Oan");
  DisciplineInput in = Member(0, "dissolution");
  in.subject = "org";
  in.subject_org_id = empty.id;
  in.received_on = "2026-03-02";
  auto c = RecordDiscipline(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  ASSERT_TRUE(LodgeAppeal(*env_, kiemtra_, c->id, {"2026-03-20"}).ok());
  auto annulled = DecideAppeal(*env_, kiemtra_, c->id, {"annulled", "2026-04-15", "10-QĐ"});
  ASSERT_TRUE(annulled.ok()) << annulled.error().detail;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM org WHERE id = ? AND ended_on IS NULL", {empty.id}), 1);
  EXPECT_EQ(
      Count("SELECT COUNT(*) FROM org_span WHERE org_id = ? AND valid_to IS NULL", {empty.id}), 1);
  // The dissolution is kept, voided with the appeal's decision, and no longer counted.
  auto history = OrgHistory(*env_, op_, empty.id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->back().kind, "dissolved");
  EXPECT_FALSE(history->back().voided_at.empty());
  EXPECT_NE(history->back().void_reason.find("10-QĐ"), std::string::npos);
  auto codes = ResolveIndicators("org_events.dissolved");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, op_,
                           {.org_id = a_.id,
                            .at = Date(2026, 11, 21),
                            .period = *report::ParsePeriod("2026"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 0);
  EXPECT_TRUE(VerifyDatabase(env_->db).Clean()) << FormatVerifyReport(VerifyDatabase(env_->db));
  // The branch takes members again.
  AddMember(empty, "Trở Lại Sinh Hoạt");
}

TEST_F(DisciplineTest, ConfidentialAndEveryReadAudited) {
  const int64_t m = AddMember(a1_, "Bảo Mật");
  auto by_a = RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "reprimand"));
  ASSERT_TRUE(by_a.ok());
  auto by_a1 =
      RecordDiscipline(*env_, op_, a1_.id, Member(m, "warning", "2026-02-01", "2026-04-01"));
  ASSERT_TRUE(by_a1.ok()) << by_a1.error().detail;
  // The branch secretary reads only what the branch decided; the case of A answers "not found".
  auto hidden = GetDiscipline(*env_, secretary_a1_, by_a->id);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  auto own = GetDiscipline(*env_, secretary_a1_, by_a1->id);
  EXPECT_TRUE(own.ok());
  auto list = ListDiscipline(*env_, secretary_a1_, a1_.id, {});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->total, 1);
  // Org staff may not read discipline at all; inspection staff of B do not see A's.
  auto staff = ListDiscipline(*env_, staff_a_, a_.id, {});
  ASSERT_FALSE(staff.ok());
  EXPECT_EQ(staff.error().kind, ErrorKind::kForbidden);
  auto kiemtra_b = ActorFor(MakeUser("kiemtra.b", b_.id, {"inspection_staff"}), "10.0.0.9");
  EXPECT_EQ(GetDiscipline(*env_, kiemtra_b, by_a->id).error().kind, ErrorKind::kNotFound);
  auto all = ListDiscipline(*env_, kiemtra_, a_.id, {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 2);
  EXPECT_EQ(Audits("discipline.read"), 1);
  ASSERT_TRUE(GetDiscipline(*env_, kiemtra_, by_a->id).ok());
  EXPECT_EQ(Audits("discipline.read"), 2);

  // The figures are confidential: a secretary asking for them is refused, and the whole
  // catalogue asked without codes leaves them out.
  auto codes = ResolveIndicators("discipline.members,discipline.members_warning");
  ASSERT_TRUE(codes.ok());
  IndicatorQuery q{.org_id = a1_.id,
                   .at = Date(2026, 11, 21),
                   .period = *report::ParsePeriod("2026"),
                   .indicators = *codes};
  auto refused = Indicators(*env_, secretary_a1_, q);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  auto values = Indicators(*env_, kiemtra_,
                           {.org_id = a_.id,
                            .at = Date(2026, 11, 21),
                            .period = *report::ParsePeriod("2026"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 2);
  EXPECT_EQ(values->values[1].count, 1);
  q.indicators.clear();
  auto everything = Indicators(*env_, secretary_a1_, q);
  ASSERT_TRUE(everything.ok());
  for (const auto& v : everything->values) EXPECT_FALSE(v.indicator->confidential);
}

TEST_F(DisciplineTest, RatingsAndBadgesReadTheRealRecords) {
  InstallDisciplineFacts();
  const int64_t m = AddMember(a1_, "Cảnh Cáo Thật", "1996-05-19", "1997-05-19", "", "1950-01-01");
  ASSERT_TRUE(RecordDiscipline(*env_, kiemtra_, a_.id, Member(m, "warning")).ok());
  auto rating = RecordRatingStep(
      *env_, secretary_a1_, {RatingSubject::kMember, m},
      {.year = 2026, .step = "proposed", .on = "2026-11-20", .level = "", .score = 80});
  ASSERT_FALSE(rating.ok());
  EXPECT_EQ(rating.error().code, "rating_disciplined");
  // Cảnh cáo on 01/03/2026 holds a badge back 9 months: not at 7/11/2026.
  auto badge = ProposeBadge(
      *env_, staff_a_, m, {.milestone = 30, .round_on = "2026-11-07", .proposed_on = "2026-10-01"});
  // The round's due list reads every decision at once (an organization's among them): the
  // member is listed, held back, and not counted among those to propose; the others are not.
  DisciplineInput reprimand = Member(0, "reprimand");
  reprimand.subject = "org";
  reprimand.subject_org_id = a2_.id;
  ASSERT_TRUE(RecordDiscipline(*env_, kiemtra_, a_.id, reprimand).ok());
  auto due = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 11, 7), {});
  SetDisciplineFacts(nullptr);
  ASSERT_FALSE(badge.ok());
  EXPECT_EQ(badge.error().code, "badge_discipline_wait");
  ASSERT_TRUE(due.ok());
  int64_t held = 0, unheld = 0;
  for (const BadgeDueRow& r : due->items) {
    if (r.member_id == m) {
      EXPECT_NE(r.hold_reason.find("01/12/2026"), std::string::npos) << r.hold_reason;
      ++held;
    } else if (r.hold_reason.empty()) {
      ++unheld;
    }
  }
  EXPECT_EQ(held, 1);
  EXPECT_EQ(due->to_propose, unheld);
}

}  // namespace
}  // namespace dangbo::service
