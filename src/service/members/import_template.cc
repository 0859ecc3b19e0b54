// The import template offices fill: the columns the import takes, a sample row, and (in the
// workbook) the code lists the coded columns accept.
#include <algorithm>
#include <map>

#include "service/calendar/reference.h"
#include "service/members/member_import.h"
#include "service/members/members.h"
#include "tableio/tableio.h"

namespace dangbo::service {

namespace {

// The sample row's values by field; the rest stay empty.
const std::map<std::string, std::string>& Sample() {
  static const std::map<std::string, std::string> kSample = {
      {"full_name", "Nguyễn Văn Mẫu"},
      {"sex", "Nam"},
      {"birth_date", "02/05/1980"},
      {"birth_place", "Hà Nội"},
      {"home_town", "Nam Định"},
      {"residence", "Ba Đình, Hà Nội"},
      {"ethnicity", "Kinh"},
      {"religion", "Không"},
      {"occupation", "Công chức"},
      {"job_title", "Chuyên viên"},
      {"general_education", "12/12"},
      {"professional_level", "Đại học"},
      {"theory_level", "Trung cấp"},
      {"admitted_on", "19/05/2010"},
      {"official_on", "19/05/2011"},
      {"card_no", "01234567"},
      {"card_issued_on", "03/02/2012"},
  };
  return kSample;
}

tableio::Table Columns() {
  tableio::Table t;
  t.header.push_back("Chi bộ");
  std::vector<std::string> sample = {"Chi bộ Văn phòng"};
  for (const FieldInfo& f : MemberFields()) {
    t.header.push_back(f.label);
    const auto it = Sample().find(f.name);
    sample.push_back(it == Sample().end() ? "" : it->second);
  }
  t.rows.push_back(std::move(sample));
  return t;
}

// One column per coded field, its accepted values down the column.
tableio::Table CodeLists() {
  std::vector<std::string> theory;
  for (const CodeLabel& c : TheoryLevels()) theory.push_back(c.label);
  const std::vector<std::pair<std::string, std::vector<std::string>>> lists = {
      {"Giới tính", {"Nam", "Nữ"}},
      {"Dân tộc", Ethnicities()},
      {"Tôn giáo", Religions()},
      {"Lý luận chính trị", theory},
      {"Giáo dục phổ thông", {"12/12", "11/12", "10/12", "9/12", "10/10", "9/10", "8/10", "7/10"}},
  };
  tableio::Table t;
  size_t longest = 0;
  for (const auto& [name, values] : lists) {
    t.header.push_back(name);
    longest = std::max(longest, values.size());
  }
  for (size_t i = 0; i < longest; ++i) {
    std::vector<std::string> row;
    for (const auto& list : lists) row.push_back(i < list.second.size() ? list.second[i] : "");
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

Result<std::string> ImportTemplate(ExportFormat format) {
  const tableio::Table columns = Columns();
  if (format == ExportFormat::kCsv) return tableio::WriteCsv(columns);
  const tableio::Table codes = CodeLists();
  tableio::XlsxOptions first;
  first.sheet_name = "Mẫu nhập đảng viên";
  first.title_lines = {"MẪU NHẬP ĐẢNG VIÊN TỪ TỆP",
                       "Mỗi dòng một đảng viên; ngày ghi dd/mm/yyyy; xóa dòng mẫu trước khi nhập. "
                       "Giá trị của các cột có danh mục: xem trang “Danh mục”."};
  first.landscape = true;
  tableio::XlsxOptions second;
  second.sheet_name = "Danh mục";
  return tableio::WriteXlsxBook({{&columns, first}, {&codes, second}});
}

}  // namespace dangbo::service
