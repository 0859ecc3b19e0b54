// Vietnamese number and date formats: "2.700", "94,57%", "21/11/2026".
#include <cmath>
#include <cstdio>

#include "text/text.h"

namespace dangbo::text {

std::string FormatInt(int64_t n) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? -(n + 1) + 1ULL : static_cast<uint64_t>(n));
  if (negative && n == INT64_MIN) digits = "9223372036854775808";
  std::string out;
  const size_t len = digits.size();
  for (size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string FormatDecimal(double value, int decimals) {
  if (!std::isfinite(value)) return "—";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  const size_t dot = s.find('.');
  std::string int_part = dot == std::string::npos ? s : s.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();  // 72,50 → 72,5; 100,00 → 100
  const bool negative = !int_part.empty() && int_part[0] == '-';
  if (negative) int_part.erase(0, 1);
  std::string out = FormatInt(std::stoll(int_part));
  if (negative && (out != "0" || !frac.empty())) out = "-" + out;  // never "-0"
  if (!frac.empty()) out += "," + frac;
  return out;
}

std::string FormatPercent(double percent, int decimals) {
  return std::isfinite(percent) ? FormatDecimal(percent, decimals) + "%" : "—";
}

std::string FormatDate(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
         std::string(iso.substr(0, 4));
}

}  // namespace dangbo::text
