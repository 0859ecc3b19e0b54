// Tests for calendar dates: parsing, Vietnam's "today", day numbers and month arithmetic.
#include <gtest/gtest.h>

#include "base/date.h"

namespace dangbo {
namespace {

TEST(DateTest, ParsesOnlyRealDays) {
  EXPECT_EQ(Date::Parse("2024-02-29"), Date(2024, 2, 29));
  EXPECT_FALSE(Date::Parse("2023-02-29"));
  EXPECT_FALSE(Date::Parse("2026-04-31"));
  EXPECT_FALSE(Date::Parse("2026-4-1"));
  EXPECT_FALSE(Date::Parse("21/11/2026"));
  EXPECT_FALSE(Date::Parse("1899-12-31"));
  EXPECT_EQ(Date(2026, 2, 3).Iso(), "2026-02-03");
  EXPECT_EQ(Date(2026, 2, 3).Vietnamese(), "03/02/2026");
}

TEST(DateTest, TodayIsTheVietnameseDate) {
  TimePoint t;
  ASSERT_TRUE(ParseTimestamp("2026-11-21T16:59:59Z", &t));  // 23:59:59 in Hà Nội
  EXPECT_EQ(Date::InVietnam(t), Date(2026, 11, 21));
  ASSERT_TRUE(ParseTimestamp("2026-11-21T17:00:00Z", &t));  // midnight in Hà Nội
  EXPECT_EQ(Date::InVietnam(t), Date(2026, 11, 22));
}

TEST(DateTest, DayNumbersRoundTrip) {
  EXPECT_EQ(Date(1970, 1, 1).DayNumber(), 0);
  for (int64_t n = -40000; n < 90000; n += 37) EXPECT_EQ(Date::FromDayNumber(n).DayNumber(), n);
  EXPECT_EQ(Date(2024, 2, 28).AddDays(1), Date(2024, 2, 29));
  EXPECT_EQ(Date(2023, 12, 31).AddDays(1), Date(2024, 1, 1));
}

TEST(DateTest, MonthArithmeticClampsToMonthEnd) {
  EXPECT_EQ(Date(2026, 1, 31).AddMonths(1), Date(2026, 2, 28));
  EXPECT_EQ(Date(2024, 1, 31).AddMonths(1), Date(2024, 2, 29));
  EXPECT_EQ(Date(2024, 2, 29).AddMonths(12), Date(2025, 2, 28));
  // Found by fuzz_search: months before year 0 (a search for members aged 3012).
  EXPECT_EQ(Date(2026, 11, 21).AddYears(-3012), Date(-986, 11, 21));
  EXPECT_EQ(Date(0, 1, 15).AddMonths(-1), Date(-1, 12, 15));
  EXPECT_EQ(Date(2025, 1, 31).AddMonths(12), Date(2026, 1, 31));
  EXPECT_EQ(Date(2026, 3, 15).AddMonths(-3), Date(2025, 12, 15));
}

TEST(DateTest, FullMonthsForAges) {
  EXPECT_EQ(FullMonthsBetween(Date(2008, 11, 21), Date(2026, 11, 21)), 216);  // full 18 years
  EXPECT_EQ(FullMonthsBetween(Date(2008, 11, 22), Date(2026, 11, 21)), 215);
  EXPECT_EQ(FullMonthsBetween(Date(2008, 2, 29), Date(2026, 2, 28)), 216);
  EXPECT_EQ(FullMonthsBetween(Date(2026, 1, 31), Date(2026, 2, 28)), 1);
  EXPECT_EQ(FullMonthsBetween(Date(2026, 5, 1), Date(2026, 4, 1)), -1);
}

}  // namespace
}  // namespace dangbo
