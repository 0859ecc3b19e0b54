// Gregorian calendar arithmetic on civil dates.
#include "base/date.h"

#include <cstdio>

namespace dangbo {

bool Date::IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t pos, size_t len, int* out) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y, m, d;
  if (!num(0, 4, &y) || !num(5, 2, &m) || !num(8, 2, &d)) return std::nullopt;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) {
    return std::nullopt;
  }
  return Date(y, m, d);
}

Date Date::InVietnam(TimePoint t) {
  const auto secs =
      std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count() + 7 * 3600;
  const int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  return FromDayNumber(days);
}

std::string Date::Iso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y_, m_, d_);
  return buf;
}

std::string Date::Vietnamese() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d_, m_, y_);
  return buf;
}

// Civil-from-days and days-from-civil after the well-known era-based algorithm.
int64_t Date::DayNumber() const {
  const int64_t y = m_ <= 2 ? y_ - 1 : y_;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (m_ + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d_ - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDayNumber(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Date(y, m, d);
}

Date Date::AddMonths(int n) const {
  // Floor division: a total before year 0 (e.g. "age 3012" in a search filter, found by
  // fuzz_search) gave month -1 and read outside the month table.
  const int total = y_ * 12 + (m_ - 1) + n;
  const int y = total >= 0 ? total / 12 : -((11 - total) / 12);
  const int m = total - y * 12 + 1;
  const int d = d_ <= DaysInMonth(y, m) ? d_ : DaysInMonth(y, m);
  return Date(y, m, d);
}

int FullMonthsBetween(const Date& from, const Date& to) {
  int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
  if (months > 0 && from.AddMonths(months) > to) --months;
  if (months < 0 && from.AddMonths(months) < to) ++months;
  return months;
}

}  // namespace dangbo
