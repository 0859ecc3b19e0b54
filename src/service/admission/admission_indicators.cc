// Registers admission_target as a flow source (the target of the period's years) and the
// indicators admission.target and admission.percent.
#include "service/admission/admission_indicators.h"

#include "report/indicator.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

int64_t AdmissionTargetIn(store::Transaction& tx, int64_t org_id, const std::string& org_path,
                          int from_year, int to_year) {
  int64_t total = 0;
  for (int year = from_year; year <= to_year; ++year) {
    const auto own =
        tx.QueryOne("SELECT target FROM admission_target WHERE org_id = ? AND year = ?",
                    {org_id, static_cast<int64_t>(year)});
    if (own) {
      total += own->Int(0);
      continue;
    }
    total += store::Must(tx.QueryOne("SELECT COALESCE(SUM(t.target), 0) FROM admission_target "
                                     "t JOIN org o ON o.id = t.org_id WHERE t.year = ? AND "
                                     "o.path > ? AND o.path < ?",
                                     {static_cast<int64_t>(year), org_path, org_path + "~"}),
                         "admission target sum")
                 .Int(0);
  }
  return total;
}

void RegisterAdmissionIndicators() {
  report::RegisterSource({"admission_target", report::Shape::kFlow, [](report::Scope& s) {
                            const auto org = LoadOrg(*s.tx, s.org_id);
                            const int64_t target =
                                org ? AdmissionTargetIn(*s.tx, s.org_id, org->path,
                                                        s.period.from.year(), s.period.to.year())
                                    : 0;
                            return report::Counts{{"target", target}};
                          }});
  report::Register(report::SumOf("admission.target", "Chỉ tiêu kết nạp đảng viên",
                                 report::Shape::kFlow, "đảng viên", "admission_target", {"target"},
                                 true));
  report::Indicator pct =
      report::SumOf("admission.percent", "Tỷ lệ kết nạp so với chỉ tiêu", report::Shape::kFlow, "%",
                    "member_event", {"admitted"}, true);
  pct.per = {{"admission_target", "target"}};
  report::Register(pct);
}

}  // namespace dangbo::service
