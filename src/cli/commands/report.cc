// `dangbo report`: options, the call to service::Indicators, the table and the JSON.
#include "cli/commands/report.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/report/indicators.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct ReportOptions {
  long long org = 0;
  std::string codes, at, period, from, to, breakdown;
  std::string xlsx;  // write a workbook to this file instead of printing
  bool json = false;
};

// Code points of a UTF-8 string (for aligning columns).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Pad(const std::string& s, size_t width) {
  return s + std::string(width > Width(s) ? width - Width(s) : 0, ' ');
}

// One table: label, value right-aligned, unit.
void PrintValues(const std::vector<report::Value>& values) {
  size_t label_w = Width("Chỉ tiêu"), value_w = Width("Số liệu");
  for (const auto& v : values) {
    label_w = std::max(label_w, Width(v.indicator->label));
    value_w = std::max(value_w, Width(report::ShownValue(v)));
  }
  std::cout << Pad("Chỉ tiêu", label_w) << "  " << Pad("Số liệu", value_w) << "  Đơn vị\n";
  for (const auto& v : values) {
    const std::string shown = report::ShownValue(v);
    std::cout << Pad(v.indicator->label, label_w) << "  "
              << std::string(value_w - Width(shown), ' ') << shown << "  "
              << (v.is_percent() ? "" : v.indicator->unit) << "\n";
  }
}

void PrintTable(const service::IndicatorAnswer& a) {
  std::cout << a.org.name << " (mã " << a.org.id << ")\n"
            << "Số liệu tại ngày " << a.at.Vietnamese() << "; biến động: " << a.period.Label()
            << "\n\n";
  PrintValues(a.values);
  for (const auto& u : a.units) {
    std::cout << "\n" << u.unit.name << " (mã " << u.unit.id << ")\n";
    PrintValues(u.values);
  }
}

int RunReport(const DbOption& db, const ReportOptions& o) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    service::IndicatorQuery q;
    q.org_id = o.org;
    auto at = report::ParseDateParam("--at", o.at, service::Today(env));
    if (!at.ok()) return PrintError(at.error());
    q.at = *at;
    auto period = report::PeriodFromParams(o.period, o.from, o.to, q.at);
    if (!period.ok()) return PrintError(period.error());
    q.period = *period;
    auto indicators = service::ResolveIndicators(o.codes);
    if (!indicators.ok()) return PrintError(indicators.error());
    q.indicators = std::move(*indicators);
    q.breakdown = o.breakdown;
    auto answer = service::Indicators(env, op, q);
    if (!answer.ok()) return PrintError(answer.error());
    if (!o.xlsx.empty()) {
      auto bytes = report::GridXlsx(service::IndicatorGrid(*answer));
      if (!bytes.ok()) return PrintError(bytes.error());
      if (int rc = WriteFileOrFail(o.xlsx, *bytes); rc != 0) return rc;
      std::cout << "Đã ghi " << answer->values.size() << " chỉ tiêu vào " << o.xlsx << ".\n";
      return 0;
    }
    if (o.json) {
      std::cout << service::IndicatorAnswerJson(*answer).dump(2) << "\n";
    } else {
      PrintTable(*answer);
    }
    return 0;
  });
}

}  // namespace

std::function<int()> AddReportCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand(
      "report", "Chỉ tiêu báo cáo (số lượng tại một ngày, biến động trong kỳ) của một cây con");
  cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  cmd->add_option("--org", o->org, "Mã tổ chức")->required();
  cmd->add_option("--codes", o->codes,
                  "Mã chỉ tiêu, cách nhau dấu phẩy (mặc định: tất cả), ví dụ "
                  "members.official,flows.admitted");
  cmd->add_option("--at", o->at, "Ngày lấy số lượng YYYY-MM-DD (mặc định hôm nay)");
  cmd->add_option("--period", o->period,
                  "Kỳ: 2022-08 (tháng), 2022-Q3 (quý), 2022-M8 (8 tháng đầu năm), 2022 (năm)");
  cmd->add_option("--from", o->from, "Hoặc: từ ngày YYYY-MM-DD (mặc định đầu năm)");
  cmd->add_option("--to", o->to, "Đến ngày YYYY-MM-DD (mặc định ngày --at)");
  cmd->add_option("--breakdown", o->breakdown, "unit: thêm số liệu của từng đơn vị trực thuộc");
  cmd->add_flag("--json", o->json, "In dạng JSON");
  cmd->add_option("--xlsx", o->xlsx, "Ghi ra tệp Excel (.xlsx) thay vì in ra màn hình");
  return [cmd, o, &db] { return *cmd ? RunReport(db, *o) : -1; };
}

}  // namespace dangbo::cli
