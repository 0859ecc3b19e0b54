// UTC timestamp formatting and parsing in one fixed ISO-8601 form.
#include "base/clock.h"

#include <cstdio>
#include <ctime>

namespace dangbo {

std::string FormatTimestamp(TimePoint t) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch());
  const std::time_t secs = static_cast<std::time_t>(ms.count() / 1000);
  const int frac = static_cast<int>(ms.count() % 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
  return buf;
}

// Accepts years 1900..2200, like Date (clock.h: "returns false on anything else").
bool ParseTimestamp(const std::string& s, TimePoint* out) {
  int y, mo, d, h, mi, sec, ms = 0;
  char z = 0;
  int n =
      std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &y, &mo, &d, &h, &mi, &sec, &ms, &z);
  if (n != 8 || z != 'Z') {
    ms = 0;
    n = std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &z);
    if (n != 7 || z != 'Z') return false;
  }
  // Years as Date accepts them (TimePoint's nanoseconds overflow before 1678 and after
  // 2262); no negative fields ("%2d" reads "-1").
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 ||
      mi > 59 || sec < 0 || sec > 60 || ms < 0) {
    return false;
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  const std::time_t secs = timegm(&tm);
  *out = TimePoint(std::chrono::milliseconds(static_cast<int64_t>(secs) * 1000 + ms));
  return true;
}

}  // namespace dangbo
