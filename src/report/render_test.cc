// The renderers: Vietnamese formats in the table, numbers in the workbook, columns in order.
#include "report/render.h"

#include <gtest/gtest.h>

namespace dangbo::report {
namespace {

TEST(Render, GridTableAndWorkbook) {
  const Indicator members{"t.members", "Tổng số đảng viên", Shape::kStock, "đảng viên"};
  Indicator pct{"t.percent", "Tỷ lệ kết nạp so với chỉ tiêu", Shape::kFlow, "%"};
  pct.per = {{"s", "target"}};
  Grid g;
  g.title_lines = {"Đảng bộ Khối", "Số lượng tại ngày 31/08/2022"};
  g.indicators = {&members, &pct};
  g.columns.push_back({"Đảng bộ Khối", {Value{&members, 4374}, Value{&pct, 0, 94.5714}}});
  g.columns.push_back({"Chi bộ 1", {Value{&members, 12}, Value{&pct, 0, std::nullopt}}});

  EXPECT_EQ(ShownValue(g.columns[0].values[0]), "4.374");
  EXPECT_EQ(ShownValue(g.columns[0].values[1]), "94,57%");
  EXPECT_EQ(ShownValue(g.columns[1].values[1]), "—");

  const tableio::Table t = GridTable(g);
  EXPECT_EQ(t.header, (std::vector<std::string>{"STT", "Chỉ tiêu", "Đơn vị tính", "Đảng bộ Khối",
                                                "Chi bộ 1"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0],
            (std::vector<std::string>{"1", "Tổng số đảng viên", "đảng viên", "4374", "12"}));
  EXPECT_EQ(t.rows[1][3], "94,57%");
  EXPECT_EQ(t.rows[1][4], "—");

  const auto bytes = GridXlsx(g);
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  const auto back = tableio::ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, t.rows);
  EXPECT_EQ(back->header_line, 4u);  // two title lines and a blank row above it
  EXPECT_FALSE(GridXlsxOptions(g).landscape);

  // Wider than three organizations: printed across the page.
  for (int n = 2; n <= 3; ++n)
    g.columns.push_back({"Chi bộ " + std::to_string(n), g.columns[1].values});
  EXPECT_TRUE(GridXlsxOptions(g).landscape);
  EXPECT_EQ(GridXlsxOptions(g).kinds.back(), tableio::ColumnKind::kCount);
}

}  // namespace
}  // namespace dangbo::report
