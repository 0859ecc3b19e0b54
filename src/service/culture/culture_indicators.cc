// Cultural-standard units in the report engine: for the year of the period's end, the host
// units of the subtree, those registered, achieved (tiêu biểu included) and model, with the
// units behind each figure: "111/121 đăng ký, 62/121 đạt, 30 tiêu biểu".
#include "service/culture/culture_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/culture/culture.h"

namespace dangbo::service {

namespace {

constexpr const char* kUnits = "đơn vị";

void EachUnit(report::Scope& s, const report::RowCallback& fn) {
  const auto org = s.tx->QueryOne("SELECT path FROM org WHERE id = ?", {s.org_id});
  if (!org) return;
  EachCultureUnit(*s.tx, org->Text(0), s.period.to.year(), [&fn](const store::Row& r) {
    fn("host_units", r);
    const std::string result = r.OptText(9).value_or("");
    if (r.Int(8) != 0) fn("registered", r);
    if (result == "achieved" || result == "model") fn("achieved", r);
    if (result == "model") fn("model", r);
  });
}

void Figure(const std::string& code, const std::string& label, const std::string& key) {
  report::Register(
      report::SumOf(code, label, report::Shape::kFlow, kUnits, "culture_unit", {key}, false));
}

void Percent(const std::string& code, const std::string& label, const std::string& key) {
  report::Indicator pct =
      report::SumOf(code, label, report::Shape::kFlow, "%", "culture_unit", {key}, false);
  pct.per = {{"culture_unit", "host_units"}};
  report::Register(pct);
}

}  // namespace

void RegisterCultureIndicators() {
  // A unit's year is rewritten whole; the row replaced keeps its version.
  report::RegisterRecordedTable(VersionedReading("culture_unit"));
  report::RegisterSource(report::VisitedSource("culture_unit", report::Shape::kFlow,
                                               {"host_units", "registered", "achieved", "model"},
                                               EachUnit, 5));
  Figure("culture.host_units", "Cơ quan, đơn vị, doanh nghiệp (đơn vị chủ quản) trong năm",
         "host_units");
  Figure("culture.registered", "Đơn vị đăng ký xây dựng cơ quan, đơn vị, doanh nghiệp văn hóa",
         "registered");
  Figure("culture.achieved", "Đơn vị đạt chuẩn văn hóa", "achieved");
  Figure("culture.model", "Đơn vị văn hóa tiêu biểu", "model");
  Percent("culture.registered_percent", "Tỷ lệ đơn vị đăng ký xây dựng đơn vị văn hóa",
          "registered");
  Percent("culture.achieved_percent", "Tỷ lệ đơn vị đạt chuẩn văn hóa", "achieved");
}

}  // namespace dangbo::service
