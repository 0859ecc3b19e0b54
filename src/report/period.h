// Reporting periods (month, quarter, the first n months of a year, year, a congress term and
// its halves, custom from–to): their dates, Vietnamese labels ("Quý III/2022") and the codes
// that name them ("2022-Q3").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"

namespace dangbo::report {

enum class PeriodKind { kMonth, kQuarter, kFirstMonths, kYear, kTerm, kHalfTerm, kCustom };

// A closed range of days [from, to] with how it was named.
struct Period {
  PeriodKind kind = PeriodKind::kCustom;
  Date from, to;
  int year = 0;
  int n = 0;         // kMonth: the month; kQuarter: the quarter; kFirstMonths: how many months;
                     // kTerm: the term's last year; kHalfTerm: the half (1 or 2)
  int term_end = 0;  // kHalfTerm: the term's last year

  // "2022-08", "2022-Q3", "2022-M8", "2022", "2020-2025" (term), "2020-2025-H1" (its first
  // half), or "2022-06-01..2022-09-30" (custom).
  std::string Code() const;
  // "Tháng 8/2022", "Quý III/2022", "8 tháng đầu năm 2022", "Năm 2022", "Nhiệm kỳ
  // 2020–2025", "Nửa đầu nhiệm kỳ 2020–2025", "Từ 01/06/2022 đến 30/09/2022".
  std::string Label() const;
  // The same period one year earlier (a month, quarter, first months or year of the year
  // before; other periods moved back by a year as dates), for comparisons.
  Period YearEarlier() const;
};

// A congress term of the committee (data: its first and last year and the dates it runs).
struct CongressTerm {
  int first_year, last_year;
  const char* from;  // the congress that opened it
  const char* to;    // the day before the next congress
};
// The known terms, oldest first.
const std::vector<CongressTerm>& CongressTerms();

// REQUIRES: 1 <= month <= 12.
Period MonthPeriod(int year, int month);
// REQUIRES: 1 <= quarter <= 4.
Period QuarterPeriod(int year, int quarter);
// REQUIRES: 1 <= months <= 12; twelve months is the year.
Period FirstMonthsPeriod(int year, int months);
Period YearPeriod(int year);
// Fails when `to` is before `from`.
Result<Period> CustomPeriod(const Date& from, const Date& to);

// Parses a period code (see Period::Code); errors are Vietnamese, on the field "period".
Result<Period> ParsePeriod(std::string_view code);

// A date parameter named `name`: 'YYYY-MM-DD', or `fallback` when empty; errors are
// Vietnamese, on the field `name`.
Result<Date> ParseDateParam(std::string_view name, std::string_view value, const Date& fallback);

// The period of a request: a period code, or from/to dates (by default 1 January of the
// year of `at`, and `at`); both ways at once are refused.
Result<Period> PeriodFromParams(std::string_view code, std::string_view from, std::string_view to,
                                const Date& at);

}  // namespace dangbo::report
