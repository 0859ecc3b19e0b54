// Calendar dates (no time zone): parsing, checking, ordering and calendar arithmetic.
// Stored and exchanged as 'YYYY-MM-DD'. "Today" is the date in Vietnam (UTC+7).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace dangbo {

class Date {
 public:
  constexpr Date() = default;
  constexpr Date(int y, int m, int d) : y_(y), m_(m), d_(d) {}

  // Strict 'YYYY-MM-DD' with a real calendar day (1900..2200); nullopt otherwise.
  static std::optional<Date> Parse(std::string_view s);
  // The calendar date in Vietnam (UTC+7) at instant `t`.
  static Date InVietnam(TimePoint t);

  int year() const { return y_; }
  int month() const { return m_; }
  int day() const { return d_; }

  std::string Iso() const;         // "2026-02-03"
  std::string Vietnamese() const;  // "03/02/2026"

  // Days since 1970-01-01 (proleptic Gregorian), and back.
  int64_t DayNumber() const;
  static Date FromDayNumber(int64_t days);
  Date AddDays(int64_t n) const { return FromDayNumber(DayNumber() + n); }
  // Calendar months; the day is clamped to the target month's end (31/1 + 1 month = 28/2
  // or 29/2). Rules that need another convention say so.
  Date AddMonths(int n) const;
  Date AddYears(int n) const { return AddMonths(n * 12); }

  static bool IsLeapYear(int y);
  static int DaysInMonth(int y, int m);

  auto operator<=>(const Date&) const = default;

 private:
  int y_ = 1970, m_ = 1, d_ = 1;
};

// Whole months from `from` to `to` (negative if to < from): the count of month steps such
// that from.AddMonths(n) <= to, with the day-of-month rule used for ages ("full 18 years").
int FullMonthsBetween(const Date& from, const Date& to);

}  // namespace dangbo
