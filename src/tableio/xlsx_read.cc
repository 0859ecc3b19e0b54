// ReadXlsx: finds the first worksheet through the package relationships, then reads its
// styles, shared strings and cells into a Table.
#include <algorithm>
#include <charconv>
#include <map>

#include "tableio/internal.h"
#include "tableio/ooxml.h"
#include "tableio/tableio.h"

namespace dangbo::tableio {
namespace {

using internal::Archive;
using internal::Attr;
using internal::NumberStyle;
using internal::RawRow;
using internal::XmlHandler;

constexpr size_t kMaxSheetRow = 1'048'576;  // Excel's last row

Error Corrupt(const std::string& what) {
  return Error::Invalid("Tệp Excel (.xlsx) bị hỏng: " + what);
}

// A non-negative decimal integer, or nullopt.
std::optional<size_t> ParseSize(std::string_view s) {
  size_t v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string_view TrimSpace(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// A package path from a relationship target: absolute ("/xl/...") or relative to `dir`.
std::string ResolvePath(const std::string& dir, std::string_view target) {
  std::string joined =
      target.starts_with('/') ? std::string(target.substr(1)) : dir + std::string(target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    const std::string part = joined.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string path;
  for (const std::string& part : parts) path += (path.empty() ? "" : "/") + part;
  return path;
}

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
  bool external = false;
};

class RelsHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    rels.push_back({std::string(Attr(attrs, "Id")), std::string(Attr(attrs, "Type")),
                    std::string(Attr(attrs, "Target")), Attr(attrs, "TargetMode") == "External"});
    if (rels.size() > 10'000) error = Corrupt("quá nhiều liên kết giữa các phần.");
  }
  void End(std::string_view) override {}

  // The first internal relationship whose type ends with "/<kind>".
  const Relationship* Find(std::string_view kind) const {
    for (const Relationship& r : rels) {
      const std::string_view type(r.type);
      if (!r.external && type.size() > kind.size() && type.ends_with(kind) &&
          type[type.size() - kind.size() - 1] == '/') {
        return &r;
      }
    }
    return nullptr;
  }

  std::vector<Relationship> rels;
};

struct SheetEntry {
  std::string rel_id;
  bool hidden = false;
};

class WorkbookHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name == "workbookPr") {
      const std::string_view v = Attr(attrs, "date1904");
      date1904 = v == "1" || v == "true";
    } else if (name == "sheet") {
      const std::string_view state = Attr(attrs, "state");
      sheets.push_back({std::string(Attr(attrs, "id")), !state.empty() && state != "visible"});
    }
  }
  void End(std::string_view) override {}

  bool date1904 = false;
  std::vector<SheetEntry> sheets;
};

// cellXfs → how each cell style shows numbers.
class StylesHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name == "numFmts") {
      in_num_fmts_ = true;
    } else if (name == "numFmt" && in_num_fmts_) {
      if (const auto id = ParseSize(Attr(attrs, "numFmtId"))) {
        custom_[*id] = std::string(Attr(attrs, "formatCode"));
      }
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      xf_formats_.push_back(ParseSize(Attr(attrs, "numFmtId")).value_or(0));
      if (xf_formats_.size() > 100'000) error = Corrupt("quá nhiều kiểu định dạng ô.");
    }
  }
  void End(std::string_view name) override {
    if (name == "numFmts") in_num_fmts_ = false;
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

  std::vector<NumberStyle> Styles() const {
    std::vector<NumberStyle> styles;
    styles.reserve(xf_formats_.size());
    for (const size_t id : xf_formats_) {
      const auto it = custom_.find(id);
      styles.push_back(it != custom_.end() ? internal::ClassifyFormatCode(it->second)
                                           : internal::BuiltinNumberStyle(static_cast<int>(id)));
    }
    return styles;
  }

 private:
  bool in_num_fmts_ = false;
  bool in_cell_xfs_ = false;
  std::map<size_t, std::string> custom_;
  std::vector<size_t> xf_formats_;
};

// <si> items: the text of their <t> elements, plain or in rich-text runs, without the
// phonetic (<rPh>) runs.
class SharedStringsHandler : public XmlHandler {
 public:
  void Start(std::string_view name, const char**) override {
    if (name == "si") {
      current_.clear();
    } else if (name == "t") {
      capture_ = rph_depth_ == 0;
    } else if (name == "rPh") {
      ++rph_depth_;
    }
  }
  void End(std::string_view name) override {
    if (name == "t") {
      capture_ = false;
    } else if (name == "rPh") {
      --rph_depth_;
    } else if (name == "si") {
      strings.push_back(internal::UnescapeOoxml(current_));
      if (strings.size() > internal::kMaxCells) error = internal::TooLarge();
    }
  }
  void Text(std::string_view text) override {
    if (capture_) current_.append(text);
  }

  std::vector<std::string> strings;

 private:
  std::string current_;
  bool capture_ = false;
  int rph_depth_ = 0;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const std::vector<std::string>& strings, const std::vector<NumberStyle>& styles,
               bool date1904, size_t max_rows)
      : strings_(strings), styles_(styles), date1904_(date1904), max_rows_(max_rows) {}

  void Start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      StartRow(attrs);
    } else if (name == "c") {
      StartCell(attrs);
    } else if (name == "v" && in_cell_) {
      capture_ = &value_;
    } else if (name == "is" && in_cell_) {
      in_inline_ = true;
    } else if (name == "t" && in_inline_ && rph_depth_ == 0) {
      capture_ = &inline_;
    } else if (name == "rPh") {
      ++rph_depth_;
    } else if (name == "autoFilter") {
      const std::string_view ref = Attr(attrs, "ref");
      size_t col = 0, row = 0;
      if (internal::ParseCellRef(ref.substr(0, ref.find(':')), &col, &row)) filter_row = row;
    }
  }

  void End(std::string_view name) override {
    if (name == "v" || name == "t") {
      capture_ = nullptr;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "rPh") {
      --rph_depth_;
    } else if (name == "c" && in_cell_) {
      FinishCell();
    } else if (name == "row" && in_row_) {
      FinishRow();
    }
  }

  void Text(std::string_view text) override {
    if (capture_) capture_->append(text);
  }

  std::vector<RawRow> rows;
  size_t filter_row = 0;  // the first row of the sheet's autofilter, if any

 private:
  void StartRow(const char** attrs) {
    const std::string_view r = Attr(attrs, "r");
    const std::optional<size_t> number = r.empty() ? last_row_ + 1 : ParseSize(r);
    if (!number || *number == 0 || *number > kMaxSheetRow) {
      error = Corrupt("số thứ tự dòng \"" + std::string(r) + "\" không hợp lệ.");
      return;
    }
    row_ = *number;
    in_row_ = true;
    next_col_ = 0;
    cells_.clear();
  }

  void StartCell(const char** attrs) {
    const std::string_view ref = Attr(attrs, "r");
    col_ = next_col_;
    size_t ignored_row = 0;
    if (!ref.empty() && !internal::ParseCellRef(ref, &col_, &ignored_row)) {
      error = Corrupt("địa chỉ ô \"" + std::string(ref) + "\" không hợp lệ.");
      return;
    }
    if (col_ >= internal::kMaxColumns) {
      error = Corrupt("ô nằm ngoài cột cuối cùng của Excel.");
      return;
    }
    type_ = Attr(attrs, "t");
    style_ = ParseSize(Attr(attrs, "s")).value_or(0);
    value_.clear();
    inline_.clear();
    in_cell_ = true;
  }

  std::string CellText() {
    if (type_ == "s") {
      const std::optional<size_t> index = ParseSize(TrimSpace(value_));
      if (value_.empty()) return "";
      if (!index || *index >= strings_.size()) {
        error = Corrupt("ô " + internal::ColumnName(col_) + std::to_string(row_) +
                        " trỏ tới chuỗi không tồn tại.");
        return "";
      }
      return strings_[*index];
    }
    if (type_ == "inlineStr" || (value_.empty() && !inline_.empty())) {
      return internal::UnescapeOoxml(inline_);
    }
    if (type_ == "str") return internal::UnescapeOoxml(value_);
    if (type_ == "b") {
      const std::string_view v = TrimSpace(value_);
      return v == "1" ? "TRUE" : v == "0" ? "FALSE" : std::string(v);
    }
    if (type_ == "e") return value_;
    if (type_ == "d") return IsoDateCell(TrimSpace(value_));
    const std::string_view v = TrimSpace(value_);
    if (v.empty()) return "";
    double number = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), number);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size()) return std::string(v);
    const NumberStyle style = style_ < styles_.size() ? styles_[style_] : NumberStyle{};
    return internal::FormatSerial(number, date1904_, style);
  }

  // t="d" cells hold ISO 8601 text: "YYYY-MM-DD" stays, a time other than midnight is kept.
  static std::string IsoDateCell(std::string_view v) {
    if (v.size() < 10 || !internal::ParseIsoDate(v.substr(0, 10))) return std::string(v);
    std::string_view time = v.size() > 11 ? v.substr(11, 8) : std::string_view();
    if (time.empty() || time == "00:00:00" || time == "00:00") return std::string(v.substr(0, 10));
    return std::string(v.substr(0, 10)) + " " + std::string(time);
  }

  void FinishCell() {
    in_cell_ = false;
    in_inline_ = false;
    capture_ = nullptr;
    next_col_ = col_ + 1;
    if (!in_row_) return;
    std::string text = CellText();
    if (text.empty()) return;
    produced_ += text.size();
    if (produced_ > internal::kMaxTextBytes) {
      error = internal::TooLarge();
      return;
    }
    if (cells_.size() <= col_) {
      allocated_ += col_ + 1 - cells_.size();
      if (allocated_ > internal::kMaxCells) {
        error =
            Error::Invalid("Bảng quá lớn: vượt quá 10 triệu ô. Hãy chia thành nhiều tệp nhỏ hơn.");
        return;
      }
      cells_.resize(col_ + 1);
    }
    cells_[col_] = std::move(text);
  }

  void FinishRow() {
    in_row_ = false;
    last_row_ = row_;
    if (cells_.empty()) return;
    rows.push_back({row_, std::move(cells_)});
    cells_.clear();
    if (rows.size() > max_rows_ + internal::kHeaderSearchRows) {
      error = internal::TooManyRows(max_rows_);
    }
  }

  const std::vector<std::string>& strings_;
  const std::vector<NumberStyle>& styles_;
  const bool date1904_;
  const size_t max_rows_;

  bool in_row_ = false;
  size_t row_ = 0;
  size_t last_row_ = 0;
  std::vector<std::string> cells_;
  size_t next_col_ = 0;
  size_t allocated_ = 0;  // cells allocated so far, empty ones included
  size_t produced_ = 0;   // bytes of cell text so far

  bool in_cell_ = false;
  bool in_inline_ = false;
  int rph_depth_ = 0;
  size_t col_ = 0;
  std::string type_;
  size_t style_ = 0;
  std::string value_;
  std::string inline_;
  std::string* capture_ = nullptr;
};

// Rows are normally in order; a file that repeats or reorders them is put in order here.
void SortRows(std::vector<RawRow>& rows) {
  const auto by_line = [](const RawRow& a, const RawRow& b) { return a.line < b.line; };
  if (std::is_sorted(rows.begin(), rows.end(), by_line)) {
    bool unique = std::adjacent_find(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                    return a.line == b.line;
                  }) == rows.end();
    if (unique) return;
  }
  std::stable_sort(rows.begin(), rows.end(), by_line);
  std::vector<RawRow> merged;
  for (RawRow& row : rows) {
    if (!merged.empty() && merged.back().line == row.line) {
      std::vector<std::string>& into = merged.back().cells;
      if (into.size() < row.cells.size()) into.resize(row.cells.size());
      for (size_t c = 0; c < row.cells.size(); ++c) {
        if (!row.cells[c].empty()) into[c] = std::move(row.cells[c]);
      }
    } else {
      merged.push_back(std::move(row));
    }
  }
  rows = std::move(merged);
}

// Parses the part at `path` into `handler` when it exists; a missing optional part is fine.
Status ParseOptional(Archive& archive, const std::string& path, XmlHandler& handler) {
  if (path.empty() || !archive.Find(path)) return Status::Ok();
  return internal::ParseXml(archive, path, handler);
}

// Where the workbook's parts live, from the package and workbook relationships.
struct WorkbookParts {
  std::string sheet;
  std::string shared_strings;
  std::string styles;
  bool date1904 = false;
};

Result<WorkbookParts> LocateParts(Archive& archive) {
  std::string workbook = "xl/workbook.xml";
  RelsHandler package_rels;
  if (Status s = ParseOptional(archive, "_rels/.rels", package_rels); !s.ok()) return s.error();
  if (const Relationship* r = package_rels.Find("officeDocument")) {
    workbook = ResolvePath("", r->target);
  }
  if (!archive.Find(workbook)) {
    if (archive.Find("mimetype") && archive.Find("content.xml")) {
      return Error::Invalid(
          "Tệp bảng tính OpenDocument (.ods) chưa được hỗ trợ. Hãy mở tệp bằng LibreOffice "
          "hoặc Excel rồi lưu lại dưới dạng Excel (.xlsx).");
    }
    return internal::NotXlsx();
  }
  WorkbookHandler book;
  if (Status s = internal::ParseXml(archive, workbook, book); !s.ok()) return s.error();

  const size_t slash = workbook.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : workbook.substr(0, slash + 1);
  const std::string name = workbook.substr(dir.size());
  RelsHandler rels;
  if (Status s = ParseOptional(archive, dir + "_rels/" + name + ".rels", rels); !s.ok()) {
    return s.error();
  }

  WorkbookParts parts;
  parts.date1904 = book.date1904;
  const Relationship* first = nullptr;
  for (const SheetEntry& sheet : book.sheets) {
    for (const Relationship& r : rels.rels) {
      if (r.id != sheet.rel_id || r.external || !std::string_view(r.type).ends_with("/worksheet"))
        continue;
      if (!sheet.hidden && parts.sheet.empty()) parts.sheet = ResolvePath(dir, r.target);
      if (!first) first = &r;
    }
  }
  if (parts.sheet.empty() && first) parts.sheet = ResolvePath(dir, first->target);
  if (parts.sheet.empty() && archive.Find(dir + "worksheets/sheet1.xml")) {
    parts.sheet = dir + "worksheets/sheet1.xml";
  }
  if (parts.sheet.empty() || !archive.Find(parts.sheet)) {
    return Error::Invalid("Tệp Excel không có trang tính (worksheet) nào để đọc.");
  }
  const Relationship* strings = rels.Find("sharedStrings");
  parts.shared_strings = strings ? ResolvePath(dir, strings->target) : dir + "sharedStrings.xml";
  const Relationship* styles = rels.Find("styles");
  parts.styles = styles ? ResolvePath(dir, styles->target) : dir + "styles.xml";
  return parts;
}

}  // namespace

Result<Table> ReadXlsx(std::string_view bytes, const ReadLimits& limits) {
  if (auto unsupported = internal::SniffUnsupported(bytes)) return *unsupported;
  const size_t max_bytes = std::min(limits.max_bytes, kMaxInputBytes);
  if (bytes.size() > max_bytes) return internal::TooLarge(max_bytes);
  const size_t max_rows = std::min(limits.max_rows, kMaxRows);
  auto opened = Archive::Open(bytes);
  if (!opened.ok()) return opened.error();
  Archive& archive = *opened;

  auto parts = LocateParts(archive);
  if (!parts.ok()) return parts.error();

  StylesHandler styles_handler;
  if (Status s = ParseOptional(archive, parts->styles, styles_handler); !s.ok()) return s.error();
  const std::vector<NumberStyle> styles = styles_handler.Styles();

  SharedStringsHandler strings;
  if (Status s = ParseOptional(archive, parts->shared_strings, strings); !s.ok()) {
    return s.error();
  }

  SheetHandler sheet(strings.strings, styles, parts->date1904, max_rows);
  if (Status s = internal::ParseXml(archive, parts->sheet, sheet); !s.ok()) return s.error();
  SortRows(sheet.rows);
  return internal::BuildTable(std::move(sheet.rows), sheet.filter_row, /*strict_width=*/false,
                              max_rows);
}

}  // namespace dangbo::tableio
