// WriteXlsx: a formatted list through libxlsxwriter, written into a private temporary
// directory and read back into memory (libxlsxwriter 1.1.4 cannot write to memory).
#include <stdlib.h>  // mkdtemp
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <utility>

#include "tableio/internal.h"
#include "tableio/tableio.h"

namespace dangbo::tableio {
namespace {

using internal::ColumnName;

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
constexpr size_t kHeaderWrap = 24;                // longer headers wrap onto more lines
constexpr size_t kConstantMemoryCells = 200'000;  // above this, stream rows to disk
constexpr uint8_t kPaperA4 = 9;

Error WriteFailed(const std::string& what) {
  return Error::Make(ErrorKind::kInternal, "xlsx_write_failed", "Lỗi hệ thống",
                     "Không tạo được tệp Excel: " + what);
}

// A directory of our own under the system temporary directory, removed with its contents.
class TempDir {
 public:
  static Result<TempDir> Create() {
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string pattern = (base / "dangbo-xlsx-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return WriteFailed("không tạo được thư mục tạm.");
    return TempDir(std::move(pattern));
  }
  TempDir(TempDir&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  explicit TempDir(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

struct WorkbookClose {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};

// Display width in characters: the longest line, counted in code points.
size_t DisplayLength(std::string_view s) {
  size_t longest = 0;
  while (true) {
    const size_t nl = s.find('\n');
    longest = std::max(longest, internal::CountCodePoints(s.substr(0, nl)));
    if (nl == std::string_view::npos) return longest;
    s.remove_prefix(nl + 1);
  }
}

// The wanted name without the characters Excel forbids, at most 31 characters.
std::string SheetName(std::string_view wanted) {
  std::string name;
  size_t chars = 0;
  for (size_t i = 0; i < wanted.size() && chars < LXW_SHEETNAME_MAX;) {
    const auto lead = static_cast<unsigned char>(wanted[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view ch = wanted.substr(i, len);
    i += len;
    if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x20) continue;
    if (ch.size() == 1 && std::string_view("[]:*?/\\").find(ch[0]) != std::string_view::npos) {
      name += '-';
    } else {
      name += ch;
    }
    ++chars;
  }
  while (!name.empty() && name.front() == '\'') name.erase(name.begin());
  while (!name.empty() && name.back() == '\'') name.pop_back();
  return name.empty() ? XlsxOptions().sheet_name : name;
}

Error InvalidText(const std::string& where) {
  return Error::Invalid(where + " chứa văn bản không đúng mã UTF-8.");
}

class SheetWriter {
 public:
  SheetWriter(const Table& t, const XlsxOptions& o, lxw_workbook* wb, lxw_worksheet* ws)
      : table_(t), options_(o), wb_(wb), ws_(ws) {
    width_ = t.header.size();
    for (const auto& row : t.rows) width_ = std::max(width_, row.size());
    header_row_ = o.title_lines.empty() ? 0 : static_cast<lxw_row_t>(o.title_lines.size() + 1);
  }

  Status Write() {
    CreateFormats();
    SetLayout();
    for (size_t i = 0; i < options_.title_lines.size(); ++i) {
      const auto row = static_cast<lxw_row_t>(i);
      const std::string text =
          internal::GuardFormula(options_.title_lines[i], options_.neutralise_formulas);
      const lxw_error e =
          width_ >= 2 ? worksheet_merge_range(ws_, row, 0, row, static_cast<lxw_col_t>(width_ - 1),
                                              text.c_str(), title_)
                      : worksheet_write_string(ws_, row, 0, text.c_str(), title_);
      if (e != LXW_NO_ERROR) return CellError(e, row, 0);
    }
    // In constant-memory mode rows are flushed in order, so the header's height is set only
    // after the title rows are written.
    worksheet_set_row(ws_, header_row_, header_height_, nullptr);
    for (size_t c = 0; c < table_.header.size(); ++c) {
      if (Status s = WriteText(header_row_, c, table_.header[c], header_); !s.ok()) return s;
    }
    for (size_t c = table_.header.size(); c < width_; ++c) {
      worksheet_write_blank(ws_, header_row_, static_cast<lxw_col_t>(c), header_);
    }
    for (size_t r = 0; r < table_.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(header_row_ + 1 + r);
      for (size_t c = 0; c < table_.rows[r].size(); ++c) {
        if (Status s = WriteCell(row, c, table_.rows[r][c]); !s.ok()) return s;
      }
    }
    return Status::Ok();
  }

 private:
  ColumnKind Kind(size_t c) const {
    return c < options_.kinds.size() ? options_.kinds[c] : ColumnKind::kText;
  }

  void CreateFormats() {
    title_ = workbook_add_format(wb_);
    format_set_bold(title_);
    format_set_font_size(title_, 13);
    format_set_align(title_, LXW_ALIGN_CENTER);
    format_set_align(title_, LXW_ALIGN_VERTICAL_CENTER);
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_pattern(header_, LXW_PATTERN_SOLID);
    format_set_bg_color(header_, 0xDDEBF7);  // light blue
    format_set_border(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_CENTER);
    format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
    date_ = workbook_add_format(wb_);
    format_set_num_format(date_, "dd/mm/yyyy");
    integer_ = workbook_add_format(wb_);
    format_set_num_format(integer_, "0");
    count_ = workbook_add_format(wb_);
    format_set_num_format(count_, "#,##0");
    wrap_ = workbook_add_format(wb_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
  }

  // Column widths, header height, frozen header, filter, and print setup.
  void SetLayout() {
    size_t header_lines = 1;
    for (size_t c = 0; c < width_; ++c) {
      const size_t header = c < table_.header.size() ? DisplayLength(table_.header[c]) : 0;
      size_t data = 0;
      for (const auto& row : table_.rows) {
        if (c >= row.size()) continue;
        const bool date = Kind(c) == ColumnKind::kDate && internal::ParseIsoDate(row[c]);
        data = std::max(data, date ? size_t{10} : DisplayLength(row[c]));
      }
      // Bold text is about a tenth wider; the filter button needs about three characters.
      const double header_width = 1.1 * static_cast<double>(std::min(header, kHeaderWrap)) + 3;
      const double w =
          std::clamp(std::max(static_cast<double>(data), header_width) + 2, kMinWidth, kMaxWidth);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
      const auto fits = static_cast<size_t>(std::max(1.0, (w - 4) / 1.1));
      header_lines = std::max(header_lines, (header + fits - 1) / fits);
    }
    header_height_ = 15.0 * static_cast<double>(std::min<size_t>(header_lines, 4));
    worksheet_freeze_panes(ws_, header_row_ + 1, 0);
    if (width_ > 0) {
      worksheet_autofilter(ws_, header_row_, 0,
                           static_cast<lxw_row_t>(header_row_ + table_.rows.size()),
                           static_cast<lxw_col_t>(width_ - 1));
    }
    worksheet_repeat_rows(ws_, header_row_, header_row_);
    worksheet_set_paper(ws_, kPaperA4);
    if (options_.landscape) worksheet_set_landscape(ws_);
    worksheet_fit_to_pages(ws_, 1, 0);  // all columns on the page width
  }

  Status WriteCell(lxw_row_t row, size_t c, const std::string& value) {
    if (value.empty()) return Status::Ok();
    const auto col = static_cast<lxw_col_t>(c);
    const bool count = Kind(c) == ColumnKind::kCount;
    if ((count || Kind(c) == ColumnKind::kInteger) && internal::IsPlainInteger(value)) {
      double number = 0;
      std::from_chars(value.data(), value.data() + value.size(), number);
      const lxw_error e = worksheet_write_number(ws_, row, col, number, count ? count_ : integer_);
      return e == LXW_NO_ERROR ? Status::Ok() : CellError(e, row, c);
    }
    if (Kind(c) == ColumnKind::kDate) {
      const std::optional<internal::Ymd> d = internal::ParseIsoDate(value);
      if (d && d->year >= 1900) {
        lxw_datetime dt = {d->year, d->month, d->day, 0, 0, 0.0};
        const lxw_error e = worksheet_write_datetime(ws_, row, col, &dt, date_);
        return e == LXW_NO_ERROR ? Status::Ok() : CellError(e, row, c);
      }
    }
    return WriteText(row, c, value, value.find('\n') != std::string::npos ? wrap_ : nullptr);
  }

  // Always a string cell, never a formula, guarded and with literal _xHHHH_ text protected.
  Status WriteText(lxw_row_t row, size_t c, const std::string& value, lxw_format* format) {
    if (value.empty() && format == nullptr) return Status::Ok();
    const std::string text =
        internal::ProtectOoxmlLiterals(internal::GuardFormula(value, options_.neutralise_formulas));
    const lxw_error e =
        worksheet_write_string(ws_, row, static_cast<lxw_col_t>(c), text.c_str(), format);
    return e == LXW_NO_ERROR ? Status::Ok() : CellError(e, row, c);
  }

  static Error CellError(lxw_error e, lxw_row_t row, size_t c) {
    const std::string ref = ColumnName(c) + std::to_string(row + 1);
    if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
      return Error::Invalid("Ô " + ref +
                            " quá dài: Excel chỉ chứa được tối đa 32.767 ký tự trong một ô.");
    }
    return WriteFailed("lỗi khi ghi ô " + ref + " (" + lxw_strerror(e) + ").");
  }

  const Table& table_;
  const XlsxOptions& options_;
  lxw_workbook* wb_;
  lxw_worksheet* ws_;
  size_t width_ = 0;
  lxw_row_t header_row_ = 0;
  double header_height_ = 15;
  lxw_format* title_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* count_ = nullptr;
  lxw_format* wrap_ = nullptr;
};

// Everything that would make the file unreadable or refused, checked before writing.
Status Validate(const Table& t, const XlsxOptions& o) {
  size_t width = t.header.size();
  for (const auto& row : t.rows) width = std::max(width, row.size());
  if (width > LXW_COL_MAX) return Error::Invalid("Danh sách có quá nhiều cột cho Excel.");
  const size_t header_row = o.title_lines.empty() ? 0 : o.title_lines.size() + 1;
  if (header_row + 1 + t.rows.size() > LXW_ROW_MAX) {
    return Error::Invalid(
        "Danh sách quá dài cho một trang tính Excel (tối đa 1.048.576 dòng). Hãy xuất CSV "
        "hoặc chia nhỏ danh sách.");
  }
  constexpr auto npos = std::string_view::npos;
  for (size_t i = 0; i < o.title_lines.size(); ++i) {
    if (internal::FindInvalidUtf8(o.title_lines[i]) != npos) {
      return InvalidText("Dòng tiêu đề " + std::to_string(i + 1));
    }
  }
  for (size_t c = 0; c < t.header.size(); ++c) {
    if (internal::FindInvalidUtf8(t.header[c]) != npos) {
      return InvalidText("Tên cột " + ColumnName(c));
    }
  }
  for (size_t r = 0; r < t.rows.size(); ++r) {
    for (size_t c = 0; c < t.rows[r].size(); ++c) {
      if (internal::FindInvalidUtf8(t.rows[r][c]) != npos) {
        return InvalidText("Ô " + ColumnName(c) + std::to_string(header_row + 2 + r));
      }
    }
  }
  return Status::Ok();
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return WriteFailed("không đọc lại được tệp tạm.");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return WriteFailed("không đọc lại được tệp tạm.");
  return data;
}

}  // namespace

Result<std::string> WriteXlsx(const Table& t, const XlsxOptions& options) {
  return WriteXlsxBook({{&t, options}});
}

Result<std::string> WriteXlsxBook(const std::vector<XlsxSheet>& sheets) {
  size_t cells = 0;
  for (const XlsxSheet& sheet : sheets) {
    if (Status s = Validate(*sheet.table, sheet.options); !s.ok()) return s.error();
    cells += sheet.table->header.size();
    for (const auto& row : sheet.table->rows) cells += row.size();
  }
  auto dir = TempDir::Create();
  if (!dir.ok()) return dir.error();
  const std::string file = dir->path() + "/list.xlsx";

  std::string tmpdir = dir->path();
  lxw_workbook_options lxw_options = {};
  lxw_options.constant_memory = cells > kConstantMemoryCells ? LXW_TRUE : LXW_FALSE;
  lxw_options.tmpdir = tmpdir.data();
  std::unique_ptr<lxw_workbook, WorkbookClose> wb(workbook_new_opt(file.c_str(), &lxw_options));
  if (!wb) return WriteFailed("không khởi tạo được bảng tính.");

  for (const XlsxSheet& sheet : sheets) {
    std::string name = internal::FindInvalidUtf8(sheet.options.sheet_name) == std::string_view::npos
                           ? SheetName(sheet.options.sheet_name)
                           : XlsxOptions().sheet_name;
    if (workbook_validate_sheet_name(wb.get(), name.c_str()) != LXW_NO_ERROR) {
      name = XlsxOptions().sheet_name;
    }
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), name.c_str());
    if (ws == nullptr) return WriteFailed("không tạo được trang tính.");
    SheetWriter writer(*sheet.table, sheet.options, wb.get(), ws);
    if (Status s = writer.Write(); !s.ok()) return s.error();
  }
  if (const lxw_error e = workbook_close(wb.release()); e != LXW_NO_ERROR) {
    return WriteFailed(lxw_strerror(e));
  }
  return ReadWholeFile(file);
}

}  // namespace dangbo::tableio
