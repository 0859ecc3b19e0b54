// Ratings on both engines: the rule set of the year decides (2024 on levels, 2025–2026 on
// points), the "xuất sắc" cap per TCCSĐ blocks approval, discipline caps the level, steps
// follow their order and the levels of the tree, scope and audit.
#include "service/ratings/ratings.h"

#include <gtest/gtest.h>

#include "memindex/member_index.h"
#include "report/period.h"
#include "service/core/discipline_facts.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

// A discipline reader that knows one member disciplined in one year.
class OneDisciplined final : public DisciplineFacts {
 public:
  OneDisciplined(int64_t member, int year) : member_(member), year_(year) {}
  bool DisciplinedInYear(store::Transaction&, int64_t member, int year) const override {
    return member == member_ && year == year_;
  }
  std::optional<DisciplineDecision> LatestBefore(store::Transaction&, int64_t,
                                                 const Date&) const override {
    return std::nullopt;
  }

 private:
  int64_t member_;
  int year_;
};

class RatingsTest : public testing::LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    staff_root_ = ActorFor(MakeUser("tochuc.root", root_.id, {"org_staff"}), "10.0.0.9");
  }

  RatingStepInput Step(int year, const char* step, const char* on, const char* level,
                       std::optional<int> score = std::nullopt) {
    RatingStepInput in;
    in.year = year;
    in.step = step;
    in.on = on;
    in.level = level;
    in.score = score;
    return in;
  }
  RatingTarget M(int64_t id) { return {RatingSubject::kMember, id}; }

  // Proposed by the branch's secretary and decided by the TCCSĐ's staff.
  void ProposeAndDecide(int64_t member, int year, const char* level,
                        std::optional<int> score = std::nullopt) {
    auto p = RecordRatingStep(*env_, secretary_a1_, M(member),
                              Step(year, "proposed", "2026-01-10", level, score));
    ASSERT_TRUE(p.ok()) << p.error().detail;
    auto d = RecordRatingStep(*env_, staff_a_, M(member),
                              Step(year, "decided", "2026-01-20", level, score));
    ASSERT_TRUE(d.ok()) << d.error().detail;
  }

  Actor staff_root_;
};

TEST_F(RatingsTest, TheYearsRuleSetDecidesLevelsOrScores) {
  EXPECT_EQ(RatingRulesFor(2024).scheme, rules::RatingScheme::kQuota);
  EXPECT_EQ(RatingRulesFor(2025).scheme, rules::RatingScheme::kScore);  // 366-QĐ/TW from 30/8/2025
  EXPECT_EQ(RatingRulesFor(2026).scheme, rules::RatingScheme::kScore);
  const int64_t m = AddMember(a1_, "Nguyễn Văn An");

  // 2024, recorded in 2026, keeps the 2024 rules: a level, no score.
  auto scored =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "self", "2025-01-05", "good", 80));
  ASSERT_FALSE(scored.ok());
  EXPECT_EQ(scored.error().fields.at(0).field, "score");
  auto self =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "self", "2025-01-05", "good"));
  ASSERT_TRUE(self.ok()) << self.error().detail;
  EXPECT_EQ(self->rating.scheme, "quota");
  EXPECT_EQ(self->rating.level, "good");

  // 2026 is scored: 85 reaches "tốt", not "xuất sắc"; 93 reaches "xuất sắc".
  auto unscored =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2026, "self", "2026-11-20", "good"));
  ASSERT_FALSE(unscored.ok());
  EXPECT_EQ(unscored.error().fields.at(0).field, "score");
  auto above = RecordRatingStep(*env_, secretary_a1_, M(m),
                                Step(2026, "self", "2026-11-20", "excellent", 85));
  ASSERT_FALSE(above.ok());
  EXPECT_EQ(above.error().code, "rating_score_level");
  auto derived =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2026, "self", "2026-11-20", "", 85));
  ASSERT_TRUE(derived.ok()) << derived.error().detail;
  EXPECT_EQ(derived->rating.scheme, "score");
  EXPECT_EQ(derived->rating.level, "good");
  EXPECT_EQ(*derived->rating.self.score, 85);
  auto top =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2026, "proposed", "2026-11-21", "", 93));
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->rating.level, "excellent");
  auto low =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2026, "proposed", "2026-11-21", "", 49));
  ASSERT_TRUE(low.ok());
  EXPECT_EQ(low->rating.level, "not_completed");
  auto out_of_range =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2026, "proposed", "2026-11-21", "", 101));
  EXPECT_FALSE(out_of_range.ok());
}

TEST_F(RatingsTest, ExcellentCapPerGrassrootsBlocksApproval) {
  std::vector<int64_t> good, excellent;
  for (int i = 0; i < 5; ++i) good.push_back(AddMember(a1_, ("Tốt " + std::to_string(i)).c_str()));
  for (int i = 0; i < 2; ++i)
    excellent.push_back(AddMember(a1_, ("Xuất sắc " + std::to_string(i)).c_str()));
  for (int64_t m : good) ProposeAndDecide(m, 2024, "good");
  ProposeAndDecide(excellent[0], 2024, "excellent");
  // The second "xuất sắc" of five "tốt" is over floor(5 × 20%) = 1: a warning, then no approval.
  ASSERT_TRUE(RecordRatingStep(*env_, secretary_a1_, M(excellent[1]),
                               Step(2024, "proposed", "2026-01-10", "excellent"))
                  .ok());
  auto over = RecordRatingStep(*env_, staff_a_, M(excellent[1]),
                               Step(2024, "decided", "2026-01-20", "excellent"));
  ASSERT_TRUE(over.ok());
  ASSERT_EQ(over->warnings.size(), 1u);
  auto summary = SummarizeRatings(*env_, staff_a_, a_.id, 2024);
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(summary->quotas.size(), 1u);
  EXPECT_TRUE(summary->quotas[0].exceeded);
  EXPECT_EQ(summary->quotas[0].max_excellent, 1);
  EXPECT_EQ(summary->members.rated, 7);
  EXPECT_EQ(summary->members.good_or_better(), 7);

  // The TCCSĐ's own staff decides but may not approve; the higher committee may not either
  // while the cap is exceeded.
  auto own =
      RecordRatingStep(*env_, staff_a_, M(good[0]), Step(2024, "approved", "2026-02-01", ""));
  ASSERT_FALSE(own.ok());
  EXPECT_EQ(own.error().kind, ErrorKind::kForbidden);
  auto blocked =
      RecordRatingStep(*env_, staff_root_, M(good[0]), Step(2024, "approved", "2026-02-01", ""));
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, "rating_quota_exceeded");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rating WHERE approved_on IS NOT NULL"), 0);

  // The grassroots committee lowers one to "tốt": within the cap, approval goes through.
  ASSERT_TRUE(RecordRatingStep(*env_, staff_a_, M(excellent[1]),
                               Step(2024, "decided", "2026-01-25", "good"))
                  .ok());
  auto approved =
      RecordRatingStep(*env_, staff_root_, M(good[0]), Step(2024, "approved", "2026-02-01", ""));
  ASSERT_TRUE(approved.ok()) << approved.error().detail;
  EXPECT_EQ(approved->rating.stage, "approved");
  EXPECT_EQ(approved->rating.approved_by, staff_root_.display_name);
  EXPECT_GE(Audits("rating.approve"), 1);
  EXPECT_GE(Refusals("rating.approve"), 1);
  // Approved is final.
  auto again =
      RecordRatingStep(*env_, staff_a_, M(good[0]), Step(2024, "decided", "2026-02-02", "good"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "rating_stage");
}

TEST_F(RatingsTest, DisciplinedMemberRatedNotCompleted) {
  const int64_t m = AddMember(a1_, "Trần Thị Bình");
  const OneDisciplined facts(m, 2024);
  const DisciplineFacts* previous = SetDisciplineFacts(&facts);
  auto good =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "proposed", "2025-01-05", "good"));
  auto other_year =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2023, "proposed", "2024-01-05", "good"));
  auto not_completed = RecordRatingStep(*env_, secretary_a1_, M(m),
                                        Step(2024, "proposed", "2025-01-05", "not_completed"));
  SetDisciplineFacts(previous);
  ASSERT_FALSE(good.ok());
  EXPECT_EQ(good.error().code, "rating_disciplined");
  EXPECT_TRUE(other_year.ok());
  EXPECT_TRUE(not_completed.ok());
}

TEST_F(RatingsTest, StepsInOrderScopeAndLists) {
  const int64_t m = AddMember(a1_, "Lê Văn Cường");
  // No decision before a proposal; a secretary may not decide; outside the scope: not found.
  auto early = RecordRatingStep(*env_, staff_a_, M(m), Step(2024, "decided", "2025-01-05", "good"));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "rating_stage");
  ASSERT_TRUE(
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "proposed", "2025-01-05", "good"))
          .ok());
  auto by_secretary =
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "decided", "2025-01-06", "good"));
  ASSERT_FALSE(by_secretary.ok());
  EXPECT_EQ(by_secretary.error().kind, ErrorKind::kForbidden);
  auto outside =
      RecordRatingStep(*env_, staff_b_, M(m), Step(2024, "proposed", "2025-01-05", "good"));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  auto before =
      RecordRatingStep(*env_, staff_a_, M(m), Step(2024, "decided", "2025-01-01", "good"));
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().fields.at(0).field, "on");
  EXPECT_EQ(Audits("rating.propose"), 1);

  // An organization's rating: the branch proposed, decided by its TCCSĐ.
  const RatingTarget branch{RatingSubject::kOrg, a1_.id};
  ASSERT_TRUE(
      RecordRatingStep(*env_, staff_a_, branch, Step(2024, "proposed", "2025-01-05", "good")).ok());
  ASSERT_TRUE(
      RecordRatingStep(*env_, staff_a_, branch, Step(2024, "decided", "2025-01-08", "good")).ok());

  auto list = ListRatings(*env_, staff_a_, a_.id, {.year = 2024});
  ASSERT_TRUE(list.ok()) << list.error().detail;
  ASSERT_EQ(list->total, 1);
  ASSERT_TRUE(list->items[0].rating.has_value());
  EXPECT_EQ(list->items[0].rating->proposed.by, secretary_a1_.display_name);
  auto orgs = ListRatings(*env_, staff_a_, a_.id, {.year = 2024, .subject = "org"});
  ASSERT_TRUE(orgs.ok());
  EXPECT_EQ(orgs->total, 2);  // A1 (rated) and A2
  auto hidden = ListRatings(*env_, staff_b_, a_.id, {.year = 2024});
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  auto mine = MemberRatings(*env_, staff_a_, m);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->size(), 1u);
}

// The whole members' list of a year from the member index (its order and count; the rows of
// a page from SQL) is the list SQL gives, with the members rated who have left since and one
// whose admission was corrected to after the year, on every page.
TEST_F(RatingsTest, MembersListFromTheIndexIsTheListFromSql) {
  std::vector<int64_t> ids;
  std::vector<YearRating> rated;
  const char* names[] = {"Lê Văn Tám",    "Nguyễn Thị Ba", "Trần Văn Một", "Phạm Thị Năm",
                         "Hoàng Văn Hai", "Vũ Thị Bảy",    "Đỗ Văn Sáu",   "Bùi Thị Bốn"};
  for (int i = 0; i < 8; ++i) {
    ids.push_back(AddMember(i % 2 ? a1_ : a2_, names[i]));
    if (i < 6) rated.push_back({M(ids.back()), "good"});
  }
  const int64_t late = AddMember(a1_, "Mới Vào Sau", "2025-03-01", "2026-03-01");
  ASSERT_TRUE(ImportYearRatings(*env_, op_, root_.id, 2024,
                                {"2024-12-10", "2024-12-20", "2025-01-15", "5-QĐ/ĐU"}, rated)
                  .ok());
  memindex::MemberIndex index;
  index.Load(*db_);
  ASSERT_TRUE(index.Ready());
  const Env indexed{*db_, clock_, &index};
  {  // After the index loaded: one rated member left, one rated member's admission corrected.
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("UPDATE member SET status = 'left' WHERE id = ?", {ids[1]});
    tx.Exec("UPDATE member SET admitted_on = '2025-02-01' WHERE id = ?", {ids[2]});
    tx.Commit();
  }
  const auto answer = [&](const Env& e, const RatingQuery& q) {
    auto page = ListRatings(e, staff_a_, a_.id, q);
    if (!page.ok()) return "error " + page.error().code;
    std::string out = "total " + std::to_string(page->total) + ":";
    for (const RatingRow& r : page->items) {
      out += " " + std::to_string(r.id) + (r.rating ? "*" : "") + "@" + std::to_string(r.org_id);
    }
    return out;
  };
  for (int page = 1; page <= 4; ++page) {
    const RatingQuery q{.year = 2024, .page = page, .page_size = 3};
    EXPECT_EQ(answer(indexed, q), answer(*env_, q)) << "page " << page;
  }
  const std::string all = answer(indexed, {.year = 2024});
  EXPECT_EQ(all, answer(*env_, {.year = 2024}));
  EXPECT_NE(all.find(" " + std::to_string(ids[1]) + "*"), std::string::npos) << all;  // left
  EXPECT_NE(all.find(" " + std::to_string(ids[2]) + "*"), std::string::npos) << all;  // later
  EXPECT_EQ(all.find(" " + std::to_string(late)), std::string::npos) << all;  // not yet a member
  EXPECT_EQ(answer(indexed, {.year = 2024, .stage = "none"}),
            answer(*env_, {.year = 2024, .stage = "none"}));
}

// A report as recorded on a day between two steps counts the rating as it stood then: no
// decided level yet; every step keeps the version it replaced (rating_retired).
TEST_F(RatingsTest, FiguresAsRecordedBetweenTwoStepsKeepTheRatingThen) {
  const int64_t m = AddMember(a1_, "Đặng Văn Ghi");
  ASSERT_TRUE(
      RecordRatingStep(*env_, secretary_a1_, M(m), Step(2024, "proposed", "2025-01-10", "good"))
          .ok());
  const std::string proposed = NextDay();
  NextDay();
  ASSERT_TRUE(
      RecordRatingStep(*env_, staff_a_, M(m), Step(2024, "decided", "2025-01-20", "excellent"))
          .ok());
  const std::string decided = NextDay();
  NextDay();
  auto again = RecordRatingStep(*env_, staff_a_, M(m), Step(2024, "decided", "2025-01-25", "good"));
  ASSERT_TRUE(again.ok()) << again.error().detail;
  const char* codes = "ratings.members_rated,ratings.members_excellent,ratings.members_good";
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2024, 12, 31), "2024"),
            (std::vector<int64_t>{1, 0, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2024, 12, 31), "2024", proposed),
            (std::vector<int64_t>{0, 0, 0}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2024, 12, 31), "2024", decided),
            (std::vector<int64_t>{1, 1, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rating_retired"), 2);
}

TEST_F(RatingsTest, YearImportAndIndicators) {
  std::vector<YearRating> all;
  for (int i = 0; i < 9; ++i) {
    all.push_back({M(AddMember(a1_, ("Đảng viên " + std::to_string(i)).c_str())),
                   i < 8 ? "good" : "completed"});
  }
  all[0].level = "excellent";
  all.push_back({{RatingSubject::kOrg, a_.id}, "good"});
  auto ratable = RatableIn(*env_, op_, root_.id, 2024);
  ASSERT_TRUE(ratable.ok());
  EXPECT_EQ(ratable->size(), 9u + 5u);  // members, then A, A1, A2, B, B1
  const YearDates dates{"2024-12-10", "2024-12-20", "2025-01-10", "15-QĐ/ĐUK"};
  auto n = ImportYearRatings(*env_, op_, root_.id, 2024, dates, all);
  ASSERT_TRUE(n.ok()) << n.error().detail;
  EXPECT_EQ(*n, 10);
  EXPECT_EQ(Audits("rating.import"), 1);
  // Two "xuất sắc" of seven "tốt" are over the cap: refused, nothing written.
  std::vector<YearRating> over = all;
  over[1].level = "excellent";
  auto refused = ImportYearRatings(*env_, op_, root_.id, 2023,
                                   {"2023-12-10", "2023-12-20", "2024-01-10", ""}, over);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "rating_quota_exceeded");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rating WHERE year = 2023"), 0);

  auto codes = ResolveIndicators(
      "ratings.members_rated,ratings.members_good_percent,ratings.grassroots_good_percent");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, op_,
                           {.org_id = root_.id,
                            .at = Date(2024, 12, 31),
                            .period = *report::ParsePeriod("2024"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  ASSERT_EQ(values->values.size(), 3u);
  EXPECT_EQ(values->values[0].count, 9);
  ASSERT_TRUE(values->values[1].percent.has_value());
  EXPECT_NEAR(*values->values[1].percent, 800.0 / 9, 1e-9);
  EXPECT_NEAR(*values->values[2].percent, 100.0, 1e-9);
}

}  // namespace
}  // namespace dangbo::service
