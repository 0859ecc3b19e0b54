// Working-day arithmetic over weekends and listed days off, and the holiday table the product
// ships (Bộ luật Lao động 2012, Điều 115; Bộ luật Lao động 2019, Điều 112).
#include "rules/calendar.h"

#include <algorithm>

namespace dangbo::rules {

namespace {

int64_t CountInRange(const std::vector<int64_t>& sorted, int64_t lo_exclusive,
                     int64_t hi_inclusive) {
  const auto lo = std::upper_bound(sorted.begin(), sorted.end(), lo_exclusive);
  const auto hi = std::upper_bound(sorted.begin(), sorted.end(), hi_inclusive);
  return hi - lo;
}

bool Contains(const std::vector<int64_t>& sorted, int64_t day) {
  return std::binary_search(sorted.begin(), sorted.end(), day);
}

// ISO weekday (1 = Monday) of a day number; day 0 (1970-01-01) was a Thursday.
int IsoWeekday(int64_t day) {
  const int64_t r = (day + 3) % 7;
  return static_cast<int>(r < 0 ? r + 7 : r) + 1;
}

// Monday–Friday days in [0, day) counted from day 0 = Thursday 1970-01-01; any origin works
// because only differences are used.
int64_t WeekdaysBefore(int64_t day) {
  const int64_t weeks = day >= 0 ? day / 7 : -((-day + 6) / 7);
  int64_t count = weeks * 5;
  for (int64_t d = weeks * 7; d < day; ++d) {
    if (IsoWeekday(d) <= 5) ++count;
  }
  return count;
}

}  // namespace

Weekday WeekdayOf(const Date& d) { return static_cast<Weekday>(IsoWeekday(d.DayNumber())); }

bool IsWeekend(const Date& d) { return WeekdayOf(d) >= Weekday::kSaturday; }

std::string_view VietnameseName(Weekday w) {
  switch (w) {
    case Weekday::kMonday:
      return "Thứ Hai";
    case Weekday::kTuesday:
      return "Thứ Ba";
    case Weekday::kWednesday:
      return "Thứ Tư";
    case Weekday::kThursday:
      return "Thứ Năm";
    case Weekday::kFriday:
      return "Thứ Sáu";
    case Weekday::kSaturday:
      return "Thứ Bảy";
    case Weekday::kSunday:
      return "Chủ nhật";
  }
  return "";
}

WorkingCalendar::WorkingCalendar(std::vector<Date> days_off, std::vector<Date> extra_working_days) {
  std::vector<int64_t> off;
  off.reserve(days_off.size());
  for (const Date& d : days_off) off.push_back(d.DayNumber());
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  for (int64_t day : off) {
    if (IsoWeekday(day) <= 5) weekday_off_.push_back(day);
  }
  for (const Date& d : extra_working_days) {
    const int64_t day = d.DayNumber();
    if (IsoWeekday(day) > 5 && !std::binary_search(off.begin(), off.end(), day)) {
      weekend_working_.push_back(day);
    }
  }
  std::sort(weekend_working_.begin(), weekend_working_.end());
  weekend_working_.erase(std::unique(weekend_working_.begin(), weekend_working_.end()),
                         weekend_working_.end());
}

bool WorkingCalendar::IsWorkingDay(const Date& d) const {
  const int64_t day = d.DayNumber();
  if (IsoWeekday(day) <= 5) return !Contains(weekday_off_, day);
  return Contains(weekend_working_, day);
}

Date WorkingCalendar::AddWorkingDays(const Date& start, int n) const {
  const int step = n >= 0 ? 1 : -1;
  int remaining = n >= 0 ? n : -n;
  Date d = start;
  while (remaining > 0) {
    d = d.AddDays(step);
    if (IsWorkingDay(d)) --remaining;
  }
  return d;
}

int64_t WorkingCalendar::WorkingDaysBetween(const Date& a, const Date& b) const {
  const int64_t lo = a.DayNumber();
  const int64_t hi = b.DayNumber();
  if (hi < lo) return -WorkingDaysBetween(b, a);
  // Weekdays in (lo, hi], less weekdays off, plus weekend working days.
  const int64_t weekdays = WeekdaysBefore(hi + 1) - WeekdaysBefore(lo + 1);
  return weekdays - CountInRange(weekday_off_, lo, hi) + CountInRange(weekend_working_, lo, hi);
}

namespace {

constexpr vocab::Entry<HolidayKind> kHolidayKinds[] = {
    {HolidayKind::kHoliday, "holiday", "Nghỉ lễ, Tết"},
    {HolidayKind::kCompensatory, "compensatory", "Nghỉ bù"},
    {HolidayKind::kWorkingSaturday, "working_saturday", "Làm bù (thứ Bảy)"},
};

}  // namespace

std::span<const vocab::Entry<HolidayKind>> VocabOf(HolidayKind) { return kHolidayKinds; }

std::string_view HolidayKindCode(HolidayKind kind) { return vocab::Code(kind); }

std::optional<HolidayKind> ParseHolidayKind(std::string_view code) {
  return vocab::Parse<HolidayKind>(code);
}

WorkingCalendar CalendarFromSeeds(const std::vector<HolidaySeed>& seeds) {
  std::vector<Date> off, working;
  for (const HolidaySeed& s : seeds) {
    (s.kind == HolidayKind::kWorkingSaturday ? working : off).push_back(s.date);
  }
  return WorkingCalendar(std::move(off), std::move(working));
}

// The shipped table. Rules it follows, year by year:
//
// Holidays (Bộ luật Lao động 2012, Điều 115, to 2020; Bộ luật Lao động 2019, Điều 112, from
// 2021): Tết Dương lịch 01/01; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày
// Chiến thắng 30/4; Ngày Quốc tế Lao động 1/5; Quốc khánh 2/9, and from 2021 one adjacent
// day as well.
//
// Lunar dates are for Vietnam's calendar (new moons and solar terms reckoned in UTC+7); they
// are checked against an astronomical computation in calendar_test.cc. They differ from
// China's calendar once in this range: Tết 2030 is 02/02 here (03/02 in China).
//
// Tết days are the last day of the old year (29 or 30 tháng Chạp) and mùng 1–4 of the new
// one. A Tết day on a Saturday is compensated on the working day before the break and one on
// a Sunday on the working day after it: this is how every announced Tết schedule for cán bộ,
// công chức, viên chức from 2015 to 2026 places them (e.g. 2017: 26/01–01/02; 2023:
// 20–26/01; 2024: 08–14/02; 2025: 25/01–02/02).
//
// Other holidays on a weekend are compensated on the next working day (nghỉ bù; Điều 115
// khoản 3 of the 2012 Code, Điều 111 khoản 3 of the 2019 Code). The adjacent Quốc khánh day
// (from 2021) is the weekday that makes the longer break. Announced: 2/9 on a Monday
// (2024) → 03/09, Tuesday (2025) → 01/09, Thursday (2021) → 03/09, Friday (2022) → 01/09,
// Saturday (2023) → 01/09 with nghỉ bù on Monday 04/09. Assumed: Sunday (2029) → 03/09 with
// nghỉ bù on Tuesday 04/09; Wednesday (2026) → 01/09 (neither side joins a weekend).
//
// Swapped days (nghỉ hoán đổi / làm bù) are listed only where the Prime Minister approved a
// swap for cán bộ, công chức, viên chức: 2015 (02/01 ↔ 27/12/2014, 16/02 ↔ 14/02, 29/04 ↔
// 25/04), 2019 (31/12/2018 ↔ 05/01/2019, 29/04 ↔ 04/05), 2024 (29/04 ↔ 04/05) and 2025
// (02/05 ↔ 26/04). The years 2027–2030, and the 2026 holidays other than Tết, follow the
// pattern above: admins replace them with the announced schedule each year.
const std::vector<HolidaySeed>& ShippedHolidays() {
  using K = HolidayKind;
  static const std::vector<HolidaySeed> kSeeds = {
      // 2015. Tết (15–23/02, 9 days) and the three swaps: announced schedule.
      {Date(2014, 12, 27), "Làm bù cho ngày nghỉ 02/01/2015 (Tết Dương lịch)", K::kWorkingSaturday},
      {Date(2015, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2015, 1, 2), "Nghỉ hoán đổi (Tết Dương lịch), làm bù thứ Bảy 27/12/2014",
       K::kCompensatory},
      {Date(2015, 2, 14), "Làm bù cho ngày nghỉ 16/02/2015 (Tết Nguyên đán)", K::kWorkingSaturday},
      {Date(2015, 2, 16), "Nghỉ hoán đổi (Tết Nguyên đán), làm bù thứ Bảy 14/02/2015",
       K::kCompensatory},
      {Date(2015, 2, 17), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2015, 2, 18), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2015, 2, 19), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2015, 2, 20), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2015, 2, 21), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2015, 2, 22), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2015, 2, 23), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2015, 4, 25), "Làm bù cho ngày nghỉ 29/04/2015 (Giỗ Tổ Hùng Vương)",
       K::kWorkingSaturday},
      {Date(2015, 4, 28), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2015, 4, 29), "Nghỉ hoán đổi (Giỗ Tổ Hùng Vương), làm bù thứ Bảy 25/04/2015",
       K::kCompensatory},
      {Date(2015, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2015, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2015, 9, 2), "Quốc khánh", K::kHoliday},
      // 2016. Tết 06–14/02: announced schedule.
      {Date(2016, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2016, 2, 7), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2016, 2, 8), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2016, 2, 9), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2016, 2, 10), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2016, 2, 11), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2016, 2, 12), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2016, 4, 16), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2016, 4, 18), "Nghỉ bù Giỗ Tổ Hùng Vương", K::kCompensatory},
      {Date(2016, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2016, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2016, 5, 2), "Nghỉ bù Ngày Chiến thắng", K::kCompensatory},
      {Date(2016, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", K::kCompensatory},
      {Date(2016, 9, 2), "Quốc khánh", K::kHoliday},
      // 2017. Tết 26/01–01/02: announced schedule.
      {Date(2017, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2017, 1, 2), "Nghỉ bù Tết Dương lịch", K::kCompensatory},
      {Date(2017, 1, 26), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2017, 1, 27), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2017, 1, 28), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2017, 1, 29), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2017, 1, 30), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2017, 1, 31), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2017, 2, 1), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2017, 4, 6), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2017, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2017, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2017, 5, 2), "Nghỉ bù Ngày Chiến thắng", K::kCompensatory},
      {Date(2017, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2017, 9, 4), "Nghỉ bù Quốc khánh", K::kCompensatory},
      // 2018. Tết 14–20/02: announced schedule.
      {Date(2018, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2018, 2, 14), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2018, 2, 15), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2018, 2, 16), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2018, 2, 17), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2018, 2, 18), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2018, 2, 19), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2018, 2, 20), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2018, 4, 25), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2018, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2018, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2018, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2018, 9, 3), "Nghỉ bù Quốc khánh", K::kCompensatory},
      // 2019. Tết 02–10/02 and the swaps 31/12/2018 ↔ 05/01 and 29/04 ↔ 04/05: announced schedule.
      {Date(2018, 12, 31), "Nghỉ hoán đổi (Tết Dương lịch), làm bù thứ Bảy 05/01/2019",
       K::kCompensatory},
      {Date(2019, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2019, 1, 5), "Làm bù cho ngày nghỉ 31/12/2018 (Tết Dương lịch)", K::kWorkingSaturday},
      {Date(2019, 2, 4), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2019, 2, 5), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2019, 2, 6), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2019, 2, 7), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2019, 2, 8), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2019, 4, 14), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2019, 4, 15), "Nghỉ bù Giỗ Tổ Hùng Vương", K::kCompensatory},
      {Date(2019, 4, 29), "Nghỉ hoán đổi (Ngày Chiến thắng), làm bù thứ Bảy 04/05/2019",
       K::kCompensatory},
      {Date(2019, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2019, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2019, 5, 4), "Làm bù cho ngày nghỉ 29/04/2019 (Ngày Chiến thắng)", K::kWorkingSaturday},
      {Date(2019, 9, 2), "Quốc khánh", K::kHoliday},
      // 2020. Tết 23–29/01: announced schedule.
      {Date(2020, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2020, 1, 23), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2020, 1, 24), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2020, 1, 25), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2020, 1, 26), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2020, 1, 27), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2020, 1, 28), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2020, 1, 29), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2020, 4, 2), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2020, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2020, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2020, 9, 2), "Quốc khánh", K::kHoliday},
      // 2021. Tết 10–16/02, Quốc khánh 02–03/09: announced schedule.
      {Date(2021, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2021, 2, 10), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2021, 2, 11), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2021, 2, 12), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2021, 2, 13), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2021, 2, 14), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2021, 2, 15), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2021, 2, 16), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2021, 4, 21), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2021, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2021, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2021, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", K::kCompensatory},
      {Date(2021, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2021, 9, 3), "Quốc khánh (ngày liền kề)", K::kHoliday},
      // 2022. Tết 29/01–06/02, Quốc khánh 01–02/09: announced schedule.
      {Date(2022, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2022, 1, 3), "Nghỉ bù Tết Dương lịch", K::kCompensatory},
      {Date(2022, 1, 31), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2022, 2, 1), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2022, 2, 2), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2022, 2, 3), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2022, 2, 4), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2022, 4, 10), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương", K::kCompensatory},
      {Date(2022, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2022, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng", K::kCompensatory},
      {Date(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", K::kCompensatory},
      {Date(2022, 9, 1), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2022, 9, 2), "Quốc khánh", K::kHoliday},
      // 2023. Tết 20–26/01, Quốc khánh 01–02/09: announced schedule.
      {Date(2023, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2023, 1, 2), "Nghỉ bù Tết Dương lịch", K::kCompensatory},
      {Date(2023, 1, 20), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2023, 1, 21), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2023, 1, 22), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2023, 1, 23), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2023, 1, 24), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2023, 1, 25), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2023, 1, 26), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2023, 4, 29), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2023, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2023, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương", K::kCompensatory},
      {Date(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng", K::kCompensatory},
      {Date(2023, 9, 1), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2023, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2023, 9, 4), "Nghỉ bù Quốc khánh", K::kCompensatory},
      // 2024. Tết 08–14/02, swap 29/04 ↔ 04/05, Quốc khánh 02–03/09: announced schedule.
      {Date(2024, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2024, 2, 8), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2024, 2, 9), "Tết Nguyên đán (30 tháng Chạp)", K::kHoliday},
      {Date(2024, 2, 10), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2024, 2, 11), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2024, 2, 12), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2024, 2, 13), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2024, 2, 14), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2024, 4, 18), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2024, 4, 29), "Nghỉ hoán đổi (Ngày Chiến thắng), làm bù thứ Bảy 04/05/2024",
       K::kCompensatory},
      {Date(2024, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2024, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2024, 5, 4), "Làm bù cho ngày nghỉ 29/04/2024 (Ngày Chiến thắng)", K::kWorkingSaturday},
      {Date(2024, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2024, 9, 3), "Quốc khánh (ngày liền kề)", K::kHoliday},
      // 2025. Tết 25/01–02/02, swap 02/05 ↔ 26/04, Quốc khánh 01–02/09: announced schedule.
      {Date(2025, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2025, 1, 27), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2025, 1, 28), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2025, 1, 29), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2025, 1, 30), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2025, 1, 31), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2025, 2, 1), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2025, 4, 7), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2025, 4, 26), "Làm bù cho ngày nghỉ 02/05/2025 (Ngày Quốc tế Lao động)",
       K::kWorkingSaturday},
      {Date(2025, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2025, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2025, 5, 2), "Nghỉ hoán đổi (Ngày Quốc tế Lao động), làm bù thứ Bảy 26/04/2025",
       K::kCompensatory},
      {Date(2025, 9, 1), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2025, 9, 2), "Quốc khánh", K::kHoliday},
      // 2026. Tết 14–22/02: announced schedule. Quốc khánh (01/09) and the rest: pattern.
      {Date(2026, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2026, 2, 16), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2026, 2, 17), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2026, 2, 18), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2026, 2, 19), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2026, 2, 20), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2026, 4, 26), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", K::kCompensatory},
      {Date(2026, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2026, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2026, 9, 1), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2026, 9, 2), "Quốc khánh", K::kHoliday},
      // 2027. Pattern.
      {Date(2027, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2027, 2, 4), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2027, 2, 5), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2027, 2, 6), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2027, 2, 7), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2027, 2, 8), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2027, 2, 9), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2027, 2, 10), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2027, 4, 16), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2027, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2027, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", K::kCompensatory},
      {Date(2027, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2027, 9, 3), "Quốc khánh (ngày liền kề)", K::kHoliday},
      // 2028. Pattern.
      {Date(2028, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2028, 1, 3), "Nghỉ bù Tết Dương lịch", K::kCompensatory},
      {Date(2028, 1, 24), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2028, 1, 25), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2028, 1, 26), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2028, 1, 27), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2028, 1, 28), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2028, 1, 29), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2028, 4, 4), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2028, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2028, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2028, 5, 2), "Nghỉ bù Ngày Chiến thắng", K::kCompensatory},
      {Date(2028, 9, 1), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2028, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2028, 9, 4), "Nghỉ bù Quốc khánh", K::kCompensatory},
      // 2029. Pattern.
      {Date(2029, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2029, 2, 12), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2029, 2, 13), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2029, 2, 14), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2029, 2, 15), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2029, 2, 16), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2029, 4, 23), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2029, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2029, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2029, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2029, 9, 3), "Quốc khánh (ngày liền kề)", K::kHoliday},
      {Date(2029, 9, 4), "Nghỉ bù Quốc khánh", K::kCompensatory},
      // 2030. Pattern (Tết is 02/02 in UTC+7, one day before China's).
      {Date(2030, 1, 1), "Tết Dương lịch", K::kHoliday},
      {Date(2030, 1, 31), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2030, 2, 1), "Tết Nguyên đán (29 tháng Chạp)", K::kHoliday},
      {Date(2030, 2, 2), "Tết Nguyên đán (mùng 1)", K::kHoliday},
      {Date(2030, 2, 3), "Tết Nguyên đán (mùng 2)", K::kHoliday},
      {Date(2030, 2, 4), "Tết Nguyên đán (mùng 3)", K::kHoliday},
      {Date(2030, 2, 5), "Tết Nguyên đán (mùng 4)", K::kHoliday},
      {Date(2030, 2, 6), "Nghỉ bù Tết Nguyên đán", K::kCompensatory},
      {Date(2030, 4, 12), "Giỗ Tổ Hùng Vương", K::kHoliday},
      {Date(2030, 4, 30), "Ngày Chiến thắng", K::kHoliday},
      {Date(2030, 5, 1), "Ngày Quốc tế Lao động", K::kHoliday},
      {Date(2030, 9, 2), "Quốc khánh", K::kHoliday},
      {Date(2030, 9, 3), "Quốc khánh (ngày liền kề)", K::kHoliday},
  };
  return kSeeds;
}

}  // namespace dangbo::rules
