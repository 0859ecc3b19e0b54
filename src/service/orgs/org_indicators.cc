// Registers org_span (a stock by kind) and org_event (a dated-fact table) with their
// indicators; labels are the vocabulary's.
#include "service/orgs/org_indicators.h"

#include "report/indicator.h"
#include "service/core/kinds.h"
#include "service/core/roles.h"

namespace dangbo::service {

namespace {

constexpr const char* kOrgs = "tổ chức";

void RegisterStock() {
  report::RegisterSource({"org_span", report::Shape::kStock, [](report::Scope& s) {
                            return report::OrgsByKindAt(*s.tx, *s.org_at, s.at,
                                                        s.units ? &*s.units : nullptr);
                          }});
  const auto stock = [](std::string code, std::string label, std::vector<std::string> keys) {
    report::Register(report::SumOf(std::move(code), std::move(label), report::Shape::kStock,
                                   kOrgs, "org_span", keys, false));
  };
  stock("orgs.total", "Tổng số tổ chức đảng trực thuộc", {""});
  stock("orgs.grassroots", "Tổ chức cơ sở đảng",
        {std::string(vocab::Code(OrgKind::kGrassrootsCommittee)),
         std::string(vocab::Code(OrgKind::kGrassrootsBranch))});
  for (const auto& k : vocab::Table<OrgKind>()) {
    stock("orgs." + std::string(k.code), std::string(k.label), {std::string(k.code)});
  }
}

void RegisterEvents() {
  report::FactTable t;
  t.name = "org_event";
  t.from = "org_event";
  t.date_col = "effective_on";
  t.may_end_unit = true;
  report::RegisterFactTable(t);
  for (const auto& k : vocab::Table<OrgEventKind>()) {
    report::Register(report::SumOf("org_events." + std::string(k.code), std::string(k.label),
                                   report::Shape::kFlow, kOrgs, "org_event",
                                   {std::string(k.code)}, false));
  }
}

}  // namespace

void RegisterOrgIndicators() {
  RegisterStock();
  RegisterEvents();
}

}  // namespace dangbo::service
