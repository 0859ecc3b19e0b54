// Indicators: scope and role checks, then one read transaction for the report engine.
#include "service/report/indicators.h"

#include <algorithm>

#include "service/core/access.h"

namespace dangbo::service {

namespace {

// The values of `org_id`'s subtree; a fresh scope (the organization, its units) per call.
Result<std::vector<report::Value>> ValuesOf(const Env& env, store::Transaction& tx, int64_t org_id,
                                            const IndicatorQuery& q,
                                            const std::vector<const report::Indicator*>& list) {
  report::Scope scope;
  scope.tx = &tx;
  scope.index = env.index;
  scope.org_id = org_id;
  scope.at = q.at;
  scope.period = q.period;
  return report::Evaluate(scope, list);
}

Status CheckBreakdown(const std::string& breakdown,
                      const std::vector<const report::Indicator*>& list) {
  if (breakdown.empty()) return Status::Ok();
  for (const report::Indicator* i : list) {
    const auto& b = i->breakdowns;
    if (std::find(b.begin(), b.end(), breakdown) == b.end()) {
      return Error::Invalid("Chỉ tiêu “" + i->code + "” không chia được theo “" +
                                breakdown.substr(0, 40) +
                                "” (được: unit — theo đơn vị trực thuộc).",
                            {{"breakdown", "Cách chia không hợp lệ."}});
    }
  }
  return Status::Ok();
}

}  // namespace

Result<IndicatorAnswer> Indicators(const Env& env, const Actor& actor, const IndicatorQuery& q) {
  auto org = GetOrg(env, actor, q.org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  const bool member_reader = RoleAllows(actor, Action::kMemberRead);
  std::vector<const report::Indicator*> indicators = q.indicators;
  if (indicators.empty()) {
    for (const auto& i : IndicatorCatalogue()) {
      if (member_reader || !i.member_data) indicators.push_back(&i);
    }
  }
  const bool about_members = std::any_of(indicators.begin(), indicators.end(),
                                         [](const report::Indicator* i) { return i->member_data; });
  if (about_members && !member_reader) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu đảng viên.");
  }
  if (Status s = CheckBreakdown(q.breakdown, indicators); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  auto values = ValuesOf(env, tx, q.org_id, q, indicators);
  if (!values.ok()) return values.error();
  IndicatorAnswer answer{*org, q.at, q.period, std::move(*values)};
  if (q.breakdown == "unit") {
    for (report::OrgSpan& unit : report::ChildrenAt(tx, q.org_id, q.at)) {
      auto v = ValuesOf(env, tx, unit.id, q, indicators);
      if (!v.ok()) return v.error();
      answer.units.push_back({std::move(unit), std::move(*v)});
    }
  }
  return answer;
}

nlohmann::json IndicatorJson(const report::Indicator& i) {
  return {{"code", i.code},
          {"label", i.label},
          {"shape", report::ShapeCode(i.shape)},
          {"unit", i.unit},
          {"breakdowns", i.breakdowns}};
}

namespace {

nlohmann::json ValueJson(const report::Value& v) {
  nlohmann::json j = IndicatorJson(*v.indicator);
  j.erase("breakdowns");
  if (!v.is_percent()) {
    j["value"] = v.count;
  } else {
    j["value"] = v.percent ? nlohmann::json(*v.percent) : nlohmann::json(nullptr);
  }
  return j;
}

nlohmann::json ValuesJson(const std::vector<report::Value>& values) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : values) out.push_back(ValueJson(v));
  return out;
}

}  // namespace

nlohmann::json IndicatorAnswerJson(const IndicatorAnswer& a) {
  nlohmann::json j = {{"org",
                       {{"id", a.org.id},
                        {"name", a.org.name},
                        {"kind", vocab::Code(a.org.kind)},
                        {"kind_label", vocab::Label(a.org.kind)}}},
                      {"at", a.at.Iso()},
                      {"period",
                       {{"code", a.period.Code()},
                        {"from", a.period.from.Iso()},
                        {"to", a.period.to.Iso()},
                        {"label", a.period.Label()}}},
                      {"indicators", ValuesJson(a.values)}};
  if (!a.units.empty()) {
    nlohmann::json units = nlohmann::json::array();
    for (const auto& u : a.units) {
      units.push_back({{"org", {{"id", u.unit.id}, {"name", u.unit.name}, {"kind", u.unit.kind}}},
                       {"indicators", ValuesJson(u.values)}});
    }
    j["units"] = units;
  }
  return j;
}

report::Grid IndicatorGrid(const IndicatorAnswer& a) {
  report::Grid g;
  g.title_lines = {"SỐ LIỆU CHỈ TIÊU BÁO CÁO", a.org.name,
                   "Số lượng tại ngày " + a.at.Vietnamese() + "; biến động: " + a.period.Label() +
                       " (" + a.period.from.Vietnamese() + " – " + a.period.to.Vietnamese() + ")"};
  for (const auto& v : a.values) g.indicators.push_back(v.indicator);
  g.columns.push_back({a.org.name, a.values});
  for (const auto& u : a.units) g.columns.push_back({u.unit.name, u.values});
  return g;
}

std::string IndicatorFileName(const IndicatorAnswer& a) {
  return "chi-tieu-" + std::to_string(a.org.id) + "-" + a.at.Iso() + ".xlsx";
}

}  // namespace dangbo::service
