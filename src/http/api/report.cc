// /api/indicators (the catalogue) and /api/orgs/{id}/indicators (any set of indicators for a
// subtree, a date and a period, as JSON or, at …/export, as a workbook), served by the
// report engine through service::Indicators.
#include "http/app.h"
#include "http/problem.h"
#include "service/report/indicators.h"
#include "service/report/presets.h"

namespace dangbo::http {

namespace {

// ?at=YYYY-MM-DD (default today) and the period (?period=CODE, or ?from=&to=).
Status ReadDates(const Call& c, const Date& today, Date* at, report::Period* period) {
  auto a = DateQuery(c.req, "at", today);
  if (!a.ok()) return a.error();
  *at = *a;
  auto p = PeriodQuery(c.req, *at);
  if (!p.ok()) return p.error();
  *period = *p;
  return Status::Ok();
}

// ?codes=a,b&at=YYYY-MM-DD&period=CODE (or &from=&to=)&breakdown=unit|grassroots
// &compare=previous_year: what to count.
Result<service::IndicatorQuery> ReadQuery(const Call& c, const Date& today) {
  auto id = c.IdParam("id");
  if (!id.ok()) return id.error();
  service::IndicatorQuery q;
  q.org_id = *id;
  if (Status s = ReadDates(c, today, &q.at, &q.period); !s) return s.error();
  q.breakdown = c.req.Query("breakdown");
  const std::string compare = c.req.Query("compare");
  if (!compare.empty() && compare != "previous_year") {
    return Error::Invalid("Tham số “compare” chỉ nhận previous_year (so với cùng kỳ năm trước).",
                          {{"compare", "Không hợp lệ."}});
  }
  q.compare = !compare.empty();
  const std::string codes = c.req.Query("codes");
  if (!codes.empty()) {  // none: every indicator the actor may read
    auto indicators = service::ResolveIndicators(codes);
    if (!indicators.ok()) return indicators.error();
    q.indicators = std::move(*indicators);
  }
  return q;
}

// ?code=X&at=&period=(or from/to)&page=&page_size=: the people behind one figure.
Result<service::PeopleQuery> ReadPeopleQuery(const Call& c, const Date& today) {
  auto id = c.IdParam("id");
  if (!id.ok()) return id.error();
  service::PeopleQuery q;
  q.org_id = *id;
  const std::string code = c.req.Query("code");
  if (code.empty()) {
    return Error::Invalid("Chọn chỉ tiêu cần xem danh sách (tham số “code”).",
                          {{"code", "Bắt buộc."}});
  }
  auto indicators = service::ResolveIndicators(code);
  if (!indicators.ok()) return indicators.error();
  if (indicators->size() != 1) {
    return Error::Invalid("Mỗi lần xem danh sách của một chỉ tiêu.", {{"code", "Chỉ một mã."}});
  }
  q.indicator = indicators->front();
  if (Status s = ReadDates(c, today, &q.at, &q.period); !s) return s.error();
  if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return s.error();
  return q;
}

}  // namespace

void RegisterReportRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/report-presets", Rule::Needs(Action::kReportRead), [](Call&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : service::ReportPresets()) items.push_back(service::PresetJson(p));
    return Response::Json(200, {{"items", items}});
  });

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

  app.Add(Method::kGet, "/api/orgs/{id}/indicators/people", kReadOrgFigures, [&env](Call& c) {
    auto q = ReadPeopleQuery(c, service::Today(env));
    if (!q.ok()) return Problem(q.error());
    return Respond(service::IndicatorPeople(env, c.actor(), *q), service::PeopleAnswerJson);
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
