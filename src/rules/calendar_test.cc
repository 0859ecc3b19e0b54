// Tests for working-day arithmetic and the shipped holiday table, which is cross-checked
// against an astronomical computation of Vietnam's lunar calendar and the holiday pattern.
#include "rules/calendar.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>

namespace dangbo::rules {
namespace {

// --- Vietnam's lunar calendar from new-moon astronomy (test helper) ---
//
// New moons after Meeus, Astronomical Algorithms (2nd ed.), ch. 49, with the periodic and
// planetary terms; the Sun's apparent longitude after ch. 25 (low precision, ~0.01°). The
// calendar rules: a month starts on the local day (UTC+7) of a new moon; month 11 is the
// month containing the winter solstice; when 13 months lie between two months 11, the first
// month without a major solar term (a multiple of 30° of solar longitude) is the leap month.

double Rad(double deg) { return deg * 3.14159265358979323846 / 180.0; }
double DeltaTDays() { return 70.0 / 86400.0; }  // TT − UT, about 69–72 s in 2015–2030
double UnixEpochJd() { return 2440587.5; }      // Julian day of 1970-01-01 00:00 UT

// Julian Ephemeris Day of new moon number k (k = 0: 6 January 2000).
double NewMoonJde(int k) {
  const double T = k / 1236.85;
  const double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
  double jde =
      2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
  const double E = 1 - 0.002516 * T - 0.0000074 * T2;
  const double M = Rad(2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3);
  const double Mp =
      Rad(201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4);
  const double F =
      Rad(160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4);
  const double Om = Rad(124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3);
  jde += -0.40720 * std::sin(Mp) + 0.17241 * E * std::sin(M) + 0.01608 * std::sin(2 * Mp) +
         0.01039 * std::sin(2 * F) + 0.00739 * E * std::sin(Mp - M) -
         0.00514 * E * std::sin(Mp + M) + 0.00208 * E * E * std::sin(2 * M) -
         0.00111 * std::sin(Mp - 2 * F) - 0.00057 * std::sin(Mp + 2 * F) +
         0.00056 * E * std::sin(2 * Mp + M) - 0.00042 * std::sin(3 * Mp) +
         0.00042 * E * std::sin(M + 2 * F) + 0.00038 * E * std::sin(M - 2 * F) -
         0.00024 * E * std::sin(2 * Mp - M) - 0.00017 * std::sin(Om) -
         0.00007 * std::sin(Mp + 2 * M) + 0.00004 * std::sin(2 * Mp - 2 * F) +
         0.00004 * std::sin(3 * M) + 0.00003 * std::sin(Mp + M - 2 * F) +
         0.00003 * std::sin(2 * Mp + 2 * F) - 0.00003 * std::sin(Mp + M + 2 * F) +
         0.00003 * std::sin(Mp - M + 2 * F) - 0.00002 * std::sin(Mp - M - 2 * F) -
         0.00002 * std::sin(3 * Mp + M) + 0.00002 * std::sin(4 * Mp);
  static const double kPlanetary[14][3] = {
      {299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
      {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
      {207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
      {207.19, 0.121824, 0.000042},  {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
      {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
  for (int i = 0; i < 14; ++i) {
    const double arg = kPlanetary[i][0] + kPlanetary[i][1] * k - (i == 0 ? 0.009173 * T2 : 0);
    jde += kPlanetary[i][2] * std::sin(Rad(arg));
  }
  return jde;
}

// The Sun's apparent longitude in degrees [0, 360) at Julian day `jd_ut` (UT).
double SunLongitude(double jd_ut) {
  const double T = (jd_ut + DeltaTDays() - 2451545.0) / 36525.0;
  const double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const double M = Rad(357.52911 + 35999.05029 * T - 0.0001537 * T * T);
  const double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * std::sin(M) +
                   (0.019993 - 0.000101 * T) * std::sin(2 * M) + 0.000289 * std::sin(3 * M);
  const double omega = Rad(125.04 - 1934.136 * T);
  const double lon = L0 + C - 0.00569 - 0.00478 * std::sin(omega);
  return lon - 360.0 * std::floor(lon / 360.0);
}

// The local day (UTC+7) of new moon k, as a day number since 1970-01-01.
int64_t NewMoonDay(int k) {
  const double local = NewMoonJde(k) - DeltaTDays() + 7.0 / 24.0 - UnixEpochJd();
  return static_cast<int64_t>(std::floor(local));
}

// The Sun's longitude at the start (00:00 UTC+7) of a local day.
double SunLongitudeAtDayStart(int64_t day) {
  return SunLongitude(day + UnixEpochJd() - 7.0 / 24.0);
}

// The new-moon number starting month 11 of Gregorian year `year` (the month that contains
// the December solstice): the last new moon whose day starts before longitude 270°.
int Month11(int year) {
  const int64_t dec31 = Date(year, 12, 31).DayNumber();
  const int64_t k2000 = Date(2000, 1, 6).DayNumber();
  int k = static_cast<int>(std::floor((dec31 - k2000) / 29.530588861)) + 1;
  while (NewMoonDay(k) > dec31 || SunLongitudeAtDayStart(NewMoonDay(k)) >= 270.0 ||
         SunLongitudeAtDayStart(NewMoonDay(k)) < 180.0) {
    --k;
  }
  return k;
}

struct LunarYearStart {
  Date tet;       // mùng 1 tháng Giêng
  Date gio_to;    // 10 tháng 3
  int chap_days;  // length of the 12th month before Tết (29 or 30)
};

// Tết and Giỗ Tổ of the lunar year that begins in Gregorian year `year`.
LunarYearStart LunarYear(int year) {
  const int k0 = Month11(year - 1);
  const int k1 = Month11(year);
  const int months = k1 - k0;  // 12, or 13 with a leap month
  int leap = -1;               // index (from month 11) of the leap month
  if (months == 13) {
    for (int i = 1; i <= 12; ++i) {
      const int a = static_cast<int>(SunLongitudeAtDayStart(NewMoonDay(k0 + i)) / 30.0);
      const int b = static_cast<int>(SunLongitudeAtDayStart(NewMoonDay(k0 + i + 1)) / 30.0);
      if (a == b) {
        leap = i;
        break;
      }
    }
  }
  // Walk the months from month 11, numbering them; a leap month repeats the number before.
  int number = 11;
  int tet_k = 0, month3_k = 0;
  for (int i = 0; i < months; ++i) {
    if (i > 0 && i != leap) number = number % 12 + 1;
    if (i == leap) continue;
    if (number == 1 && tet_k == 0) tet_k = k0 + i;
    if (number == 3 && month3_k == 0) month3_k = k0 + i;
  }
  LunarYearStart out;
  out.tet = Date::FromDayNumber(NewMoonDay(tet_k));
  out.gio_to = Date::FromDayNumber(NewMoonDay(month3_k) + 9);
  out.chap_days = static_cast<int>(NewMoonDay(tet_k) - NewMoonDay(tet_k - 1));
  return out;
}

TEST(LunarHelperTest, ReproducesKnownVietnameseDates) {
  // Years where Vietnam's calendar (UTC+7) differs from China's (UTC+8).
  EXPECT_EQ(LunarYear(1985).tet, Date(1985, 1, 21));  // China: 20/2/1985
  EXPECT_EQ(LunarYear(2007).tet, Date(2007, 2, 17));  // China: 18/2/2007
  // Ordinary years, and a leap second month (2023) that moves Giỗ Tổ to late April.
  EXPECT_EQ(LunarYear(2024).tet, Date(2024, 2, 10));
  EXPECT_EQ(LunarYear(2025).tet, Date(2025, 1, 29));
  EXPECT_EQ(LunarYear(2026).tet, Date(2026, 2, 17));
  EXPECT_EQ(LunarYear(2023).gio_to, Date(2023, 4, 29));
  EXPECT_EQ(LunarYear(2025).gio_to, Date(2025, 4, 7));
  EXPECT_EQ(LunarYear(2025).chap_days, 29);  // Tết Ất Tỵ had no "30 Tết"
  EXPECT_EQ(LunarYear(2024).chap_days, 30);
}

// --- Weekdays and working-day arithmetic ---

TEST(WeekdayTest, KnownDays) {
  EXPECT_EQ(WeekdayOf(Date(1970, 1, 1)), Weekday::kThursday);
  EXPECT_EQ(WeekdayOf(Date(1969, 12, 28)), Weekday::kSunday);
  EXPECT_EQ(WeekdayOf(Date(2026, 2, 17)), Weekday::kTuesday);
  EXPECT_EQ(WeekdayOf(Date(2025, 9, 2)), Weekday::kTuesday);
  EXPECT_EQ(WeekdayOf(Date(2024, 2, 29)), Weekday::kThursday);
  EXPECT_TRUE(IsWeekend(Date(2026, 2, 14)));
  EXPECT_TRUE(IsWeekend(Date(2026, 2, 15)));
  EXPECT_FALSE(IsWeekend(Date(2026, 2, 16)));
  EXPECT_EQ(VietnameseName(Weekday::kMonday), "Thứ Hai");
  EXPECT_EQ(VietnameseName(Weekday::kSaturday), "Thứ Bảy");
  EXPECT_EQ(VietnameseName(Weekday::kSunday), "Chủ nhật");
}

TEST(WorkingCalendarTest, WeekendsOnly) {
  const WorkingCalendar cal;
  const Date fri(2026, 3, 13), sat(2026, 3, 14), sun(2026, 3, 15), mon(2026, 3, 16);
  EXPECT_TRUE(cal.IsWorkingDay(fri));
  EXPECT_FALSE(cal.IsWorkingDay(sat));
  EXPECT_FALSE(cal.IsWorkingDay(sun));
  EXPECT_EQ(cal.AddWorkingDays(fri, 0), fri);
  EXPECT_EQ(cal.AddWorkingDays(sat, 0), sat);  // n = 0 returns the start, working or not
  EXPECT_EQ(cal.AddWorkingDays(fri, 1), mon);
  EXPECT_EQ(cal.AddWorkingDays(sat, 1), mon);
  EXPECT_EQ(cal.AddWorkingDays(sun, 1), mon);
  EXPECT_EQ(cal.AddWorkingDays(mon, 5), Date(2026, 3, 23));
  EXPECT_EQ(cal.AddWorkingDays(mon, -1), fri);
  EXPECT_EQ(cal.AddWorkingDays(sat, -1), fri);
  EXPECT_EQ(cal.WorkingDaysBetween(fri, mon), 1);  // (Fri, Mon]
  EXPECT_EQ(cal.WorkingDaysBetween(fri, fri), 0);
  EXPECT_EQ(cal.WorkingDaysBetween(sat, sun), 0);
  EXPECT_EQ(cal.WorkingDaysBetween(mon, fri), -1);  // minus the count in (Fri 13, Mon 16]
  EXPECT_EQ(cal.WorkingDaysBetween(Date(2026, 3, 9), Date(2026, 3, 16)), 5);
}

TEST(WorkingCalendarTest, DaysOffAndWorkingSaturdays) {
  // Tết Ất Tỵ 2025 as announced: 25/01–02/02 off; an invented working Saturday 08/02.
  std::vector<Date> off;
  for (int d = 27; d <= 31; ++d) off.push_back(Date(2025, 1, d));
  off.push_back(Date(2025, 1, 28));  // duplicates are harmless
  off.push_back(Date(2025, 2, 1));   // a holiday on a Saturday changes nothing by itself
  const WorkingCalendar cal(off, {Date(2025, 2, 8), Date(2025, 2, 10)});
  EXPECT_FALSE(cal.IsWorkingDay(Date(2025, 1, 27)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 1, 24)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 2, 8)));   // working Saturday
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 2, 10)));  // a Monday listed as working: no change
  EXPECT_FALSE(cal.IsWorkingDay(Date(2025, 2, 9)));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 1, 24), 1), Date(2025, 2, 3));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 2, 3), -1), Date(2025, 1, 24));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 2, 7), 1), Date(2025, 2, 8));
  EXPECT_EQ(cal.WorkingDaysBetween(Date(2025, 1, 24), Date(2025, 2, 3)), 1);
  EXPECT_EQ(cal.WorkingDaysBetween(Date(2025, 2, 3), Date(2025, 2, 10)), 6);  // incl. Sat 08/02
  // A day listed both as a day off and as a working day is a day off.
  const WorkingCalendar both({Date(2025, 2, 8)}, {Date(2025, 2, 8)});
  EXPECT_FALSE(both.IsWorkingDay(Date(2025, 2, 8)));
  EXPECT_EQ(both.WorkingDaysBetween(Date(2025, 2, 7), Date(2025, 2, 10)), 1);
}

TEST(WorkingCalendarTest, CountMatchesDayByDayOverTheShippedTable) {
  const WorkingCalendar cal = CalendarFromSeeds(ShippedHolidays());
  const Date start(2014, 12, 1);
  // Pairs of days spread over 2014–2031, including both orders and equal days.
  for (int i = 0; i < 400; ++i) {
    const Date a = start.AddDays((i * 7919) % 6000);
    const Date b = start.AddDays((i * 104729 + 13) % 6000);
    const Date lo = std::min(a, b), hi = std::max(a, b);
    int64_t count = 0;
    for (Date d = lo.AddDays(1); d <= hi; d = d.AddDays(1)) count += cal.IsWorkingDay(d);
    ASSERT_EQ(cal.WorkingDaysBetween(lo, hi), count) << lo.Iso() << " " << hi.Iso();
    ASSERT_EQ(cal.WorkingDaysBetween(hi, lo), -count);
    if (cal.IsWorkingDay(hi)) {
      ASSERT_EQ(cal.AddWorkingDays(lo, static_cast<int>(count)), hi) << lo.Iso() << " " << hi.Iso();
    }
  }
}

TEST(WorkingCalendarTest, ThirtyWorkingDaysAcrossTet2026) {
  const WorkingCalendar cal = CalendarFromSeeds(ShippedHolidays());
  // A decision on Friday 30/01/2026: Tết Bính Ngọ (14–22/02, five weekdays off) lies inside.
  EXPECT_EQ(cal.AddWorkingDays(Date(2026, 1, 30), 30), Date(2026, 3, 20));
  EXPECT_EQ(WorkingCalendar().AddWorkingDays(Date(2026, 1, 30), 30), Date(2026, 3, 13));
  EXPECT_EQ(cal.AddWorkingDays(Date(2026, 1, 30), 60), Date(2026, 5, 6));
  EXPECT_EQ(cal.WorkingDaysBetween(Date(2026, 1, 30), Date(2026, 3, 20)), 30);
  EXPECT_EQ(cal.WorkingDaysBetween(Date(2026, 1, 30), Date(2026, 3, 19)), 29);
  // The last working day before Tết and the first after.
  EXPECT_EQ(cal.AddWorkingDays(Date(2026, 2, 13), 1), Date(2026, 2, 23));
  EXPECT_EQ(cal.AddWorkingDays(Date(2026, 2, 23), -1), Date(2026, 2, 13));
}

TEST(WorkingCalendarTest, CompensatoryDayInsideTheWindow) {
  const WorkingCalendar cal = CalendarFromSeeds(ShippedHolidays());
  // Giỗ Tổ 2026 is Sunday 26/04: Monday 27/04 is nghỉ bù; 30/04 and 01/05 are holidays.
  EXPECT_FALSE(cal.IsWorkingDay(Date(2026, 4, 27)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2026, 4, 28)));
  EXPECT_EQ(cal.AddWorkingDays(Date(2026, 4, 10), 30), Date(2026, 5, 27));
  const WorkingCalendar without_comp({Date(2026, 4, 30), Date(2026, 5, 1)});
  EXPECT_EQ(without_comp.AddWorkingDays(Date(2026, 4, 10), 30), Date(2026, 5, 26));
  // Tết 2025: Monday 27/01 is nghỉ bù for Saturday 01/02 (mùng 4), placed before the break.
  EXPECT_FALSE(cal.IsWorkingDay(Date(2025, 1, 27)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 2, 3)));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 1, 10), 30), Date(2025, 2, 28));
  // Swap 2025: Friday 02/05 off, Saturday 26/04 worked.
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 4, 26)));
  EXPECT_FALSE(cal.IsWorkingDay(Date(2025, 5, 2)));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 4, 25), 1), Date(2025, 4, 26));
  EXPECT_EQ(cal.AddWorkingDays(Date(2025, 4, 25), 30), Date(2025, 6, 10));
}

// --- The shipped table ---

std::map<Date, const HolidaySeed*> ByDate() {
  std::map<Date, const HolidaySeed*> by_date;
  for (const HolidaySeed& s : ShippedHolidays()) by_date[s.date] = &s;
  return by_date;
}

TEST(ShippedHolidaysTest, SortedUniqueAndWellFormed) {
  const auto& seeds = ShippedHolidays();
  ASSERT_FALSE(seeds.empty());
  for (size_t i = 1; i < seeds.size(); ++i) {
    ASSERT_LT(seeds[i - 1].date, seeds[i].date) << seeds[i].date.Iso();
  }
  EXPECT_EQ(seeds.front().date, Date(2014, 12, 27));  // worked for the 2015 swap
  EXPECT_EQ(seeds.back().date.year(), 2030);
  for (const HolidaySeed& s : seeds) {
    EXPECT_FALSE(s.name.empty());
    switch (s.kind) {
      case HolidayKind::kWorkingSaturday:
        EXPECT_EQ(WeekdayOf(s.date), Weekday::kSaturday) << s.date.Iso();
        EXPECT_EQ(s.name.rfind("Làm bù", 0), 0u) << s.name;
        break;
      case HolidayKind::kCompensatory:
        EXPECT_FALSE(IsWeekend(s.date)) << s.date.Iso();
        EXPECT_EQ(s.name.rfind("Nghỉ", 0), 0u) << s.name;
        break;
      case HolidayKind::kHoliday:
        break;
    }
  }
  for (HolidayKind k :
       {HolidayKind::kHoliday, HolidayKind::kCompensatory, HolidayKind::kWorkingSaturday}) {
    EXPECT_EQ(ParseHolidayKind(HolidayKindCode(k)), k);
  }
  EXPECT_EQ(HolidayKindCode(HolidayKind::kWorkingSaturday), "working_saturday");
  EXPECT_FALSE(ParseHolidayKind("Holiday"));
}

TEST(ShippedHolidaysTest, LunarDatesMatchTheAstronomy) {
  const auto by_date = ByDate();
  for (int y = 2015; y <= 2030; ++y) {
    SCOPED_TRACE(y);
    const LunarYearStart lunar = LunarYear(y);
    ASSERT_TRUE(by_date.count(lunar.tet));
    EXPECT_EQ(by_date.at(lunar.tet)->name, "Tết Nguyên đán (mùng 1)");
    for (int i = 1; i <= 3; ++i) {
      const Date d = lunar.tet.AddDays(i);
      ASSERT_TRUE(by_date.count(d));
      EXPECT_EQ(by_date.at(d)->name, "Tết Nguyên đán (mùng " + std::to_string(i + 1) + ")");
    }
    const Date eve = lunar.tet.AddDays(-1);
    ASSERT_TRUE(by_date.count(eve));
    EXPECT_EQ(by_date.at(eve)->name,
              "Tết Nguyên đán (" + std::to_string(lunar.chap_days) + " tháng Chạp)");
    ASSERT_TRUE(by_date.count(lunar.gio_to));
    EXPECT_EQ(by_date.at(lunar.gio_to)->name, "Giỗ Tổ Hùng Vương");
    EXPECT_EQ(by_date.at(lunar.gio_to)->kind, HolidayKind::kHoliday);
  }
  // Tết Canh Tuất 2030 falls a day earlier than in China: the new moon comes just after 23:00 in Hà
  // Nội.
  EXPECT_EQ(LunarYear(2030).tet, Date(2030, 2, 2));
}

// The statutory days of year `y` and the usual compensation pattern, written independently of
// the table: Tết weekend days go to the working day before (Saturday) or after (Sunday) the
// break, other holidays on a weekend to the next working day.
std::set<Date> PatternDaysOff(int y) {
  const LunarYearStart lunar = LunarYear(y);
  std::vector<std::pair<Date, bool>> holidays;  // date, is Tết
  holidays.push_back({Date(y, 1, 1), false});
  for (int i = -1; i <= 3; ++i) holidays.push_back({lunar.tet.AddDays(i), true});
  holidays.push_back({lunar.gio_to, false});
  holidays.push_back({Date(y, 4, 30), false});
  holidays.push_back({Date(y, 5, 1), false});
  const Date national(y, 9, 2);
  holidays.push_back({national, false});
  if (y >= 2021) {
    static const int kSide[8] = {0, +1, -1, -1, +1, -1, -1, +1};  // by ISO weekday of 2/9
    holidays.push_back({national.AddDays(kSide[static_cast<int>(WeekdayOf(national))]), false});
  }
  std::sort(holidays.begin(), holidays.end());
  std::set<Date> off;
  for (const auto& h : holidays) off.insert(h.first);
  for (const auto& [date, tet] : holidays) {
    if (!IsWeekend(date)) continue;
    const int step = tet && WeekdayOf(date) == Weekday::kSaturday ? -1 : +1;
    Date d = date.AddDays(step);
    while (IsWeekend(d) || off.count(d)) d = d.AddDays(step);
    off.insert(d);
  }
  return off;
}

TEST(ShippedHolidaysTest, EveryYearFollowsThePatternPlusAnnouncedSwaps) {
  // Swaps approved for cán bộ, công chức, viên chức: {day off, Saturday worked}.
  const std::vector<std::pair<Date, Date>> swaps = {
      {Date(2015, 1, 2), Date(2014, 12, 27)}, {Date(2015, 2, 16), Date(2015, 2, 14)},
      {Date(2015, 4, 29), Date(2015, 4, 25)}, {Date(2018, 12, 31), Date(2019, 1, 5)},
      {Date(2019, 4, 29), Date(2019, 5, 4)},  {Date(2024, 4, 29), Date(2024, 5, 4)},
      {Date(2025, 5, 2), Date(2025, 4, 26)},
  };
  std::set<Date> expected_off, expected_working;
  for (int y = 2015; y <= 2030; ++y) {
    for (const Date& d : PatternDaysOff(y)) expected_off.insert(d);
  }
  for (const auto& [off, worked] : swaps) {
    expected_off.insert(off);
    expected_working.insert(worked);
  }
  std::set<Date> off, working;
  for (const HolidaySeed& s : ShippedHolidays()) {
    (s.kind == HolidayKind::kWorkingSaturday ? working : off).insert(s.date);
  }
  EXPECT_EQ(off, expected_off);
  EXPECT_EQ(working, expected_working);
}

TEST(ShippedHolidaysTest, EachYearHasItsHolidays) {
  std::map<int, std::multiset<std::string>> names;
  for (const HolidaySeed& s : ShippedHolidays()) {
    if (s.kind == HolidayKind::kHoliday) names[s.date.year()].insert(s.name);
  }
  for (int y = 2015; y <= 2030; ++y) {
    SCOPED_TRACE(y);
    const auto& n = names[y];
    EXPECT_EQ(n.count("Tết Dương lịch"), 1u);
    EXPECT_EQ(n.count("Giỗ Tổ Hùng Vương"), 1u);
    EXPECT_EQ(n.count("Ngày Chiến thắng"), 1u);
    EXPECT_EQ(n.count("Ngày Quốc tế Lao động"), 1u);
    EXPECT_EQ(n.count("Quốc khánh"), 1u);
    // One adjacent day from the Labour Code 2019 on (2021), none before.
    EXPECT_EQ(n.count("Quốc khánh (ngày liền kề)"), y >= 2021 ? 1u : 0u);
    EXPECT_EQ(n.size(), y >= 2021 ? 11u : 10u);  // + 5 Tết days
  }
  const auto by_date = ByDate();
  EXPECT_EQ(by_date.at(Date(2026, 1, 1))->name, "Tết Dương lịch");
  EXPECT_EQ(by_date.at(Date(2023, 9, 4))->name, "Nghỉ bù Quốc khánh");
  EXPECT_EQ(by_date.at(Date(2023, 9, 4))->kind, HolidayKind::kCompensatory);
  EXPECT_EQ(by_date.at(Date(2026, 4, 27))->name, "Nghỉ bù Giỗ Tổ Hùng Vương");
}

TEST(ShippedHolidaysTest, AnnouncedSchedules) {
  const WorkingCalendar cal = CalendarFromSeeds(ShippedHolidays());
  // Each announced break: every day in [first, last] off, the days around it working.
  struct Break {
    Date first, last;
  };
  const std::vector<Break> breaks = {
      {Date(2015, 2, 15), Date(2015, 2, 23)}, {Date(2016, 2, 6), Date(2016, 2, 14)},
      {Date(2017, 1, 26), Date(2017, 2, 1)},  {Date(2018, 2, 14), Date(2018, 2, 20)},
      {Date(2018, 12, 29), Date(2019, 1, 1)}, {Date(2019, 2, 2), Date(2019, 2, 10)},
      {Date(2019, 4, 27), Date(2019, 5, 1)},  {Date(2020, 1, 23), Date(2020, 1, 29)},
      {Date(2021, 2, 10), Date(2021, 2, 16)}, {Date(2021, 9, 2), Date(2021, 9, 5)},
      {Date(2022, 1, 29), Date(2022, 2, 6)},  {Date(2022, 4, 30), Date(2022, 5, 3)},
      {Date(2022, 9, 1), Date(2022, 9, 4)},   {Date(2023, 1, 20), Date(2023, 1, 26)},
      {Date(2023, 4, 29), Date(2023, 5, 3)},  {Date(2023, 9, 1), Date(2023, 9, 4)},
      {Date(2024, 2, 8), Date(2024, 2, 14)},  {Date(2024, 4, 27), Date(2024, 5, 1)},
      {Date(2024, 8, 31), Date(2024, 9, 3)},  {Date(2025, 1, 25), Date(2025, 2, 2)},
      {Date(2025, 4, 5), Date(2025, 4, 7)},   {Date(2025, 4, 30), Date(2025, 5, 4)},
      {Date(2025, 8, 30), Date(2025, 9, 2)},  {Date(2026, 2, 14), Date(2026, 2, 22)},
  };
  for (const Break& b : breaks) {
    SCOPED_TRACE(b.first.Iso());
    for (Date d = b.first; d <= b.last; d = d.AddDays(1)) EXPECT_FALSE(cal.IsWorkingDay(d));
    EXPECT_TRUE(cal.IsWorkingDay(b.first.AddDays(-1)));
    EXPECT_TRUE(cal.IsWorkingDay(b.last.AddDays(1)));
  }
  // Saturdays worked in exchange.
  EXPECT_TRUE(cal.IsWorkingDay(Date(2019, 1, 5)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2024, 5, 4)));
  EXPECT_TRUE(cal.IsWorkingDay(Date(2025, 4, 26)));
}

}  // namespace
}  // namespace dangbo::rules
