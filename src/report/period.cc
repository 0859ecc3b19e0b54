// Periods: construction from a year and a number, codes, Vietnamese labels, parsing.
#include "report/period.h"

#include <charconv>

namespace dangbo::report {

namespace {

Date MonthEnd(int year, int month) { return Date(year, month, Date::DaysInMonth(year, month)); }

Period Make(PeriodKind kind, int year, int n, int first_month, int last_month) {
  Period p;
  p.kind = kind;
  p.year = year;
  p.n = n;
  p.from = Date(year, first_month, 1);
  p.to = MonthEnd(year, last_month);
  return p;
}

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A whole non-negative number of `s` (digits only, at most 4), or -1.
int Number(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return -1;
  return v;
}

Error BadPeriod(std::string_view code) {
  return Error::Invalid("Kỳ báo cáo “" + std::string(code) +
                            "” không hợp lệ: dùng 2022-08 (tháng), 2022-Q3 (quý), 2022-M8 "
                            "(8 tháng đầu năm), 2022 (năm), 2020-2025 (nhiệm kỳ), 2020-2025-H1 "
                            "(nửa đầu nhiệm kỳ) hoặc 2022-06-01..2022-09-30.",
                        {{"period", "Kỳ báo cáo không hợp lệ."}});
}

const CongressTerm* FindTerm(int first_year, int last_year) {
  for (const CongressTerm& t : CongressTerms()) {
    if (t.first_year == first_year && t.last_year == last_year) return &t;
  }
  return nullptr;
}

// A term "2020-2025", or one of its halves "2020-2025-H1"/"-H2" (the first half ends on the
// day before the middle of the term, counted in whole months).
Result<Period> ParseTerm(std::string_view code) {
  const int first = Number(code.substr(0, 4)), last = Number(code.substr(5, 4));
  const CongressTerm* t = code.size() >= 9 && code[4] == '-' ? FindTerm(first, last) : nullptr;
  if (t == nullptr) return BadPeriod(code);
  Period p;
  p.year = first;
  p.from = *Date::Parse(t->from);
  p.to = *Date::Parse(t->to);
  if (code.size() == 9) {
    p.kind = PeriodKind::kTerm;
    p.n = last;
    return p;
  }
  const std::string_view half = code.substr(9);
  if (half != "-H1" && half != "-H2" && half != "-h1" && half != "-h2") return BadPeriod(code);
  const int months = (p.to.year() - p.from.year()) * 12 + (p.to.month() - p.from.month()) + 1;
  const Date middle = p.from.AddMonths(months / 2);
  p.kind = PeriodKind::kHalfTerm;
  p.n = half[2] - '0';
  p.term_end = last;
  if (p.n == 1) {
    p.to = middle.AddDays(-1);
  } else {
    p.from = middle;
  }
  return p;
}

}  // namespace

Period MonthPeriod(int year, int month) {
  return Make(PeriodKind::kMonth, year, month, month, month);
}

Period QuarterPeriod(int year, int quarter) {
  return Make(PeriodKind::kQuarter, year, quarter, 3 * quarter - 2, 3 * quarter);
}

Period FirstMonthsPeriod(int year, int months) {
  if (months == 12) return YearPeriod(year);
  return Make(PeriodKind::kFirstMonths, year, months, 1, months);
}

Period YearPeriod(int year) { return Make(PeriodKind::kYear, year, 0, 1, 12); }

Result<Period> CustomPeriod(const Date& from, const Date& to) {
  if (to < from) {
    return Error::Invalid("Ngày kết thúc phải không trước ngày bắt đầu.",
                          {{"to", "Ngày kết thúc trước ngày bắt đầu."}});
  }
  Period p;
  p.kind = PeriodKind::kCustom;
  p.from = from;
  p.to = to;
  p.year = from.year();
  return p;
}

std::string Period::Code() const {
  const std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::kMonth:
      return y + "-" + TwoDigits(n);
    case PeriodKind::kQuarter:
      return y + "-Q" + std::to_string(n);
    case PeriodKind::kFirstMonths:
      return y + "-M" + std::to_string(n);
    case PeriodKind::kYear:
      return y;
    case PeriodKind::kTerm:
      return y + "-" + std::to_string(n);
    case PeriodKind::kHalfTerm:
      return y + "-" + std::to_string(term_end) + "-H" + std::to_string(n);
    case PeriodKind::kCustom:
      break;
  }
  return from.Iso() + ".." + to.Iso();
}

std::string Period::Label() const {
  static const char* const kRoman[] = {"I", "II", "III", "IV"};
  const std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::kMonth:
      return "Tháng " + std::to_string(n) + "/" + y;
    case PeriodKind::kQuarter:
      return std::string("Quý ") + kRoman[n - 1] + "/" + y;
    case PeriodKind::kFirstMonths:
      return std::to_string(n) + " tháng đầu năm " + y;
    case PeriodKind::kYear:
      return "Năm " + y;
    case PeriodKind::kTerm:
      return "Nhiệm kỳ " + y + "–" + std::to_string(n);
    case PeriodKind::kHalfTerm:
      return std::string(n == 1 ? "Nửa đầu" : "Nửa cuối") + " nhiệm kỳ " + y + "–" +
             std::to_string(term_end);
    case PeriodKind::kCustom:
      break;
  }
  return "Từ " + from.Vietnamese() + " đến " + to.Vietnamese();
}

Period Period::YearEarlier() const {
  switch (kind) {
    case PeriodKind::kMonth:
      return MonthPeriod(year - 1, n);
    case PeriodKind::kQuarter:
      return QuarterPeriod(year - 1, n);
    case PeriodKind::kFirstMonths:
      return FirstMonthsPeriod(year - 1, n);
    case PeriodKind::kYear:
      return YearPeriod(year - 1);
    default:
      break;
  }
  Period p;
  p.kind = PeriodKind::kCustom;
  p.from = from.AddYears(-1);
  p.to = to.AddYears(-1);
  p.year = p.from.year();
  return p;
}

const std::vector<CongressTerm>& CongressTerms() {
  // The bloc committee's congresses are held in the autumn of the term's first year.
  static const std::vector<CongressTerm> kTerms = {
      {2010, 2015, "2010-10-01", "2015-09-30"},
      {2015, 2020, "2015-10-01", "2020-09-30"},
      {2020, 2025, "2020-10-01", "2025-09-30"},
      {2025, 2030, "2025-10-01", "2030-09-30"},
  };
  return kTerms;
}

Result<Period> ParsePeriod(std::string_view code) {
  if (code.size() > 40) return BadPeriod(code.substr(0, 40));
  if (const size_t dots = code.find(".."); dots != std::string_view::npos) {
    const auto from = Date::Parse(code.substr(0, dots));
    const auto to = Date::Parse(code.substr(dots + 2));
    if (!from || !to) return BadPeriod(code);
    return CustomPeriod(*from, *to);
  }
  const int year = Number(code.substr(0, 4));
  if (code.size() < 4 || year < 1900 || year > 2200) return BadPeriod(code);
  if (code.size() == 4) return YearPeriod(year);
  if (code[4] != '-' || code.size() < 6) return BadPeriod(code);
  if (code.size() >= 9 && Number(code.substr(5, 4)) > year) return ParseTerm(code);
  const std::string_view rest = code.substr(5);
  if (rest[0] == 'Q' || rest[0] == 'q') {
    const int q = Number(rest.substr(1));
    if (rest.size() != 2 || q < 1 || q > 4) return BadPeriod(code);
    return QuarterPeriod(year, q);
  }
  if (rest[0] == 'M' || rest[0] == 'm') {
    const int m = Number(rest.substr(1));
    if (rest.size() > 3 || m < 1 || m > 12) return BadPeriod(code);
    return FirstMonthsPeriod(year, m);
  }
  const int m = Number(rest);
  if (rest.size() != 2 || m < 1 || m > 12) return BadPeriod(code);
  return MonthPeriod(year, m);
}

Result<Date> ParseDateParam(std::string_view name, std::string_view value, const Date& fallback) {
  if (value.empty()) return fallback;
  const auto d = Date::Parse(value);
  if (!d) {
    const std::string n(name);
    return Error::Invalid("Tham số “" + n + "” phải là ngày YYYY-MM-DD.",
                          {{n, "Ngày không hợp lệ."}});
  }
  return *d;
}

Result<Period> PeriodFromParams(std::string_view code, std::string_view from, std::string_view to,
                                const Date& at) {
  if (!code.empty()) {
    if (!from.empty() || !to.empty()) {
      return Error::Invalid("Chỉ dùng một cách chọn kỳ: tham số “period” hoặc “from”/“to”.",
                            {{"period", "Không dùng cùng “from”/“to”."}});
    }
    return ParsePeriod(code);
  }
  auto f = ParseDateParam("from", from, Date(at.year(), 1, 1));
  if (!f.ok()) return f.error();
  auto t = ParseDateParam("to", to, at);
  if (!t.ok()) return t.error();
  return CustomPeriod(*f, *t);
}

}  // namespace dangbo::report
