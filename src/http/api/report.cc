// /api/indicators (the catalogue) and /api/orgs/{id}/indicators (any set of indicators for a
// subtree, a date and a period, as JSON or, at …/export, as a workbook or as the party's
// official report in Word), served by the report engine through service::Indicators.
#include "http/app.h"
#include "http/problem.h"
#include "service/report/indicators.h"
#include "service/report/narrative.h"

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

// ?format=xlsx (the default) | docx, and the docx's ?number= and ?place=.
Result<std::string> ExportFormat(const Call& c) {
  const std::string format = c.req.Query("format", "xlsx");
  if (format == "xlsx" || format == "docx") return format;
  return Error::Invalid(
      "Định dạng tệp không hợp lệ: chọn xlsx (bảng Excel) hoặc docx (báo cáo Word).",
      {{"format", "Định dạng phải là xlsx hoặc docx."}});
}

// The answer as the file of the asked format.
Response Export(const service::Env& env, const service::IndicatorAnswer& answer,
                const std::string& format, const service::DocxOptions& options) {
  if (format == "docx") {
    auto bytes = service::IndicatorDocx(env, answer, options);
    if (!bytes.ok()) return Problem(bytes.error());
    return Response::Attachment(std::move(*bytes), service::IndicatorDocxFileName(answer));
  }
  auto bytes = report::GridXlsx(service::IndicatorGrid(answer));
  if (!bytes.ok()) return Problem(bytes.error());
  return Response::Attachment(std::move(*bytes), service::IndicatorFileName(answer));
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

  // The same answer as an Excel workbook (a row per indicator, a column per organization)
  // or, with ?format=docx, as the official report: header, narrative, table, signature.
  app.Add(Method::kGet, "/api/orgs/{id}/indicators/export", kReadOrgFigures, [&env](Call& c) {
    auto format = ExportFormat(c);
    if (!format.ok()) return Problem(format.error());
    const service::DocxOptions options{c.req.Query("number"), c.req.Query("place")};
    if (Status s = service::CheckDocxOptions(options); !s) return Problem(s.error());
    auto q = ReadQuery(c, service::Today(env));
    if (!q.ok()) return Problem(q.error());
    auto answer = service::Indicators(env, c.actor(), *q);
    if (!answer.ok()) return Problem(answer.error());
    return Export(env, *answer, *format, options);
  });
}

}  // namespace dangbo::http
