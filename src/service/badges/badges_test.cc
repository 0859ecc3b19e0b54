// Badges on both engines: milestones reached with and without gaps in party age, the round
// on or after the milestone, early award for illness, the discipline wait (with a test
// double), proposal → decision → award, scope and audit.
#include "service/badges/badges.h"

#include <gtest/gtest.h>

#include "service/core/discipline_facts.h"
#include "service/lifecycle/lifecycle_test_fixture.h"

namespace dangbo::service {
namespace {

class WarnedOn final : public DisciplineFacts {
 public:
  explicit WarnedOn(Date on) : on_(on) {}
  bool DisciplinedInYear(store::Transaction&, int64_t, int) const override { return false; }
  std::optional<DisciplineDecision> LatestBefore(store::Transaction&, int64_t,
                                                 const Date& d) const override {
    if (d < on_) return std::nullopt;
    return DisciplineDecision{rules::DisciplineForm::kWarning, on_};
  }

 private:
  Date on_;
};

class BadgesTest : public testing::LifecycleTest {
 protected:
  // A gap in party age: removed on `from`, re-admitted on `to` (fixture rows).
  void AddGap(int64_t member, const char* from, const char* to) {
    store::Transaction tx = db_->BeginWrite();
    for (const auto& [kind, on] : {std::pair{"removed", from}, std::pair{"readmitted", to}}) {
      tx.Exec(
          "INSERT INTO member_event (member_id, kind, occurred_on, org_id, recorded_by, "
          "recorded_at) VALUES (?, ?, ?, ?, 'test', '2026-01-01T00:00:00.000Z')",
          {member, std::string(kind), std::string(on), a1_.id});
    }
    tx.Commit();
  }
  BadgeProposal Proposal(int milestone, const char* round, const char* basis = "regular") {
    return {milestone, round, basis, "2026-10-01", ""};
  }
  std::vector<int> DueMilestones(const char* round, int64_t member) {
    auto rows = BadgesDue(*env_, staff_a_, a_.id, *Date::Parse(round));
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().detail);
    std::vector<int> out;
    if (!rows.ok()) return out;
    for (const auto& r : rows->items) {
      if (r.member_id == member) out.push_back(r.milestone);
    }
    return out;
  }
};

TEST_F(BadgesTest, MilestoneRoundOnOrAfterWithGaps) {
  const int64_t exact = AddMember(a1_, "Đúng hạn", "1996-05-19", "1997-05-19", "", "1950-01-01");
  const int64_t next_day = AddMember(a1_, "Hôm sau", "1996-05-20", "1997-05-20", "", "1950-01-01");
  const int64_t gapped = AddMember(a1_, "Gián đoạn", "1994-03-01", "1995-03-01", "", "1950-01-01");
  AddGap(gapped, "2000-01-01", "2002-01-01");  // two years out: 30 years on 01/03/2026

  EXPECT_TRUE(DueMilestones("2026-02-03", exact).empty());
  EXPECT_EQ(DueMilestones("2026-05-19", exact), std::vector<int>{30});
  EXPECT_TRUE(DueMilestones("2026-05-19", next_day).empty());
  EXPECT_EQ(DueMilestones("2026-09-02", next_day), std::vector<int>{30});
  // Without the gap 30 years would come on 01/03/2024; with it, on 01/03/2026 → round 19/5.
  EXPECT_TRUE(DueMilestones("2026-02-03", gapped).empty());
  EXPECT_EQ(DueMilestones("2026-05-19", gapped), std::vector<int>{30});
  // Not a round.
  auto bad = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 5, 20));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  auto hidden = BadgesDue(*env_, staff_b_, a_.id, Date(2026, 5, 19));
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
}

TEST_F(BadgesTest, DueListByMilestoneThenNameInPages) {
  const int64_t cuong =
      AddMember(a1_, "Lê Văn Cường", "1996-05-19", "1997-05-19", "", "1950-01-01");
  const int64_t an = AddMember(a2_, "Nguyễn Văn An", "1996-01-10", "1997-01-10", "", "1950-01-01");
  const int64_t binh =
      AddMember(a1_, "Trần Thị Bình", "1995-07-01", "1996-07-01", "", "1950-01-01");
  const int64_t old = AddMember(a1_, "Phạm Văn Dũng", "1986-05-19", "1987-05-19", "", "1950-01-01");
  ASSERT_TRUE(ProposeBadge(*env_, staff_a_, binh, Proposal(30, "2026-05-19")).ok());

  auto all = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 5, 19));
  ASSERT_TRUE(all.ok()) << all.error().detail;
  std::vector<int64_t> order;
  for (const auto& r : all->items) order.push_back(r.member_id);
  // 40 years first (never given the 30-year badge, due for the highest reached), then by name.
  EXPECT_EQ(order, (std::vector<int64_t>{old, an, binh, cuong}));
  EXPECT_EQ(all->total, 4);
  EXPECT_EQ(all->by_milestone, (std::vector<std::pair<int, int64_t>>{{40, 1}, {30, 3}}));
  EXPECT_EQ(all->to_propose, 3);  // Bình is proposed already
  EXPECT_EQ(all->items[2].badge_status, "proposed");
  EXPECT_EQ(all->items[1].org_name, a2_.name);

  auto page = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 5, 19),
                        {.milestone = 30, .page = 2, .page_size = 2});
  ASSERT_TRUE(page.ok()) << page.error().detail;
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].member_id, cuong);
  EXPECT_EQ(page->by_milestone.size(), 2u);  // the whole round, whatever milestone was asked

  for (const BadgeDueQuery& bad : {BadgeDueQuery{.milestone = 35}, BadgeDueQuery{.page = 0},
                                   BadgeDueQuery{.page_size = 501}}) {
    auto refused = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 5, 19), bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::kInvalid);
  }
}

TEST_F(BadgesTest, ProposeDecideAwardAndNextMilestone) {
  const int64_t m = AddMember(a1_, "Phạm Văn Dũng", "1986-05-19", "1987-05-19", "",
                              "1950-01-01");  // 40 years in 2026
  EXPECT_EQ(DueMilestones("2026-05-19", m), std::vector<int>{40});
  auto early = ProposeBadge(*env_, staff_a_, m, Proposal(45, "2026-05-19"));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "badge_not_due");
  auto outside = ProposeBadge(*env_, staff_b_, m, Proposal(40, "2026-05-19"));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  auto not_round = ProposeBadge(*env_, staff_a_, m, Proposal(40, "2026-05-20"));
  ASSERT_FALSE(not_round.ok());
  EXPECT_EQ(not_round.error().fields.at(0).field, "round_on");

  auto b = ProposeBadge(*env_, staff_a_, m, Proposal(40, "2026-05-19"));
  ASSERT_TRUE(b.ok()) << b.error().detail;
  EXPECT_EQ(b->party_age_years, 40);
  auto twice = ProposeBadge(*env_, staff_a_, m, Proposal(40, "2026-05-19"));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "badge_exists");
  auto award_first = RecordBadgeStep(*env_, staff_a_, b->id, {"award", "", "2026-10-05", "", 0});
  ASSERT_FALSE(award_first.ok());
  EXPECT_EQ(award_first.error().code, "badge_stage");
  auto no_number = RecordBadgeStep(*env_, staff_a_, b->id, {"decide", "", "2026-10-02", "", 0});
  ASSERT_FALSE(no_number.ok());
  auto decided =
      RecordBadgeStep(*env_, staff_a_, b->id, {"decide", "125-QĐ/TU", "2026-10-02", "", 0});
  ASSERT_TRUE(decided.ok()) << decided.error().detail;
  auto awarded = RecordBadgeStep(*env_, staff_a_, b->id, {"award", "", "2026-11-07", "", 0});
  ASSERT_TRUE(awarded.ok()) << awarded.error().detail;
  EXPECT_EQ(awarded->status, "awarded");
  EXPECT_EQ(awarded->decision_no, "125-QĐ/TU");
  EXPECT_EQ(Audits("badge.propose"), 1);
  EXPECT_EQ(Audits("badge.decide"), 1);
  EXPECT_EQ(Audits("badge.award"), 1);

  auto file = MemberBadges(*env_, staff_a_, m);
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->size(), 1u);
  EXPECT_EQ((*file)[0].awarded_on, "2026-11-07");
  // After the 40-year badge, the next one due is 45 years, in 2031.
  EXPECT_TRUE(DueMilestones("2026-11-07", m).empty());
  auto list = ListBadges(*env_, staff_a_, root_.id, {});
  ASSERT_FALSE(list.ok());  // the root is outside A's scope
  auto mine = ListBadges(*env_, staff_a_, a_.id, {.status = "awarded"});
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->total, 1);
}

TEST_F(BadgesTest, EarlyForIllnessAndDisciplineWait) {
  // 30 years on 10/01/2027: the 7/11/2026 round is two months early.
  const int64_t ill = AddMember(a1_, "Ốm nặng", "1997-01-10", "1998-01-10", "", "1950-01-01");
  auto regular = ProposeBadge(*env_, staff_a_, ill, Proposal(30, "2026-11-07"));
  ASSERT_FALSE(regular.ok());
  EXPECT_EQ(regular.error().code, "badge_not_due");
  auto posthumous = ProposeBadge(*env_, staff_a_, ill, Proposal(30, "2026-11-07", "posthumous"));
  ASSERT_FALSE(posthumous.ok());
  EXPECT_EQ(posthumous.error().code, "badge_basis");
  auto early = ProposeBadge(*env_, staff_a_, ill, Proposal(30, "2026-11-07", "illness"));
  ASSERT_TRUE(early.ok()) << early.error().detail;
  EXPECT_EQ(early->basis, "illness");

  // A warning (cảnh cáo) on 01/03/2026 holds the badge back for 9 months: to 01/12/2026.
  const int64_t warned =
      AddMember(a1_, "Bị cảnh cáo", "1996-05-19", "1997-05-19", "", "1950-01-01");
  const WarnedOn facts(Date(2026, 3, 1));
  const DisciplineFacts* previous = SetDisciplineFacts(&facts);
  auto held = ProposeBadge(*env_, staff_a_, warned, Proposal(30, "2026-11-07"));
  auto rows = BadgesDue(*env_, staff_a_, a_.id, Date(2026, 11, 7));
  SetDisciplineFacts(previous);
  ASSERT_FALSE(held.ok());
  EXPECT_EQ(held.error().code, "badge_discipline_wait");
  ASSERT_TRUE(rows.ok());
  bool shown = false;
  for (const auto& r : rows->items) {
    if (r.member_id == warned) shown = r.hold_reason.find("01/12/2026") != std::string::npos;
  }
  EXPECT_TRUE(shown);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM badge WHERE member_id = ?", {warned}), 0);
}

// Badge figures as recorded before the award and before a proposal was withdrawn count the
// badges as they stood then.
TEST_F(BadgesTest, FiguresAsRecordedBeforeAnAwardAndAWithdrawal) {
  const int64_t m = AddMember(a1_, "Phạm Văn Dũng", "1986-05-19", "1987-05-19", "", "1950-01-01");
  const int64_t n = AddMember(a1_, "Lê Văn Cường", "1996-05-19", "1997-05-19", "", "1950-01-01");
  auto b = ProposeBadge(*env_, staff_a_, m, Proposal(40, "2026-05-19"));
  ASSERT_TRUE(b.ok()) << b.error().detail;
  auto c = ProposeBadge(*env_, staff_a_, n, Proposal(30, "2026-05-19"));
  ASSERT_TRUE(c.ok()) << c.error().detail;
  ASSERT_TRUE(
      RecordBadgeStep(*env_, staff_a_, b->id, {"decide", "125-QĐ/TU", "2026-10-02", "", 0}).ok());
  const std::string decided = NextDay();
  NextDay();
  ASSERT_TRUE(RecordBadgeStep(*env_, staff_a_, b->id, {"award", "", "2026-11-07", "", 0}).ok());
  ASSERT_TRUE(
      RecordBadgeStep(*env_, staff_a_, c->id, {"void", "", "", "Đề nghị nhầm mốc", 0}).ok());
  const char* codes = "badges.proposed,badges.awarded,badges.awarded_40";
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2026, 12, 31), "2026"),
            (std::vector<int64_t>{1, 1, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2026, 12, 31), "2026", decided),
            (std::vector<int64_t>{2, 0, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM badge_retired"), 3);
}

TEST_F(BadgesTest, WholeRoundImport) {
  const int64_t a = AddMember(a1_, "Nguyễn Một", "1996-05-19", "1997-05-19", "", "1950-01-01");
  const int64_t b =
      AddMember(a2_, "Trần Hai", "1976-02-01", "1977-02-01", "", "1950-01-01");  // 50 years
  auto n = ImportBadgeRound(*env_, op_, a_.id,
                            {"2026-05-19", "2026-04-01", "88-QĐ/TU", "2026-05-10", "2026-05-19"},
                            {{a, 30}, {b, 50}});
  ASSERT_TRUE(n.ok()) << n.error().detail;
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM badge WHERE status = 'awarded'"), 2);
  EXPECT_EQ(Audits("badge.import"), 1);
  auto not_due = ImportBadgeRound(
      *env_, op_, a_.id, {"2026-09-02", "2026-08-01", "90-QĐ/TU", "2026-08-20", "2026-09-02"},
      {{b, 55}});
  ASSERT_FALSE(not_due.ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM badge"), 2);
}

}  // namespace
}  // namespace dangbo::service
