// Cell-level conversions for tableio: UTF-8, Excel cell references, _xHHHH_ escapes, integers,
// ISO dates, formula guard, Excel number-format classification and serial-date formatting.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "tableio/internal.h"

namespace dangbo::tableio::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of an "_xHHHH_" escape starting at s[i], or -1.
int EscapeAt(std::string_view s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  int v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

std::string TwoDigits(long long v) {
  std::string s = std::to_string(v);
  return s.size() < 2 ? "0" + s : s;
}

std::string FormatClock(long long hours, long long secs_in_hour) {
  return TwoDigits(hours) + ":" + TwoDigits(secs_in_hour / 60) + ":" + TwoDigits(secs_in_hour % 60);
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c == 0xE0) {
      len = 3, lo = 0xA0;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
      len = 3;
    } else if (c == 0xED) {
      len = 3, hi = 0x9F;  // no UTF-16 surrogates
    } else if (c == 0xF0) {
      len = 4, lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
      len = 4;
    } else if (c == 0xF4) {
      len = 4, hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

size_t CountCodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string ColumnName(size_t col) {
  std::string name;
  for (size_t n = col + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

bool ParseCellRef(std::string_view ref, size_t* col, size_t* row) {
  size_t i = 0, c = 0;
  while (i < ref.size() && i < 4) {
    const char ch = Lower(ref[i]);
    if (ch < 'a' || ch > 'z') break;
    c = c * 26 + static_cast<size_t>(ch - 'a' + 1);
    ++i;
  }
  if (i == 0 || c > kMaxColumns) return false;
  size_t r = 0;
  for (size_t k = i; k < ref.size(); ++k) {
    if (!IsDigit(ref[k]) || k - i >= 7) return false;
    r = r * 10 + static_cast<size_t>(ref[k] - '0');
  }
  *col = c - 1;
  *row = r;
  return true;
}

std::string UnescapeOoxml(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const int cp = EscapeAt(s, i);
    if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out += s[i++];
      continue;
    }
    AppendUtf8(out, static_cast<char32_t>(cp));
    i += 7;
  }
  return out;
}

std::string ProtectOoxmlLiterals(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    if (EscapeAt(s, i) >= 0) {
      out += "_x005F";  // the escape of '_' itself; the original '_' follows
    }
    out += s[i];
  }
  return out;
}

bool IsPlainInteger(std::string_view s) {
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 15) return false;
  if (s[0] == '0') return s.size() == 1 && !negative;  // "0", but not "-0" or "007"
  return std::all_of(s.begin(), s.end(), IsDigit);
}

std::optional<Ymd> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return std::nullopt;
  }
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const Ymd d{num(0, 4), num(5, 2), num(8, 2)};
  const std::chrono::year_month_day ymd{std::chrono::year{d.year},
                                        std::chrono::month{static_cast<unsigned>(d.month)},
                                        std::chrono::day{static_cast<unsigned>(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

bool NeedsFormulaGuard(std::string_view s) {
  if (s.empty()) return false;
  const char c = s[0];
  if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
  if (c != '+' && c != '-') return false;
  // A sign followed only by a plain number (or nothing) cannot call anything.
  const std::string_view rest = s.substr(1);
  const bool plain = std::all_of(rest.begin(), rest.end(), [](char ch) {
    return IsDigit(ch) || ch == ' ' || ch == '.' || ch == ',';
  });
  return !plain;
}

std::string GuardFormula(std::string_view s, bool enabled) {
  if (enabled && NeedsFormulaGuard(s)) return "'" + std::string(s);
  return std::string(s);
}

NumberStyle BuiltinNumberStyle(int id) {
  NumberStyle style;
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
    style.kind = ValueKind::kDate;  // 27–36 and 50–58 are East Asian locale date formats
  } else if (id == 22) {
    style.kind = ValueKind::kDateTime;
  } else if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
    style.kind = ValueKind::kTime;
    style.elapsed = id == 46;
  }
  return style;
}

NumberStyle ClassifyFormatCode(std::string_view code) {
  NumberStyle style;
  if (code.size() >= 2 && std::all_of(code.begin(), code.end(), [](char c) { return c == '0'; })) {
    style.zero_pad = static_cast<int>(std::min<size_t>(code.size(), 30));
    return style;
  }
  bool d = false, y = false, m = false, h = false, s = false, ampm = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;  // only the first (positive numbers) section matters
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped, padding or fill character
    } else if (c == '[') {
      const size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      const std::string_view inner = code.substr(i + 1, end - i - 1);
      const char first = inner.empty() ? 0 : Lower(inner[0]);
      const bool same =
          std::all_of(inner.begin(), inner.end(), [&](char ch) { return Lower(ch) == first; });
      if ((first == 'h' || first == 'm' || first == 's') && same) {
        style.elapsed = true;  // [h], [mm], [ss]; colours, locales and conditions are skipped
        h = true;
      }
      i = end;
    } else if (StartsWithNoCase(code.substr(i), "am/pm")) {
      ampm = true;
      i += 4;
    } else if (StartsWithNoCase(code.substr(i), "a/p")) {
      ampm = true;
      i += 2;
    } else {
      switch (Lower(c)) {
        case 'd':
          d = true;
          break;
        case 'y':
          y = true;
          break;
        case 'm':
          m = true;
          break;
        case 'h':
          h = true;
          break;
        case 's':
          s = true;
          break;
        default:
          break;
      }
    }
  }
  const bool time = h || s || ampm;
  const bool date = d || y || (m && !time);  // without h or s, "m" is a month
  if (date && time) {
    style.kind = ValueKind::kDateTime;
  } else if (date) {
    style.kind = ValueKind::kDate;
  } else if (time) {
    style.kind = ValueKind::kTime;
  }
  if (style.kind != ValueKind::kTime) style.elapsed = false;
  return style;
}

std::string FormatNumber(double v, int zero_pad) {
  if (!std::isfinite(v)) return "";
  constexpr double kExact = 9007199254740992.0;  // 2^53: integers up to here are exact
  if (v == std::trunc(v) && std::fabs(v) < kExact) {
    const auto i = static_cast<long long>(v);
    std::string s = std::to_string(i);
    if (i >= 0 && s.size() < static_cast<size_t>(zero_pad)) {
      s.insert(0, static_cast<size_t>(zero_pad) - s.size(), '0');
    }
    return s;
  }
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 15);
  return std::string(buf, r.ptr);
}

std::string FormatSerial(double serial, bool date1904, const NumberStyle& style) {
  if (style.kind == ValueKind::kNumber) return FormatNumber(serial, style.zero_pad);
  constexpr double kLastSerial = 2958465.0;  // 9999-12-31 in the 1900 system
  if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial + 1) {
    return FormatNumber(serial);
  }
  const long long total_ms = std::llround(serial * 86'400'000.0);
  const long long day = total_ms / 86'400'000;
  const long long secs = (total_ms % 86'400'000) / 1000;
  if (style.kind == ValueKind::kTime) {
    const long long hours = style.elapsed ? total_ms / 3'600'000 : secs / 3600;
    return FormatClock(hours, secs % 3600);
  }
  std::string date;
  if (!date1904 && day == 60) {
    date = "1900-02-29";  // the day Excel invents (Lotus 1-2-3's leap-year bug)
  } else if (!date1904 && day < 1) {
    return FormatNumber(serial);  // Excel's "00/01/1900" is not a date
  } else {
    // Days after 1899-12-30: serials before the phantom 29 February are one day short.
    const long long offset = date1904 ? day + 1462 : (day < 60 ? day + 1 : day);
    using namespace std::chrono;
    const year_month_day ymd{sys_days{year{1899} / December / 30} + days{offset}};
    const int y = static_cast<int>(ymd.year());
    if (y > 9999) return FormatNumber(serial);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    date = buf;
  }
  if (style.kind == ValueKind::kDateTime && secs != 0) {
    date += " " + FormatClock(secs / 3600, secs % 3600);
  }
  return date;
}

}  // namespace dangbo::tableio::internal
