// GridTable and GridXlsx: one row per indicator, through tableio's writer.
#include "report/render.h"

#include "text/text.h"

namespace dangbo::report {

namespace {

// Counts stay digits here; the workbook formats them and text output uses ShownValue.
std::string CellValue(const Value& v) {
  return v.is_percent() ? ShownValue(v) : std::to_string(v.count);
}

}  // namespace

std::string ShownValue(const Value& v) {
  if (!v.is_percent()) return text::FormatInt(v.count);
  return v.percent ? text::FormatPercent(*v.percent) : "—";
}

tableio::Table GridTable(const Grid& g) {
  tableio::Table t;
  t.header = {"STT", "Chỉ tiêu", "Đơn vị tính"};
  for (const auto& c : g.columns) t.header.push_back(c.name);
  for (size_t r = 0; r < g.indicators.size(); ++r) {
    const Indicator& i = *g.indicators[r];
    std::vector<std::string> row = {std::to_string(r + 1), i.label, i.unit};
    for (const auto& c : g.columns) row.push_back(CellValue(c.values.at(r)));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<std::string> GridXlsx(const Grid& g) {
  return tableio::WriteXlsx(GridTable(g), GridXlsxOptions(g));
}

tableio::XlsxOptions GridXlsxOptions(const Grid& g) {
  tableio::XlsxOptions o;
  o.sheet_name = "Chỉ tiêu";
  o.title_lines = g.title_lines;
  o.landscape = g.columns.size() > 3;
  o.kinds = {tableio::ColumnKind::kInteger, tableio::ColumnKind::kText, tableio::ColumnKind::kText};
  o.kinds.resize(3 + g.columns.size(), tableio::ColumnKind::kCount);
  return o;
}

}  // namespace dangbo::report
