// The report engine's renderers: a grid of indicator values (a row per indicator, a column
// per organization: the subtree, then its units when broken down) as a table of Vietnamese
// text and as an Excel workbook. (JSON is the API's, in service/report/indicators.h.)
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "report/indicator.h"
#include "tableio/tableio.h"

namespace dangbo::report {

struct GridColumn {
  std::string name;           // the organization
  std::vector<Value> values;  // REQUIRES: one per Grid::indicators, in that order
};

struct Grid {
  std::vector<std::string> title_lines;  // above the table (organization, date, period)
  std::vector<const Indicator*> indicators;
  std::vector<GridColumn> columns;
};

// A value as people read it: "2.700", "94,57%", "—" for a percentage of nothing.
std::string ShownValue(const Value& v);

// Header "STT, Chỉ tiêu, Đơn vị tính, <columns>"; counts as plain digits (so a workbook
// stores numbers), percentages as "94,57%".
tableio::Table GridTable(const Grid& g);

// The grid as an .xlsx file: the title lines, then the table with counts as numbers shown
// with grouped thousands.
Result<std::string> GridXlsx(const Grid& g);
// How GridXlsx lays the workbook out: counts as grouped numbers, landscape when the grid has
// more than three organizations' columns.
tableio::XlsxOptions GridXlsxOptions(const Grid& g);

}  // namespace dangbo::report
