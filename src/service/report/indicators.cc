// Indicators: scope and role checks, then one read transaction for the report engine.
#include "service/report/indicators.h"

#include <algorithm>

#include "service/core/access.h"

namespace dangbo::service {

Result<IndicatorAnswer> Indicators(const Env& env, const Actor& actor, const IndicatorQuery& q) {
  auto org = GetOrg(env, actor, q.org_id);
  if (!org.ok()) return org.error();
  const bool member_reader = RoleAllows(actor, Action::kMemberRead);
  std::vector<const report::Indicator*> indicators = q.indicators;
  if (indicators.empty()) {
    for (const auto& i : report::Catalogue()) {
      if (member_reader || !i.member_data) indicators.push_back(&i);
    }
  }
  const bool about_members = std::any_of(indicators.begin(), indicators.end(),
                                         [](const report::Indicator* i) { return i->member_data; });
  if (about_members && !member_reader) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu đảng viên.");
  }
  store::Transaction tx = env.db.BeginRead();
  report::Scope scope;
  scope.tx = &tx;
  scope.index = env.index;
  scope.org_id = q.org_id;
  scope.at = q.at;
  scope.period = q.period;
  auto values = report::Evaluate(scope, indicators);
  if (!values.ok()) return values.error();
  return IndicatorAnswer{*org, q.at, q.period, std::move(*values)};
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

}  // namespace

nlohmann::json IndicatorAnswerJson(const IndicatorAnswer& a) {
  nlohmann::json values = nlohmann::json::array();
  for (const auto& v : a.values) values.push_back(ValueJson(v));
  return {{"org",
           {{"id", a.org.id},
            {"name", a.org.name},
            {"kind", OrgKindCode(a.org.kind)},
            {"kind_label", OrgKindLabel(a.org.kind)}}},
          {"at", a.at.Iso()},
          {"period",
           {{"code", a.period.Code()},
            {"from", a.period.from.Iso()},
            {"to", a.period.to.Iso()},
            {"label", a.period.Label()}}},
          {"indicators", values}};
}

}  // namespace dangbo::service
