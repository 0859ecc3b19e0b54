// Periods: dates, codes, Vietnamese labels and parsing of every form.
#include "report/period.h"

#include <gtest/gtest.h>

namespace dangbo::report {
namespace {

TEST(Period, KindsHaveDatesCodesAndLabels) {
  const Period m = MonthPeriod(2022, 8);
  EXPECT_EQ(m.from.Iso(), "2022-08-01");
  EXPECT_EQ(m.to.Iso(), "2022-08-31");
  EXPECT_EQ(m.Code(), "2022-08");
  EXPECT_EQ(m.Label(), "Tháng 8/2022");
  EXPECT_EQ(MonthPeriod(2024, 2).to.Iso(), "2024-02-29");

  const Period q = QuarterPeriod(2022, 3);
  EXPECT_EQ(q.from.Iso(), "2022-07-01");
  EXPECT_EQ(q.to.Iso(), "2022-09-30");
  EXPECT_EQ(q.Code(), "2022-Q3");
  EXPECT_EQ(q.Label(), "Quý III/2022");
  EXPECT_EQ(QuarterPeriod(2022, 4).Label(), "Quý IV/2022");

  const Period f = FirstMonthsPeriod(2022, 8);
  EXPECT_EQ(f.from.Iso(), "2022-01-01");
  EXPECT_EQ(f.to.Iso(), "2022-08-31");
  EXPECT_EQ(f.Code(), "2022-M8");
  EXPECT_EQ(f.Label(), "8 tháng đầu năm 2022");
  EXPECT_EQ(FirstMonthsPeriod(2022, 6).Label(), "6 tháng đầu năm 2022");
  EXPECT_EQ(FirstMonthsPeriod(2022, 9).to.Iso(), "2022-09-30");
  EXPECT_EQ(FirstMonthsPeriod(2022, 12).kind, PeriodKind::kYear);

  const Period y = YearPeriod(2022);
  EXPECT_EQ(y.from.Iso(), "2022-01-01");
  EXPECT_EQ(y.to.Iso(), "2022-12-31");
  EXPECT_EQ(y.Code(), "2022");
  EXPECT_EQ(y.Label(), "Năm 2022");

  const auto c = CustomPeriod(Date(2022, 6, 1), Date(2022, 9, 30));
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->Code(), "2022-06-01..2022-09-30");
  EXPECT_EQ(c->Label(), "Từ 01/06/2022 đến 30/09/2022");
  EXPECT_FALSE(CustomPeriod(Date(2022, 6, 2), Date(2022, 6, 1)).ok());
}

TEST(Period, ParsesEveryCodeItPrints) {
  for (const char* code :
       {"2022-08", "2022-Q3", "2022-M8", "2022", "2022-06-01..2022-09-30", "2026-12", "2026-Q1",
        "2026-M6", "2026-M9", "2020-2025", "2020-2025-H1", "2025-2030-H2"}) {
    const auto p = ParsePeriod(code);
    ASSERT_TRUE(p.ok()) << code;
    EXPECT_EQ(p->Code(), code);
  }
  EXPECT_EQ(ParsePeriod("2022-q2")->Label(), "Quý II/2022");
  EXPECT_EQ(ParsePeriod("2022-M12")->Label(), "Năm 2022");
}

TEST(Period, TermsHalvesAndTheYearBefore) {
  const auto term = ParsePeriod("2020-2025");
  ASSERT_TRUE(term.ok());
  EXPECT_EQ(term->Label(), "Nhiệm kỳ 2020–2025");
  EXPECT_EQ(term->from, Date(2020, 10, 1));
  EXPECT_EQ(term->to, Date(2025, 9, 30));
  const auto first = ParsePeriod("2020-2025-H1");
  const auto second = ParsePeriod("2020-2025-H2");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->Label(), "Nửa đầu nhiệm kỳ 2020–2025");
  EXPECT_EQ(second->Label(), "Nửa cuối nhiệm kỳ 2020–2025");
  EXPECT_EQ(first->to, Date(2023, 3, 31));
  EXPECT_EQ(second->from, Date(2023, 4, 1));
  EXPECT_EQ(second->to, term->to);

  EXPECT_EQ(FirstMonthsPeriod(2022, 8).YearEarlier().Code(), "2021-M8");
  EXPECT_EQ(QuarterPeriod(2022, 3).YearEarlier().Code(), "2021-Q3");
  EXPECT_EQ(MonthPeriod(2024, 2).YearEarlier().Code(), "2023-02");
  EXPECT_EQ(YearPeriod(2024).YearEarlier().Label(), "Năm 2023");
  EXPECT_EQ(term->YearEarlier().Code(), "2019-10-01..2024-09-30");
  EXPECT_EQ(CustomPeriod(Date(2024, 2, 29), Date(2024, 3, 31))->YearEarlier().Code(),
            "2023-02-28..2023-03-31");
}

TEST(Period, RefusesBadCodesInVietnamese) {
  for (const char* code : {"",
                           "22",
                           "2022-",
                           "2022-13",
                           "2022-00",
                           "2022-8",
                           "2022-Q5",
                           "2022-Q",
                           "2022-M0",
                           "2022-M13",
                           "abcd",
                           "2022-08-01",
                           "1800",
                           "2022-06-01..2022-05-01",
                           "2022-06-01..x",
                           "2022/08",
                           "2022-Q3x",
                           "2021-2026",
                           "2020-2025-H3",
                           "2020-2025H1",
                           "2020-2025-"}) {
    const auto p = ParsePeriod(code);
    ASSERT_FALSE(p.ok()) << code;
    EXPECT_EQ(p.error().kind, ErrorKind::kInvalid) << code;
    ASSERT_FALSE(p.error().fields.empty()) << code;
  }
  EXPECT_NE(ParsePeriod("2022-13").error().detail.find("Kỳ báo cáo"), std::string::npos);
}

}  // namespace
}  // namespace dangbo::report
