// Format detection, the common errors, and BuildTable: parsed rows → a padded Table with its
// header found below any title rows, within the size limits.
#include <algorithm>

#include "tableio/internal.h"
#include "tableio/tableio.h"

namespace dangbo::tableio {
namespace internal {
namespace {

size_t NonEmptyCount(const RawRow& row) {
  return static_cast<size_t>(std::count_if(row.cells.begin(), row.cells.end(),
                                           [](const std::string& c) { return !c.empty(); }));
}

// The index of the header: the row at `header_line` if given and present, else the first row
// among the first kHeaderSearchRows with at least half as many filled cells as the fullest.
size_t FindHeader(const std::vector<RawRow>& rows, size_t header_line) {
  if (header_line != 0) {
    for (size_t i = 0; i < rows.size() && rows[i].line <= header_line; ++i) {
      if (rows[i].line == header_line) return i;
    }
  }
  const size_t scan = std::min(rows.size(), kHeaderSearchRows);
  size_t most = 0;
  for (size_t i = 0; i < scan; ++i) most = std::max(most, NonEmptyCount(rows[i]));
  for (size_t i = 0; i < scan; ++i) {
    if (2 * NonEmptyCount(rows[i]) >= most) return i;
  }
  return 0;
}

}  // namespace

namespace {
// 50000 -> "50.000", as Vietnamese writes numbers.
std::string Grouped(size_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}
}  // namespace

Error TooLarge(size_t max_bytes) {
  return Error::Make(ErrorKind::kRuleViolated, "file_too_large", "Tệp quá lớn",
                     "Tệp quá lớn: dữ liệu vượt quá " + Grouped(max_bytes / (1024 * 1024)) +
                         " MB (với tệp .xlsx tính cả sau khi giải nén). Hãy chia thành nhiều tệp "
                         "nhỏ hơn rồi nhập lần lượt.");
}

Error TooManyRows(size_t max_rows) {
  return Error::Make(ErrorKind::kRuleViolated, "file_too_many_rows", "Tệp có quá nhiều dòng",
                     "Tệp có quá nhiều dòng: chỉ nhận tối đa " + Grouped(max_rows) +
                         " dòng dữ liệu mỗi tệp. Hãy chia thành nhiều tệp nhỏ hơn.");
}

Error NotXlsx() { return Error::Invalid("Tệp không phải là tệp Excel (.xlsx) hợp lệ."); }

std::optional<Error> SniffUnsupported(std::string_view bytes) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return Error::Invalid(
        "Tệp Excel 97–2003 (.xls) hoặc tệp Excel có đặt mật khẩu chưa được hỗ trợ. Hãy mở "
        "tệp bằng Excel, bỏ mật khẩu (nếu có) rồi lưu lại dưới dạng Excel Workbook (.xlsx).");
  }
  if (bytes.starts_with("%PDF-")) {
    return Error::Invalid(
        "Tệp PDF không chứa bảng dữ liệu để nhập. Hãy dùng tệp Excel (.xlsx) hoặc CSV.");
  }
  return std::nullopt;
}

Result<Table> BuildTable(std::vector<RawRow> raw, size_t header_line, bool strict_width,
                         size_t max_rows) {
  std::vector<RawRow> rows;
  rows.reserve(raw.size());
  for (RawRow& row : raw) {
    while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
    if (!row.cells.empty()) rows.push_back(std::move(row));
  }
  raw.clear();
  if (rows.empty()) {
    return Error::Invalid("Tệp không có dữ liệu: không tìm thấy dòng tiêu đề.");
  }
  const size_t header_index = FindHeader(rows, header_line);
  const size_t data_rows = rows.size() - header_index - 1;
  if (data_rows > max_rows) return TooManyRows(max_rows);

  size_t width = rows[header_index].cells.size();
  for (size_t i = header_index + 1; i < rows.size(); ++i) {
    const RawRow& row = rows[i];
    if (strict_width && row.cells.size() > width) {
      return Error::Invalid("Dòng " + std::to_string(row.line) + " có " +
                            std::to_string(row.cells.size()) + " ô, nhiều hơn " +
                            std::to_string(width) +
                            " cột của dòng tiêu đề. Hãy kiểm tra dấu phân cách và dấu ngoặc "
                            "kép trong dòng này.");
    }
  }
  for (size_t i = header_index + 1; i < rows.size(); ++i) {
    width = std::max(width, rows[i].cells.size());
  }
  if (width > kMaxColumns) {
    return Error::Invalid("Bảng có quá nhiều cột: tối đa 16.384 cột.");
  }
  if (width * (data_rows + 1) > kMaxCells) {
    return Error::Invalid("Bảng quá lớn: vượt quá 10 triệu ô. Hãy chia thành nhiều tệp nhỏ hơn.");
  }

  Table table;
  table.header = std::move(rows[header_index].cells);
  table.header.resize(width);
  table.header_line = rows[header_index].line;
  table.rows.reserve(data_rows);
  table.row_lines.reserve(data_rows);
  for (size_t i = header_index + 1; i < rows.size(); ++i) {
    rows[i].cells.resize(width);
    table.rows.push_back(std::move(rows[i].cells));
    table.row_lines.push_back(rows[i].line);
  }
  return table;
}

}  // namespace internal

Format DetectFormat(std::string_view bytes) {
  // Local file header; an empty or spanned archive is still a zip, not text.
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06") ||
      bytes.starts_with("PK\x07\x08")) {
    return Format::kXlsx;
  }
  return Format::kCsv;
}

Result<Table> Read(std::string_view bytes, const ReadLimits& limits) {
  return DetectFormat(bytes) == Format::kXlsx ? ReadXlsx(bytes, limits) : ReadCsv(bytes, limits);
}

}  // namespace dangbo::tableio
