// Data-driven report tables: each file in testdata/ asks preset reports on one hand-countable
// story and lists the expected table as an office sees it (Vietnamese figures, one column per
// organization). A figure that changes fails with its file, line, indicator and column.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/render.h"
#include "service/admission/admission.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"
#include "service/orgs/org_details.h"
#include "service/report/indicators.h"
#include "service/report/presets.h"

namespace dangbo::service::testing {
namespace {

// The story every file counts (all of it by 20/11/2026):
//   a1: An, Bình (official since 2011), Cúc admitted 01/03/2026
//   a2: Dũng (official), moved to b1 by internal transfer 04/05/2026
//   b1: Em (official) transferred out 01/06/2026; Giang (official) died 01/07/2026;
//       Hà transferred in 01/04/2026
//   committees: a — secretary heading the unit and a deputy; b — a secretary only
//   admission target 2026: a 2
class ReportTablesTest : public LifecycleTest {
 protected:
  void Story() {
    AddMember(a1_, "Nguyễn Văn An");
    AddMember(a1_, "Trần Thị Bình", "2010-05-19", "2011-05-19", "", "1990-06-01");
    AddMember(a1_, "Lê Thị Cúc", "2026-03-01", "", "", "1998-04-04");
    const int64_t dung =
        AddMember(a2_, "Phạm Văn Dũng", "2000-01-01", "2001-01-01", "", "1960-02-02");
    const int64_t em = AddMember(b1_, "Hoàng Văn Em");
    const int64_t giang =
        AddMember(b1_, "Vũ Thị Giang", "1985-01-01", "1986-01-01", "", "1950-01-01");
    Ok(CreateInternalTransfer(*env_, op_, dung,
                              {b1_.id, On("2026-05-04"), {"7-GGT", "2026-05-04"}, "", true}));
    Ok(TransferOut(*env_, op_, em, {On("2026-06-01"), "Đảng bộ tỉnh Lâm Đồng", {}, ""}));
    Ok(MemberDied(*env_, op_, giang, {On("2026-07-01"), ""}));
    TransferInInput in;
    in.member.org_id = b1_.id;
    in.member.full_name = "Đỗ Thị Hà";
    in.member.sex = "female";
    in.member.birth_date = "1993-03-03";
    in.member.admitted_on = "2019-03-03";
    in.member.official_on = "2020-03-03";
    in.decision = On("2026-04-01");
    in.external_unit = "Đảng bộ tỉnh Nghệ An";
    Ok(TransferIn(*env_, op_, in));
    Ok(AddCommitteeSeat(*env_, op_,
                        {0, a_.id, "2025–2030", "Nguyễn Văn An", std::nullopt, "secretary", true,
                         "2025-09-01", ""}));
    Ok(AddCommitteeSeat(*env_, op_,
                        {0, a_.id, "2025–2030", "Trần Thị Bình", std::nullopt, "deputy_secretary",
                         false, "2025-09-01", ""}));
    Ok(AddCommitteeSeat(*env_, op_,
                        {0, b_.id, "2025–2030", "Hoàng Văn Em", std::nullopt, "secretary", false,
                         "2025-09-01", ""}));
    ASSERT_TRUE(SetAdmissionTarget(*env_, op_, a_.id, 2026, 2));
  }
  template <typename T>
  void Ok(const Result<T>& r) {
    ASSERT_TRUE(r.ok()) << r.error().detail;
  }
  static Decision On(const char* d) { return Decision{d, "", ""}; }

  const Org* Named(const std::string& name) {
    for (const Org* o : {&root_, &a_, &a1_, &a2_, &b_, &b1_}) {
      if (o->name == name) return o;
    }
    return nullptr;
  }

  // One "report" line: the preset, org=, at=, period=, breakdown= (default: the preset's).
  Result<IndicatorAnswer> Ask(const std::string& line) {
    std::istringstream in(line);
    std::string word, preset_code;
    in >> word >> preset_code;
    const ReportPreset* preset = FindPreset(preset_code);
    if (preset == nullptr) return Error::Invalid("unknown preset " + preset_code);
    IndicatorQuery q;
    q.indicators = preset->indicators;
    q.breakdown = preset->breakdown;
    while (in >> word) {
      const auto eq = word.find('=');
      const std::string key = word.substr(0, eq), value = word.substr(eq + 1);
      if (key == "org") {
        std::string name = value;
        for (char& c : name) c = c == '_' ? ' ' : c;
        const Org* o = Named(name);
        if (o == nullptr) return Error::Invalid("unknown org " + value);
        q.org_id = o->id;
      } else if (key == "at") {
        q.at = *Date::Parse(value);
      } else if (key == "period") {
        q.period = *report::ParsePeriod(value);
      } else if (key == "breakdown") {
        q.breakdown = value == "none" ? "" : value;
      }
    }
    return Indicators(*env_, op_, q);
  }
};

std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '|')) {
    const auto b = cell.find_first_not_of(' '), e = cell.find_last_not_of(' ');
    out.push_back(b == std::string::npos ? "" : cell.substr(b, e - b + 1));
  }
  return out;
}

// Checks one expected table (its lines after the "report" line) against `a`.
void CheckTable(const std::string& where, const IndicatorAnswer& a,
                const std::vector<std::pair<int, std::string>>& rows) {
  std::vector<std::string> names = {a.org.name};
  std::vector<const std::vector<report::Value>*> columns = {&a.values};
  for (const auto& u : a.units) {
    names.push_back(u.unit.name);
    columns.push_back(&u.values);
  }
  for (const auto& [line_no, line] : rows) {
    const std::vector<std::string> cells = Cells(line);
    const std::string at = where + ":" + std::to_string(line_no);
    if (cells.at(0) == "columns") {
      EXPECT_EQ(std::vector<std::string>(cells.begin() + 1, cells.end()), names) << at;
      continue;
    }
    const report::Value* found = nullptr;
    size_t index = 0;
    for (size_t i = 0; i < a.values.size(); ++i) {
      if (a.values[i].indicator->code == cells[0]) index = i, found = &a.values[i];
    }
    ASSERT_NE(found, nullptr) << at << ": " << cells[0] << " is not in the report";
    ASSERT_EQ(cells.size(), columns.size() + 1) << at << ": one value per column";
    for (size_t c = 0; c < columns.size(); ++c) {
      EXPECT_EQ(report::ShownValue((*columns[c])[index]), cells[c + 1])
          << at << ": " << cells[0] << ", " << names[c];
    }
  }
}

TEST_F(ReportTablesTest, EveryFileOfTestdata) {
  Story();
  const std::filesystem::path dir =
      std::filesystem::path(DANGBO_SOURCE_DIR) / "src/service/report/testdata";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".test") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line, report_line, where = entry.path().filename().string();
    std::vector<std::pair<int, std::string>> rows;
    int line_no = 0, report_no = 0;
    const auto flush = [&] {
      if (report_line.empty()) return;
      auto a = Ask(report_line);
      ASSERT_TRUE(a.ok()) << where << ":" << report_no << ": " << a.error().detail;
      CheckTable(where, *a, rows);
      report_line.clear();
      rows.clear();
    };
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("report ", 0) == 0) {
        flush();
        report_line = line;
        report_no = line_no;
      } else {
        rows.emplace_back(line_no, line);
      }
    }
    flush();
  }
  EXPECT_GE(files, 4);
}

}  // namespace
}  // namespace dangbo::service::testing
