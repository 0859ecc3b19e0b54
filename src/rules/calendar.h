// Working days for regulation deadlines ("30 ngày làm việc"): weekends, public holidays,
// compensatory and swapped days off, and Saturdays made working days; plus the shipped table.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/vocab.h"

namespace dangbo::rules {

enum class Weekday { kMonday = 1, kTuesday, kWednesday, kThursday, kFriday, kSaturday, kSunday };

// The day of the week of `d` (ISO numbering: Monday = 1 … Sunday = 7).
Weekday WeekdayOf(const Date& d);
// Saturday or Sunday: the weekly rest days of cán bộ, công chức, viên chức (40-hour week,
// Quyết định 188/1999/QĐ-TTg).
bool IsWeekend(const Date& d);
// "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
std::string_view VietnameseName(Weekday w);

// A calendar of working days. A day is a working day when it is Monday–Friday or listed as an
// extra working day, and it is not listed as a day off. A day listed both ways is a day off.
class WorkingCalendar {
 public:
  // Weekends only.
  WorkingCalendar() = default;
  // `days_off`: public holidays, compensatory days (nghỉ bù) and swapped days off (nghỉ hoán
  // đổi); `extra_working_days`: weekend days made working days by a swap decision (làm bù).
  // Duplicates and order do not matter.
  explicit WorkingCalendar(std::vector<Date> days_off, std::vector<Date> extra_working_days = {});

  bool IsWorkingDay(const Date& d) const;
  // The n-th working day after `start` (start itself not counted); n = 0 returns `start`
  // unchanged, a negative n counts backwards (the |n|-th working day before `start`).
  // This is how "trong thời hạn N ngày làm việc kể từ ngày X" is computed: the deadline is
  // AddWorkingDays(X, N), and an act on that day is in time.
  Date AddWorkingDays(const Date& start, int n) const;
  // The number of working days in (a, b]; negative (minus the count in (b, a]) when b < a.
  // AddWorkingDays(a, WorkingDaysBetween(a, b)) == b whenever b is a working day.
  int64_t WorkingDaysBetween(const Date& a, const Date& b) const;

 private:
  // Sorted day numbers: days off that fall Monday–Friday, and weekend days that are working
  // days (and not also days off). Other entries change nothing and are dropped.
  std::vector<int64_t> weekday_off_;
  std::vector<int64_t> weekend_working_;
};

enum class HolidayKind {
  kHoliday,       // a public holiday (ngày nghỉ lễ, tết) of the Labour Code
  kCompensatory,  // a day off that is not itself a holiday: nghỉ bù for a holiday on a
                  // weekend, or a weekday off swapped with a working Saturday (nghỉ hoán đổi)
  kWorkingSaturday,  // a Saturday worked in exchange for a swapped day off (làm bù)
};

// The codes stored in the database ("holiday", "compensatory", "working_saturday") and the
// Vietnamese labels (base/vocab.h).
std::span<const vocab::Entry<HolidayKind>> VocabOf(HolidayKind);
std::string_view HolidayKindCode(HolidayKind kind);
std::optional<HolidayKind> ParseHolidayKind(std::string_view code);

struct HolidaySeed {
  Date date;
  std::string name;  // Vietnamese, e.g. "Tết Nguyên đán", "Nghỉ bù Quốc khánh"
  HolidayKind kind = HolidayKind::kHoliday;
};

// The holiday table the product ships for 2015–2030 (the database copy is what admins edit),
// in date order. Holidays under Bộ luật Lao động 2012, Điều 115 (to 2020) and Bộ luật Lao
// động 2019, Điều 112 (from 2021), with the schedules for cán bộ, công chức, viên chức; see
// calendar.cc for which years come from the government's announcements and which follow the
// usual pattern.
const std::vector<HolidaySeed>& ShippedHolidays();

// A calendar from seeds: kHoliday and kCompensatory are days off, kWorkingSaturday are extra
// working days.
WorkingCalendar CalendarFromSeeds(const std::vector<HolidaySeed>& seeds);

}  // namespace dangbo::rules
