// Dues rules: the rate by the rule set of the month either side of 3/2/2026, rounding,
// exemption by party age, reductions and the shares kept at each level.
#include "rules/dues.h"

#include <gtest/gtest.h>

namespace dangbo::rules {
namespace {

const RuleBook& Book() { return RuleBook::Shipped(); }

TEST(DuesRulesTest, TheMonthsLastDayDecidesTheRuleSet) {
  EXPECT_EQ(DuesRulesOfMonth(Book(), 2026, 1).dues.source, "Quy định 342-QĐ/TW (2010)");
  EXPECT_EQ(DuesRulesOfMonth(Book(), 2026, 2).dues.source, "Quy định 01-QĐ/TW (2026)");
  EXPECT_EQ(DuesRulesOfMonth(Book(), 2026, 3).dues.source, "Quy định 01-QĐ/TW (2026)");
}

TEST(DuesRulesTest, RatesEitherSideOf3February2026) {
  const DuesRules& jan = DuesRulesOfMonth(Book(), 2026, 1).dues;
  const DuesRules& mar = DuesRulesOfMonth(Book(), 2026, 3).dues;
  // 1% of 4.680.000 đ = 46.800 đ, rounded to 47.000 đ under both.
  EXPECT_EQ(MonthlyDue(jan, DuesIncome::kSalaried, 4'680'000, 0), 47'000);
  EXPECT_EQ(MonthlyDue(mar, DuesIncome::kSalaried, 4'680'000, 0), 47'000);
  // 0,5% of a 6.200.000 đ pension = 31.000 đ.
  EXPECT_EQ(MonthlyDue(jan, DuesIncome::kPensioner, 6'200'000, 0), 31'000);
  // Students: no national figure under 342 (the other members' 5.000 đ), 5.000 đ under 01.
  EXPECT_EQ(MonthlyDue(jan, DuesIncome::kStudent, 0, 0), 5'000);
  EXPECT_EQ(MonthlyDue(mar, DuesIncome::kStudent, 9'999'999, 0), 5'000);
  EXPECT_EQ(MonthlyDue(mar, DuesIncome::kOther, 0, 0), 5'000);
  // Exemption by party age only from 01-QĐ/TW.
  EXPECT_FALSE(ExemptByPartyAge(jan, 55));
  EXPECT_TRUE(ExemptByPartyAge(mar, 50));
  EXPECT_FALSE(ExemptByPartyAge(mar, 49));
}

TEST(DuesRulesTest, RoundingToTheNearestThousandHalvesUp) {
  EXPECT_EQ(RoundDues(46'499, 1000), 46'000);
  EXPECT_EQ(RoundDues(46'500, 1000), 47'000);
  EXPECT_EQ(RoundDues(300, 1000), 1'000);  // positive never rounds to zero
  EXPECT_EQ(RoundDues(0, 1000), 0);
  EXPECT_EQ(RoundDues(46'499, 1), 46'499);
}

TEST(DuesRulesTest, ReductionAndExemption) {
  const DuesRules& r = DuesRulesOfMonth(Book(), 2026, 5).dues;
  EXPECT_EQ(MonthlyDue(r, DuesIncome::kSalaried, 8'000'000, 50), 40'000);
  EXPECT_EQ(MonthlyDue(r, DuesIncome::kSalaried, 8'000'000, 100), 0);
}

TEST(DuesRulesTest, SharesKeptAtEachLevel) {
  const DuesRules& r = DuesRulesOfMonth(Book(), 2026, 5).dues;
  EXPECT_EQ(KeepPercent(r, DuesLevel::kBranch, std::nullopt), 30);
  EXPECT_EQ(KeepPercent(r, DuesLevel::kBranch, 45), 45);
  EXPECT_EQ(KeepPercent(r, DuesLevel::kBranch, 60), 30);  // outside 30–50: the default
  EXPECT_EQ(KeepPercent(r, DuesLevel::kGrassroots, std::nullopt), 70);
  EXPECT_EQ(KeepPercent(r, DuesLevel::kGrassrootsCommune, std::nullopt), 90);
  EXPECT_EQ(KeepPercent(r, DuesLevel::kHigher, std::nullopt), 50);
  EXPECT_EQ(RemitAmount(100'001, 70), 30'000);  // rounded down
  EXPECT_EQ(RemitAmount(100'000, 50), 50'000);
}

}  // namespace
}  // namespace dangbo::rules
