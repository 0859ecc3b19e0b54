// Inspection and supervision in the report engine: cases opened (by kind and subject),
// concluded (with or without a violation) and closed (on time or late, against the due date
// for fixes). Every figure is confidential.
#include "service/inspection/inspection_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/inspection/inspection.h"

namespace dangbo::service {

namespace {

constexpr const char* kCases = "cuộc";

// Cases dated by `date_col`, with `kind` (an SQL expression) and `where`.
report::FactTable CaseFacts(const char* name, const char* date_col, const std::string& kind,
                            const char* where) {
  report::FactTable t;
  t.name = name;
  t.from = std::string("(SELECT x.org_id, x.") + date_col + ", " + kind +
           " AS kind, x.voided_at, x.member_id, x.title FROM inspection_case x" + where + ")";
  t.date_col = date_col;
  t.voided_col = "voided_at";
  t.may_end_unit = true;
  t.list_select =
      std::string(
          "CASE WHEN e.member_id IS NULL THEN 'org' ELSE 'member' END, "
          "COALESCE(e.member_id, e.org_id), COALESCE(m.full_name, o.name), o.name, e.") +
      date_col + ", e.title";
  t.list_joins = " LEFT JOIN member m ON m.id = e.member_id";
  return t;
}

void Add(const std::string& code, const std::string& label, const char* unit, const char* source,
         const std::vector<std::string>& keys, bool member_data, const char* per_source = nullptr,
         const std::vector<std::string>& per = {}) {
  report::Indicator i =
      report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, member_data);
  for (const auto& k : per) i.per.push_back({per_source, k});
  i.confidential = true;
  report::Register(std::move(i));
}

}  // namespace

void RegisterInspectionIndicators() {
  // Every change of a case keeps the version it replaces (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("inspection_case"));
  report::RegisterFactTable(
      CaseFacts("inspection", "started_on", "x.subject || '.' || x.kind", ""));
  report::RegisterFactTable(CaseFacts("inspection_concluded", "concluded_on",
                                      "CASE WHEN x.violation = 1 THEN 'violation' ELSE 'clean' END",
                                      " WHERE x.concluded_on IS NOT NULL"));
  report::RegisterFactTable(CaseFacts("inspection_closed", "closed_on",
                                      "CASE WHEN x.fix_due_on IS NULL OR x.closed_on <= "
                                      "x.fix_due_on THEN 'on_time' ELSE 'late' END",
                                      " WHERE x.closed_on IS NOT NULL"));
  std::vector<std::string> all, orgs, members;
  for (InspectionKind k : vocab::All<InspectionKind>()) {
    const std::string code(vocab::Code(k));
    orgs.push_back("org." + code);
    members.push_back("member." + code);
  }
  all = orgs;
  all.insert(all.end(), members.begin(), members.end());
  Add("inspection.cases", "Cuộc kiểm tra, giám sát đã tiến hành", kCases, "inspection", all, false);
  Add("inspection.subject_orgs", "Kiểm tra, giám sát tổ chức đảng", kCases, "inspection", orgs,
      false);
  Add("inspection.subject_members", "Kiểm tra, giám sát đảng viên", kCases, "inspection", members,
      true);
  for (InspectionKind k : vocab::All<InspectionKind>()) {
    const std::string code(vocab::Code(k));
    Add("inspection." + code, std::string(vocab::Label(k)), kCases, "inspection",
        {"org." + code, "member." + code}, false);
  }
  Add("inspection.concluded", "Cuộc kiểm tra, giám sát đã kết luận", kCases, "inspection_concluded",
      {"violation", "clean"}, false);
  Add("inspection.violations", "Kết luận có vi phạm", kCases, "inspection_concluded", {"violation"},
      false);
  Add("inspection.closed", "Cuộc kiểm tra, giám sát đã kết thúc (khắc phục xong)", kCases,
      "inspection_closed", {"on_time", "late"}, false);
  Add("inspection.closed_on_time", "Kết thúc đúng hạn khắc phục", kCases, "inspection_closed",
      {"on_time"}, false);
  Add("inspection.closed_on_time_percent", "Tỷ lệ kết thúc đúng hạn khắc phục", "%",
      "inspection_closed", {"on_time"}, false, "inspection_closed", {"on_time", "late"});
}

}  // namespace dangbo::service
