// Member events on a real database: cards, exemption, the end of membership, re-admission
// at 35/36 months and only once, party age without the gap, voiding the latest event only.
#include "service/lifecycle/member_events.h"

#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/transfers.h"

namespace dangbo::service {
namespace {

using testing::LifecycleTest;

EventInput Ev(const char* date, const char* no = "", const char* note = "") {
  return EventInput{Decision{date, no, ""}, note};
}

class MemberEventsTest : public LifecycleTest {};

TEST_F(MemberEventsTest, CardsGoToOfficialMembersWithUniqueNumbers) {
  const int64_t probationary = AddMember(a1_, "Nguyễn Thị Lan", "2026-01-10", "");
  auto p = IssueCard(*env_, staff_a_, probationary, {Ev("2026-11-01"), "01234567"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code, "card_requires_official");
  EXPECT_EQ(p.error().kind, ErrorKind::kRuleViolated);

  const int64_t m = AddMember(a1_, "Trần Văn Nam");
  auto early = IssueCard(*env_, staff_a_, m, {Ev("2011-01-01"), "01234567"});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "card_requires_official");
  auto bad = IssueCard(*env_, staff_a_, m, {Ev("2026-01-05"), "AB-12"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields[0].field, "card_no");

  auto issued = IssueCard(*env_, staff_a_, m, {Ev("2026-01-05", "30-QĐ/ĐUK"), "01234567"});
  ASSERT_TRUE(issued.ok()) << issued.error().detail;
  EXPECT_EQ(issued->card_no, "01234567");
  EXPECT_EQ(issued->card_issued_on, "2026-01-05");
  EXPECT_EQ(Events(m, "card_issued"), 1);
  auto twice = IssueCard(*env_, staff_a_, m, {Ev("2026-01-06"), "01234568"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "card_exists");

  const int64_t other = AddMember(a1_, "Phan Văn Ổn");
  auto dup = IssueCard(*env_, staff_a_, other, {Ev("2026-01-05"), "01234567"});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(dup.error().code, "duplicate_number");
  ASSERT_EQ(dup.error().fields.size(), 1u);
  EXPECT_EQ(dup.error().fields[0].field, "card_no");

  // Re-issue: "other" needs a reason text; a new number replaces the old one.
  auto vague = ReissueCard(*env_, staff_a_, m, {Ev("2026-03-01"), "", "other", ""});
  ASSERT_FALSE(vague.ok());
  EXPECT_EQ(vague.error().fields[0].field, "reason_text");
  auto before = ReissueCard(*env_, staff_a_, m, {Ev("2026-01-01"), "", "lost", ""});
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().fields[0].field, "effective_on");
  auto re = ReissueCard(*env_, staff_a_, m, {Ev("2026-03-01"), "07654321", "lost", ""});
  ASSERT_TRUE(re.ok()) << re.error().detail;
  EXPECT_EQ(re->card_no, "07654321");
  EXPECT_EQ(Events(m, "card_reissued"), 1);
  auto same = ReissueCard(*env_, staff_a_, other, {Ev("2026-03-01"), "", "damaged", ""});
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code, "card_missing");

  // Voiding walks back: the re-issue, then the issue.
  auto v1 = VoidMemberEvent(*env_, staff_a_, m, re->event_id, "Nhập nhầm");
  ASSERT_TRUE(v1.ok()) << v1.error().detail;
  EXPECT_EQ(v1->card_no, "01234567");
  EXPECT_EQ(v1->card_issued_on, "2026-01-05");
  auto v2 = VoidMemberEvent(*env_, staff_a_, m, issued->event_id, "Nhập nhầm");
  ASSERT_TRUE(v2.ok()) << v2.error().detail;
  EXPECT_EQ(v2->card_no, "");
  EXPECT_EQ(Text("SELECT card_issued_on FROM member WHERE id = ?", {m}), "");

  // A card recorded with the file is corrected in the file, not voided here.
  const int64_t filed = AddMember(a1_, "Lâm Văn Phúc", "2010-05-19", "2011-05-19", "05550555");
  auto registry = VoidMemberEvent(*env_, staff_a_, filed, LatestEvent(filed), "Thử");
  ASSERT_FALSE(registry.ok());
  EXPECT_EQ(registry.error().code, "event_not_voidable");
}

TEST_F(MemberEventsTest, ExemptionKeepsTheMemberCountedAndEndsBackToTheFormerStatus) {
  const int64_t m = AddMember(a1_, "Cao Văn Quý", "2001-03-03", "2002-03-03", "", "1955-01-01");
  auto missing = ExemptMember(*env_, staff_a_, m, {Ev("2026-01-01"), ""});
  ASSERT_FALSE(missing.ok());
  std::vector<std::string> fields;
  for (const auto& f : missing.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"reason", "decision_no"}));

  auto e = ExemptMember(*env_, staff_a_, m, {Ev("2026-01-01", "12-QĐ/ĐUS"), "Tuổi cao, sức yếu"});
  ASSERT_TRUE(e.ok()) << e.error().detail;
  EXPECT_EQ(e->status, "exempt");
  EXPECT_EQ(StockOn(a_, "2026-02-01"), 1);
  auto again = ExemptMember(*env_, staff_a_, m, {Ev("2026-02-01", "13-QĐ/ĐUS"), "Lần nữa"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "member_status");
  auto end = EndExemption(*env_, staff_a_, m, Ev("2026-06-01"));
  ASSERT_TRUE(end.ok()) << end.error().detail;
  EXPECT_EQ(end->status, "official");
  ASSERT_EQ(Spans(m).size(), 4u);

  // Only the latest event is voided; voiding both puts the history back.
  auto not_latest = VoidMemberEvent(*env_, staff_a_, m, e->event_id, "Sai");
  ASSERT_FALSE(not_latest.ok());
  EXPECT_EQ(not_latest.error().code, "event_not_latest");
  ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, end->event_id, "Sai").ok());
  EXPECT_EQ(StatusOf(m), "exempt");
  ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, e->event_id, "Sai").ok());
  EXPECT_EQ(StatusOf(m), "official");
  const auto spans = Spans(m);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[1], (LifecycleTest::SpanRow{"2002-03-03", "", a1_.id, "official"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND voided_at IS NOT "
                  "NULL AND void_reason = 'Sai'",
                  {m}),
            2);
  EXPECT_EQ(Audits("member_event.void"), 2);
  // Registry events are not voided here.
  auto admitted = VoidMemberEvent(
      *env_, staff_a_, m,
      Count("SELECT id FROM member_event WHERE member_id = ? AND kind = 'admitted'", {m}), "Sai");
  ASSERT_FALSE(admitted.ok());
  EXPECT_EQ(admitted.error().code, "event_not_voidable");
}

TEST_F(MemberEventsTest, EndingsTakeMembersOutOfTheStockButKeepTheirFiles) {
  const int64_t a = AddMember(a1_, "Đinh Văn Sơn");
  const int64_t b = AddMember(a1_, "Đinh Văn Tâm", "2026-01-10", "");
  const int64_t c = AddMember(a1_, "Đinh Văn Uy");
  const int64_t d = AddMember(a1_, "Đinh Văn Vĩnh");
  EXPECT_EQ(StockOn(a1_, "2026-02-01"), 4);

  auto no_text = RemoveMember(*env_, staff_a_, a, {Ev("2026-02-01", "5-QĐ/ĐUS"), "other", ""});
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.error().fields[0].field, "reason_text");
  auto bad_code = RemoveMember(*env_, staff_a_, a, {Ev("2026-02-01", "5-QĐ/ĐUS"), "lazy", ""});
  ASSERT_FALSE(bad_code.ok());
  EXPECT_EQ(bad_code.error().fields[0].field, "reason");
  auto removed = RemoveMember(*env_, staff_a_, a,
                              {Ev("2026-02-01", "5-QĐ/ĐUS"), "skipped_meetings_or_dues", ""});
  ASSERT_TRUE(removed.ok()) << removed.error().detail;
  EXPECT_EQ(removed->status, "removed");
  EXPECT_NE(Text("SELECT detail_json FROM member_event WHERE id = ?", {removed->event_id})
                .find("skipped_meetings_or_dues"),
            std::string::npos);

  auto expel_probationary = ExpelMember(*env_, staff_a_, b, Ev("2026-03-01", "7-QĐ/ĐUK"));
  ASSERT_FALSE(expel_probationary.ok());
  EXPECT_EQ(expel_probationary.error().code, "expulsion_probationary");
  auto no_decision = ExpelMember(*env_, staff_a_, c, Ev("2026-03-01"));
  ASSERT_FALSE(no_decision.ok());
  EXPECT_EQ(no_decision.error().fields[0].field, "decision_no");
  ASSERT_TRUE(ExpelMember(*env_, staff_a_, c, Ev("2026-03-01", "7-QĐ/ĐUK")).ok());
  ASSERT_TRUE(MemberLeaves(*env_, staff_a_, b, Ev("2026-04-01", "9-QĐ/ĐUS")).ok());
  auto too_early = MemberDied(*env_, staff_a_, d, Ev("2011-01-01"));
  ASSERT_FALSE(too_early.ok());
  EXPECT_EQ(too_early.error().code, "history_conflict");
  ASSERT_TRUE(MemberDied(*env_, staff_a_, d, Ev("2026-05-01")).ok());
  auto twice = MemberDied(*env_, staff_a_, d, Ev("2026-05-02"));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "member_status");

  EXPECT_EQ(StatusOf(a), "removed");
  EXPECT_EQ(StatusOf(b), "left");
  EXPECT_EQ(StatusOf(c), "expelled");
  EXPECT_EQ(StatusOf(d), "deceased");
  EXPECT_EQ(StockOn(a1_, "2026-01-31"), 4);
  EXPECT_EQ(StockOn(a1_, "2026-05-01"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member WHERE org_id = ?", {a1_.id}), 4);
  // An expelled member is not re-admitted here.
  auto readmit = ReadmitMember(*env_, staff_a_, c, {Ev("2026-11-01", "1-QĐ/ĐUK"), "", 0});
  ASSERT_FALSE(readmit.ok());
  EXPECT_EQ(readmit.error().code, "member_status");
  // Scope: another committee's staff is refused, and the refusal audited.
  const int64_t e = AddMember(a1_, "Đinh Văn Xuân");
  auto outside = ExemptMember(*env_, staff_b_, e, {Ev("2026-06-01", "1-QĐ"), "Ốm"});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Refusals("member.exempt"), 1);
  EXPECT_EQ(StatusOf(e), "official");
}

TEST_F(MemberEventsTest, ReadmissionAfterThirtySixMonthsOnceWithANewProbation) {
  const int64_t m = AddMember(a1_, "Kiều Văn Yên", "2000-01-01", "2001-01-01");
  ASSERT_TRUE(MemberLeaves(*env_, staff_a_, m, Ev("2022-01-15", "3-QĐ/ĐUS")).ok());
  // 35 whole months from leaving to the branch vote: too early.
  auto early = ReadmitMember(*env_, staff_a_, m, {Ev("2025-02-01", "20-QĐ/ĐUK"), "2025-01-14", 0});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "readmission_too_early");
  EXPECT_NE(early.error().detail.find("15/01/2025"), std::string::npos) << early.error().detail;
  // A vote after the re-admission date is malformed.
  auto order = ReadmitMember(*env_, staff_a_, m, {Ev("2025-02-01", "20-QĐ/ĐUK"), "2025-03-01", 0});
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.error().fields[0].field, "vote_on");
  // 36 months: re-admitted, on probation again, in another unit of the scope.
  auto r = ReadmitMember(*env_, staff_a_, m, {Ev("2025-02-01", "20-QĐ/ĐUK"), "2025-01-15", a2_.id});
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->status, "probationary");
  EXPECT_EQ(r->org_id, a2_.id);
  EXPECT_EQ(Text("SELECT admitted_on FROM member WHERE id = ?", {m}), "2000-01-01");
  const auto detail = nlohmann::json::parse(
      Text("SELECT detail_json FROM member_event WHERE id = ?", {r->event_id}));
  EXPECT_EQ(detail["readmitted_on"], "2025-02-01");
  EXPECT_EQ(detail["left_on"], "2022-01-15");
  EXPECT_EQ(StockOn(a_, "2025-01-31"), 0);
  EXPECT_EQ(StockOn(a_, "2025-02-01"), 1);
  // On probation: no card, although the first official date is in the file.
  auto card = IssueCard(*env_, staff_a_, m, {Ev("2025-06-01"), "01112222"});
  ASSERT_FALSE(card.ok());
  EXPECT_EQ(card.error().code, "card_requires_official");

  // Party age leaves the gap out: 2000-01-01 → 2026-02-01 less 15/01/2022 → 01/02/2025.
  auto age = PartyAgeOf(*env_, staff_a_, m, Date(2026, 2, 1));
  ASSERT_TRUE(age.ok());
  const int64_t total = Date(2026, 2, 1).DayNumber() - Date(2000, 1, 1).DayNumber();
  const int64_t gap = Date(2025, 2, 1).DayNumber() - Date(2022, 1, 15).DayNumber();
  EXPECT_EQ(age->counted_days, total - gap);
  EXPECT_EQ(age->years, 23);
  auto before_gap = PartyAgeOf(*env_, staff_a_, m, Date(2020, 1, 1));
  ASSERT_TRUE(before_gap.ok());
  EXPECT_EQ(before_gap->years, 20);
  EXPECT_EQ(before_gap->months, 0);
  EXPECT_EQ(before_gap->days, 0);
  auto hidden = PartyAgeOf(*env_, staff_b_, m, Date(2026, 2, 1));
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);

  // Only once.
  ASSERT_TRUE(
      RemoveMember(*env_, staff_a_, m, {Ev("2025-06-01", "8-QĐ/ĐUS"), "returned_card", ""}).ok());
  auto second = ReadmitMember(*env_, staff_a_, m, {Ev("2026-11-01", "30-QĐ/ĐUK"), "", 0});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, "readmission_twice");
  // The open gap after the second ending counts nothing more.
  auto frozen = PartyAgeOf(*env_, staff_a_, m, Date(2026, 11, 1));
  ASSERT_TRUE(frozen.ok());
  auto at_removal = PartyAgeOf(*env_, staff_a_, m, Date(2025, 6, 1));
  ASSERT_TRUE(at_removal.ok());
  EXPECT_EQ(frozen->counted_days, at_removal->counted_days);

  // Voiding the removal and the re-admission reopens the first gap.
  ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, LatestEvent(m), "Nhầm").ok());
  ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, r->event_id, "Nhầm").ok());
  EXPECT_EQ(StatusOf(m), "left");
  EXPECT_EQ(OrgOf(m), a1_.id);
  EXPECT_EQ(StockOn(a_, "2025-02-01"), 0);
}

}  // namespace
}  // namespace dangbo::service
