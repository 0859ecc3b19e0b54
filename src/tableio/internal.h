// Helpers shared by the CSV and XLSX readers and writers: UTF-8 checks, Excel cell references,
// number and date conversions, formula-injection guard, and turning parsed rows into a Table.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "tableio/tableio.h"

namespace dangbo::tableio::internal {

inline constexpr size_t kMaxColumns = 16384;                 // Excel's limit (column XFD)
inline constexpr size_t kMaxCells = 10'000'000;              // rows × columns after padding
inline constexpr size_t kMaxTextBytes = 2 * kMaxInputBytes;  // total cell text produced
inline constexpr size_t kHeaderSearchRows = 30;

// --- UTF-8 ---

// The byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid UTF-8
// (no overlong forms, surrogates or code points above U+10FFFF).
size_t FindInvalidUtf8(std::string_view s);
size_t CountCodePoints(std::string_view s);
void AppendUtf8(std::string& out, char32_t cp);

// --- Excel cell references ---

std::string ColumnName(size_t col);  // 0 → "A", 27 → "AB"
// Parses "C12" into col 2 and row 12; a reference without digits gives row 0.
bool ParseCellRef(std::string_view ref, size_t* col, size_t* row);

// --- OOXML string escapes (_xHHHH_) ---

// Decodes _xHHHH_ escapes (Excel writes control characters such as CR this way).
std::string UnescapeOoxml(std::string_view s);
// Protects literal "_xHHHH_" text so that Excel and UnescapeOoxml keep it as typed.
std::string ProtectOoxmlLiterals(std::string_view s);

// --- Values ---

// "-?[1-9][0-9]{0,14}" or "0": an integer a double holds exactly, without leading zeros.
bool IsPlainInteger(std::string_view s);

struct Ymd {
  int year;
  int month;
  int day;
};
// "YYYY-MM-DD" naming a real calendar date.
std::optional<Ymd> ParseIsoDate(std::string_view s);

// True when Excel would take `s` for a formula (see CsvOptions in tableio.h).
bool NeedsFormulaGuard(std::string_view s);
std::string GuardFormula(std::string_view s, bool enabled);

// --- Excel number formats ---

enum class ValueKind { kNumber, kDate, kDateTime, kTime };

struct NumberStyle {
  ValueKind kind = ValueKind::kNumber;
  bool elapsed = false;  // [h]:mm style: hours beyond 24
  int zero_pad = 0;      // "000000" style: minimum digits of an integer
};

NumberStyle BuiltinNumberStyle(int num_fmt_id);
NumberStyle ClassifyFormatCode(std::string_view code);

// A number as Excel's General format would show it, minus the exponent for large integers.
std::string FormatNumber(double v, int zero_pad = 0);
// A cell number under its style: a date, time or plain number.
std::string FormatSerial(double serial, bool date1904, const NumberStyle& style);

// --- Building the table ---

struct RawRow {
  size_t line = 0;  // 1-based line (CSV) or sheet row (XLSX)
  std::vector<std::string> cells;
};

// Drops empty rows and trailing empty cells, finds the header (the row at `header_line` when
// non-zero and present, else by the title-row rule in tableio.h), pads, and checks the limits.
// With `strict_width`, a row wider than the header is an error naming its line.
Result<Table> BuildTable(std::vector<RawRow> raw, size_t header_line, bool strict_width,
                         size_t max_rows);

// Errors for input that is neither CSV nor XLSX but is recognisable (old .xls, encrypted
// workbooks, PDF), or nullopt.
std::optional<Error> SniffUnsupported(std::string_view bytes);

// Refusals of input over a limit (kRuleViolated, HTTP 422), naming the limit.
Error TooLarge(size_t max_bytes = kMaxInputBytes);
Error TooManyRows(size_t max_rows = kMaxRows);
Error NotXlsx();

}  // namespace dangbo::tableio::internal
