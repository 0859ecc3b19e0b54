// CSV reading (RFC 4180 with Excel's habits: BOM, ';' separators, "sep=" lines, UTF-16 text)
// and writing (UTF-8 with BOM, CRLF, formula-injection guard).
#include <algorithm>
#include <array>
#include <cstdint>

#include "tableio/internal.h"
#include "tableio/tableio.h"

namespace dangbo::tableio {
namespace {

using internal::RawRow;

constexpr std::array<char, 3> kSeparators = {',', ';', '\t'};

Error BadUtf16() {
  return Error::Invalid(
      "Tệp văn bản UTF-16 bị lỗi mã hóa. Hãy lưu lại tệp bằng Excel với kiểu \"CSV UTF-8 "
      "(Comma delimited) (*.csv)\" hoặc dùng tệp .xlsx.");
}

// UTF-16 text with a byte-order mark → UTF-8.
Result<std::string> DecodeUtf16(std::string_view bytes) {
  if (bytes.size() % 2 != 0) return BadUtf16();
  const bool little_endian = bytes[0] == '\xFF';
  auto unit = [&](size_t at) -> char32_t {
    const auto a = static_cast<uint8_t>(bytes[at]);
    const auto b = static_cast<uint8_t>(bytes[at + 1]);
    return little_endian ? static_cast<char32_t>(b << 8 | a) : static_cast<char32_t>(a << 8 | b);
  };
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 2; i < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return BadUtf16();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 2 >= bytes.size()) return BadUtf16();
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return BadUtf16();
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    internal::AppendUtf8(out, cp);
  }
  return out;
}

bool IsLoneCr(std::string_view text, size_t i) {
  return text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
}

// Advances `line` over the line breaks in text[from, to): LF, CRLF and a lone CR each count once.
void CountLines(std::string_view text, size_t from, size_t to, size_t* line) {
  for (size_t i = from; i < to; ++i) {
    if (text[i] == '\n' || IsLoneCr(text, i)) ++*line;
  }
}

// For each of the first `max_lines` lines, how often each candidate separator occurs outside
// quotes.
std::vector<std::array<size_t, 3>> CountSeparators(std::string_view text, size_t max_lines) {
  std::vector<std::array<size_t, 3>> lines(1, {0, 0, 0});
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (lines.size() == max_lines) break;
      lines.push_back({0, 0, 0});
    } else if (!quoted) {
      for (size_t k = 0; k < kSeparators.size(); ++k) {
        if (c == kSeparators[k]) ++lines.back()[k];
      }
    }
  }
  return lines;
}

// The index of the single largest count, or -1 when the largest is zero or shared.
int UniqueMax(const std::array<size_t, 3>& counts) {
  int best = 0;
  for (int k = 1; k < 3; ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  if (counts[best] == 0) return -1;
  for (int k = 0; k < 3; ++k) {
    if (k != best && counts[k] == counts[best]) return -1;
  }
  return best;
}

// The separator that occurs most on the first line; on a tie, most over the first ten lines;
// ',' when still undecided.
char DetectSeparator(std::string_view text) {
  const auto lines = CountSeparators(text, 10);
  if (const int k = UniqueMax(lines[0]); k >= 0) return kSeparators[k];
  std::array<size_t, 3> sum = {0, 0, 0};
  for (const auto& counts : lines) {
    for (size_t k = 0; k < 3; ++k) sum[k] += counts[k];
  }
  int best = 0;
  for (int k = 1; k < 3; ++k) {
    if (sum[k] > sum[best]) best = k;
  }
  return kSeparators[best];
}

Result<std::vector<RawRow>> ParseRecords(std::string_view text, char sep, size_t line,
                                         size_t max_rows) {
  const char stops_buf[3] = {sep, '\n', '\r'};
  const std::string_view stops(stops_buf, 3);
  const size_t n = text.size();
  std::vector<RawRow> rows;
  size_t cells = 0;
  size_t i = 0;
  while (i < n) {
    RawRow row;
    row.line = line;
    while (true) {
      std::string field;
      if (i < n && text[i] == '"') {
        const size_t open_line = line;
        ++i;
        while (true) {
          const size_t q = text.find('"', i);
          if (q == std::string_view::npos) {
            return Error::Invalid("Dòng " + std::to_string(open_line) +
                                  ": dấu ngoặc kép mở ở dòng này không được đóng.");
          }
          CountLines(text, i, q, &line);
          field.append(text.substr(i, q - i));
          i = q + 1;
          if (i < n && text[i] == '"') {  // a doubled quote stands for one
            field += '"';
            ++i;
            continue;
          }
          break;
        }
      }
      // Unquoted text, or anything between a closing quote and the next separator (kept, as
      // Excel does).
      size_t end = text.find_first_of(stops, i);
      if (end == std::string_view::npos) end = n;
      field.append(text.substr(i, end - i));
      i = end;
      row.cells.push_back(std::move(field));
      if (row.cells.size() > internal::kMaxColumns) {
        return Error::Invalid("Dòng " + std::to_string(row.line) +
                              " có quá nhiều cột: tối đa 16.384 cột.");
      }
      if (i >= n) break;
      if (text[i] == sep) {
        ++i;
        continue;
      }
      i += (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
      ++line;
      break;
    }
    while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
    if (row.cells.empty()) continue;
    cells += row.cells.size();
    if (cells > internal::kMaxCells) {
      return Error::Invalid("Bảng quá lớn: vượt quá 10 triệu ô. Hãy chia thành nhiều tệp nhỏ hơn.");
    }
    rows.push_back(std::move(row));
    if (rows.size() > max_rows + internal::kHeaderSearchRows) {
      return internal::TooManyRows(max_rows);
    }
  }
  return rows;
}

void AppendField(std::string& out, std::string_view value, bool force_quotes) {
  if (!force_quotes && value.find_first_of(",;\t\"\r\n") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

Result<Table> ReadCsv(std::string_view bytes, const ReadLimits& limits) {
  const size_t max_bytes = std::min(limits.max_bytes, kMaxInputBytes);
  if (bytes.size() > max_bytes) return internal::TooLarge(max_bytes);
  if (auto unsupported = internal::SniffUnsupported(bytes)) return *unsupported;
  std::string decoded;
  std::string_view text = bytes;
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    auto utf8 = DecodeUtf16(text);
    if (!utf8.ok()) return utf8.error();
    decoded = std::move(utf8).value();
    text = decoded;
  } else {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (const size_t bad = internal::FindInvalidUtf8(text); bad != std::string_view::npos) {
      size_t line = 1;
      CountLines(text, 0, bad, &line);
      return Error::Invalid(
          "Dòng " + std::to_string(line) +
          " có ký tự không đúng mã UTF-8 (tệp có thể được lưu theo bảng mã cũ). Hãy lưu lại "
          "tệp bằng Excel với kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\" hoặc dùng tệp .xlsx.");
    }
  }
  if (text.find('\0') != std::string_view::npos) {
    return Error::Invalid("Tệp không phải là tệp CSV hay tệp Excel (.xlsx) hợp lệ.");
  }

  // Excel's "sep=;" first line names the separator.
  size_t first_line = 1;
  char sep = 0;
  if (text.size() >= 5 && text.starts_with("sep=") && text[4] != '"' && text[4] != '\r' &&
      text[4] != '\n' && (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
    sep = text[4];
    // "sep=;" alone, "sep=;\n" or "sep=;\r\n" (never past the end: the file may stop there).
    text.remove_prefix(text.size() == 5                                        ? 5
                       : text.size() > 6 && text[5] == '\r' && text[6] == '\n' ? 7
                                                                               : 6);
    first_line = 2;
  } else {
    sep = DetectSeparator(text);
  }

  const size_t max_rows = std::min(limits.max_rows, kMaxRows);
  auto rows = ParseRecords(text, sep, first_line, max_rows);
  if (!rows.ok()) return rows.error();
  return internal::BuildTable(std::move(rows).value(), 0, /*strict_width=*/true, max_rows);
}

std::string WriteCsv(const Table& t, const CsvOptions& options) {
  char sep = ',';
  for (const char c : kSeparators) {
    if (options.separator == c) sep = c;
  }
  std::string out = "\xEF\xBB\xBF";
  auto write_row = [&](const std::vector<std::string>& cells, bool first) {
    const size_t width = std::max(cells.size(), t.header.size());
    for (size_t c = 0; c < width; ++c) {
      if (c > 0) out += sep;
      if (c >= cells.size()) continue;
      const std::string value = internal::GuardFormula(cells[c], options.neutralise_formulas);
      // Quoted, a first cell such as "sep=x" cannot pass for Excel's separator line.
      AppendField(out, value, first && c == 0 && value.starts_with("sep="));
    }
    out += "\r\n";
  };
  write_row(t.header, true);
  for (const auto& row : t.rows) write_row(row, false);
  return out;
}

}  // namespace dangbo::tableio
