// Tests for the rule-set versions: every number, and the switch exactly on each effective date.
#include "rules/ruleset.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace dangbo::rules {
namespace {

const RuleBook& Book() { return RuleBook::Shipped(); }

TEST(RuleBookTest, ShippedVersionsInOrder) {
  const auto& sets = Book().sets();
  ASSERT_EQ(sets.size(), 4u);
  EXPECT_EQ(sets[0].effective_from, Date(2021, 7, 30));
  EXPECT_EQ(sets[1].effective_from, Date(2025, 5, 26));
  EXPECT_EQ(sets[2].effective_from, Date(2025, 8, 30));
  EXPECT_EQ(sets[3].effective_from, Date(2026, 2, 3));
  EXPECT_EQ(sets[0].source, "Điều lệ Đảng; Quy định 24-QĐ/TW (2021)");
  EXPECT_NE(sets[1].source.find("294-QĐ/TW"), std::string::npos);
  EXPECT_NE(sets[2].source.find("366-QĐ/TW"), std::string::npos);
  EXPECT_NE(sets[3].source.find("01-QĐ/TW"), std::string::npos);
}

TEST(RuleBookTest, EarliestSetCoversEarlierDates) {
  EXPECT_EQ(&Book().At(Date(1990, 1, 1)), &Book().sets()[0]);
  EXPECT_EQ(&Book().At(Date(2021, 7, 29)), &Book().sets()[0]);
  EXPECT_EQ(&Book().At(Date(2021, 7, 30)), &Book().sets()[0]);
  EXPECT_EQ(&Book().At(Date(2100, 1, 1)), &Book().sets()[3]);
}

TEST(RuleBookTest, Switches294ExactlyOnItsDate) {
  EXPECT_NE(Book().At(Date(2025, 5, 25)).source.find("24-QĐ/TW"), std::string::npos);
  EXPECT_EQ(Book().At(Date(2025, 5, 25)).source.find("294-QĐ/TW"), std::string::npos);
  EXPECT_NE(Book().At(Date(2025, 5, 26)).source.find("294-QĐ/TW"), std::string::npos);
}

TEST(RuleBookTest, RatingSwitchesOn30August2025) {
  const RuleSet& before = Book().At(Date(2025, 8, 29));
  const RuleSet& on = Book().At(Date(2025, 8, 30));
  EXPECT_EQ(before.rating.scheme, RatingScheme::kQuota);
  EXPECT_EQ(before.rating.excellent_max_percent_of_good, 20);
  EXPECT_EQ(on.rating.scheme, RatingScheme::kScore);
  EXPECT_EQ(on.rating.source, "Quy định 366-QĐ/TW (2025)");
  EXPECT_EQ(on.rating.excellent_min_score, 90);
  EXPECT_EQ(on.rating.good_min_score, 70);
  EXPECT_EQ(on.rating.completed_min_score, 50);
  EXPECT_TRUE(on.rating.disciplined_not_completed);
  // A 2024 evaluation still uses the quota.
  EXPECT_EQ(Book().At(Date(2024, 12, 15)).rating.scheme, RatingScheme::kQuota);
}

TEST(RuleBookTest, DuesSwitchOn3February2026) {
  const DuesRules& before = Book().At(Date(2026, 2, 2)).dues;
  const DuesRules& on = Book().At(Date(2026, 2, 3)).dues;
  EXPECT_EQ(before.source, "Quy định 342-QĐ/TW (2010)");
  EXPECT_EQ(before.salaried_rate_bp, 100);
  EXPECT_EQ(before.pensioner_rate_bp, 50);
  EXPECT_FALSE(before.student_monthly_vnd);
  EXPECT_FALSE(before.exempt_from_party_age_years);
  EXPECT_EQ(on.source, "Quy định 01-QĐ/TW (2026)");
  EXPECT_EQ(on.salaried_rate_bp, 100);
  EXPECT_EQ(on.pensioner_rate_bp, 50);
  EXPECT_EQ(on.student_monthly_vnd, 5000);
  EXPECT_EQ(on.exempt_from_party_age_years, 50);
  for (const DuesRules* d : {&before, &on}) {
    EXPECT_EQ(d->branch_keep_min_percent, 30);
    EXPECT_EQ(d->branch_keep_max_percent, 50);
    EXPECT_EQ(d->grassroots_keep_percent, 70);
    EXPECT_EQ(d->grassroots_commune_keep_percent, 90);
    EXPECT_EQ(d->higher_level_keep_percent, 50);
  }
}

TEST(RuleBookTest, EveryNumberInEveryVersion) {
  for (const RuleSet& r : Book().sets()) {
    SCOPED_TRACE(r.effective_from.Iso());
    EXPECT_EQ(r.min_admission_age_months, 216);
    EXPECT_EQ(r.max_admission_age_months, 720);
    EXPECT_EQ(r.min_education_grade_of_12, 9);
    EXPECT_EQ(r.min_education_grade_of_10, 7);
    EXPECT_EQ(r.introducers_required, 2);
    EXPECT_EQ(r.introducer_min_months_together, 12);
    EXPECT_EQ(r.ceremony_deadline_working_days, 30);
    EXPECT_EQ(r.decision_deadline_working_days, 60);
    EXPECT_EQ(r.decision_extension_working_days, 30);
    EXPECT_EQ(r.probation_months, 12);
    EXPECT_EQ(r.recognition_deadline_working_days, 30);
    EXPECT_EQ(r.recognition_decision_deadline_working_days, 30);
    EXPECT_EQ(r.readmission_min_months, 36);
    EXPECT_EQ(r.readmission_max_times, 1);
    EXPECT_EQ(r.temporary_work_min_months, 3);
    EXPECT_EQ(r.temporary_work_max_months_exclusive, 12);
    EXPECT_EQ(r.temporary_study_min_months, 3);
    EXPECT_EQ(r.temporary_study_max_months, 24);
    EXPECT_EQ(r.transfer_file_working_days, 60);
    EXPECT_EQ(r.transfer_present_working_days, 30);
    EXPECT_EQ(r.branch_meetings_per_year, 12);
    EXPECT_EQ(r.thematic_meetings_min_per_quarter, 1);
    EXPECT_EQ(r.grassroots_committee_meetings_per_year, 2);
    EXPECT_EQ(r.meeting_skip_removal_months, 3);
    EXPECT_EQ(r.counselling_removal_months, 12);
    EXPECT_EQ(r.badges.milestones_years,
              (std::vector<int>{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}));
    EXPECT_EQ(r.badges.rounds, (std::vector<MonthDay>{{2, 3}, {5, 19}, {9, 2}, {11, 7}}));
    EXPECT_EQ(r.badges.early_illness_months, 12);
    EXPECT_EQ(r.badges.early_illness_long_months, 24);
    EXPECT_EQ(r.badges.early_illness_long_from_years, 70);
    EXPECT_EQ(r.badges.early_posthumous_months, 12);
    EXPECT_EQ(r.discipline.appeal_days, 30);
    EXPECT_EQ(r.discipline.lapse_months, 12);
    EXPECT_EQ(DisciplineStatuteMonths(r, DisciplineForm::kReprimand), 60);
    EXPECT_EQ(DisciplineStatuteMonths(r, DisciplineForm::kWarning), 120);
    EXPECT_EQ(DisciplineStatuteMonths(r, DisciplineForm::kDismissal), 120);
    EXPECT_FALSE(DisciplineStatuteMonths(r, DisciplineForm::kExpulsion));
    EXPECT_FALSE(DisciplineStatuteMonths(r, DisciplineForm::kDissolution));
    EXPECT_EQ(BadgeWaitMonths(r, DisciplineForm::kReprimand), 6);
    EXPECT_EQ(BadgeWaitMonths(r, DisciplineForm::kWarning), 9);
    EXPECT_EQ(BadgeWaitMonths(r, DisciplineForm::kDismissal), 12);
    EXPECT_FALSE(BadgeWaitMonths(r, DisciplineForm::kExpulsion));
    EXPECT_FALSE(BadgeWaitMonths(r, DisciplineForm::kDissolution));
    EXPECT_FALSE(r.source.empty());
    EXPECT_FALSE(r.badges.source.empty());
    EXPECT_FALSE(r.discipline.source.empty());
    EXPECT_FALSE(r.dues.source.empty());
    EXPECT_FALSE(r.rating.source.empty());
  }
}

TEST(RatingTest, QuotaIsTwentyPercentOfGoodRoundedDown) {
  const RatingRules quota = Book().At(Date(2024, 12, 1)).rating;
  EXPECT_EQ(MaxExcellent(quota, 0), 0);
  EXPECT_EQ(MaxExcellent(quota, 4), 0);
  EXPECT_EQ(MaxExcellent(quota, 5), 1);
  EXPECT_EQ(MaxExcellent(quota, 9), 1);
  EXPECT_EQ(MaxExcellent(quota, 10), 2);
  EXPECT_EQ(MaxExcellent(quota, 14), 2);
  EXPECT_EQ(MaxExcellent(quota, 15), 3);
  EXPECT_EQ(MaxExcellent(quota, 1000), 200);
  EXPECT_EQ(MaxExcellent(quota, -3), 0);
  EXPECT_FALSE(RatingForScore(quota, 95));
  // The score scheme has no quota.
  EXPECT_EQ(MaxExcellent(Book().At(Date(2025, 12, 1)).rating, 14), 14);
}

TEST(RatingTest, ScoreThresholds) {
  const RatingRules score = Book().At(Date(2025, 12, 1)).rating;
  EXPECT_EQ(RatingForScore(score, 100), RatingLevel::kExcellent);
  EXPECT_EQ(RatingForScore(score, 90), RatingLevel::kExcellent);
  EXPECT_EQ(RatingForScore(score, 89.99), RatingLevel::kGood);
  EXPECT_EQ(RatingForScore(score, 70), RatingLevel::kGood);
  EXPECT_EQ(RatingForScore(score, 69.5), RatingLevel::kCompleted);
  EXPECT_EQ(RatingForScore(score, 50), RatingLevel::kCompleted);
  EXPECT_EQ(RatingForScore(score, 49.99), RatingLevel::kNotCompleted);
  EXPECT_EQ(RatingForScore(score, 0), RatingLevel::kNotCompleted);
  EXPECT_FALSE(RatingForScore(score, std::nan("")));
}

TEST(RuleBookTest, CustomBookSortsItsSets) {
  RuleSet a, b;
  a.effective_from = Date(2030, 1, 1);
  a.probation_months = 18;
  b.effective_from = Date(2020, 1, 1);
  const RuleBook book({a, b});
  EXPECT_EQ(book.sets().front().effective_from, Date(2020, 1, 1));
  EXPECT_EQ(book.At(Date(2029, 12, 31)).probation_months, 12);
  EXPECT_EQ(book.At(Date(2030, 1, 1)).probation_months, 18);
  EXPECT_EQ(book.At(Date(2000, 1, 1)).probation_months, 12);
  const RuleBook single({a});
  EXPECT_EQ(single.At(Date(1999, 1, 1)).probation_months, 18);
}

}  // namespace
}  // namespace dangbo::rules
