// /api/indicators (the catalogue) and /api/orgs/{id}/indicators (any set of indicators for a
// subtree, a date and a period, as JSON or, at …/export, as a workbook), served by the
// report engine through service::Indicators.
#include "http/app.h"
#include "http/problem.h"
#include "service/report/indicators.h"

namespace dangbo::http {

namespace {

// ?codes=a,b&at=YYYY-MM-DD&period=CODE (or &from=&to=)&breakdown=unit: what to count.
Result<service::IndicatorQuery> ReadQuery(const Call& c, const Date& today) {
  auto id = c.IdParam("id");
  if (!id.ok()) return id.error();
  service::IndicatorQuery q;
  q.org_id = *id;
  auto at = DateQuery(c.req, "at", today);
  if (!at.ok()) return at.error();
  q.at = *at;
  auto period = PeriodQuery(c.req, q.at);
  if (!period.ok()) return period.error();
  q.period = *period;
  q.breakdown = c.req.Query("breakdown");
  const std::string codes = c.req.Query("codes");
  if (!codes.empty()) {  // none: every indicator the actor may read
    auto indicators = service::ResolveIndicators(codes);
    if (!indicators.ok()) return indicators.error();
    q.indicators = std::move(*indicators);
  }
  return q;
}

}  // namespace

void RegisterReportRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/indicators", Rule::Needs(Action::kReportRead), [](Call&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : service::IndicatorCatalogue()) items.push_back(service::IndicatorJson(i));
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/orgs/{id}/indicators", kReadOrgFigures, [&env](Call& c) {
    auto q = ReadQuery(c, service::Today(env));
    if (!q.ok()) return Problem(q.error());
    return Respond(service::Indicators(env, c.actor(), *q), service::IndicatorAnswerJson);
  });

  // The same answer as an Excel workbook (a row per indicator, a column per organization).
  app.Add(Method::kGet, "/api/orgs/{id}/indicators/export", kReadOrgFigures, [&env](Call& c) {
    auto q = ReadQuery(c, service::Today(env));
    if (!q.ok()) return Problem(q.error());
    auto answer = service::Indicators(env, c.actor(), *q);
    if (!answer.ok()) return Problem(answer.error());
    auto bytes = report::GridXlsx(service::IndicatorGrid(*answer));
    if (!bytes.ok()) return Problem(bytes.error());
    return Response::Attachment(std::move(*bytes), service::IndicatorFileName(*answer));
  });
}

}  // namespace dangbo::http
