// /api/indicators (the catalogue) and /api/orgs/{id}/indicators (any set of indicators for a
// subtree, a date and a period, as JSON or, at …/export, as a workbook or as the party's
// official report in Word), served by the report engine through service::Indicators.
#include "http/app.h"
#include "http/problem.h"
#include "report/as_recorded.h"
#include "service/report/frozen.h"
#include "service/report/indicators.h"
#include "service/report/narrative.h"
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
// &compare=previous_year&recorded=YYYY-MM-DD (or a moment): what to count, and as recorded
// when.
Result<service::IndicatorQuery> ReadQuery(const Call& c, TimePoint now) {
  const Date today = Date::InVietnam(now);
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
  auto recorded = report::ParseRecordedParam(c.req.Query("recorded"), now);
  if (!recorded.ok()) return recorded.error();
  q.recorded = std::move(*recorded);
  const std::string codes = c.req.Query("codes");
  if (!codes.empty()) {  // none: every indicator the actor may read
    auto indicators = service::ResolveIndicators(codes);
    if (!indicators.ok()) return indicators.error();
    q.indicators = std::move(*indicators);
  }
  return q;
}

// ?code=X&at=&period=(or from/to)&page=&page_size=: the people behind one figure.
Result<service::PeopleQuery> ReadPeopleQuery(const Call& c, TimePoint now) {
  const Date today = Date::InVietnam(now);
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
  q.search = c.req.Query("q");
  if (q.search.size() > 200) {
    return Error::Invalid("Từ khóa tìm kiếm quá dài (tối đa 200 ký tự).", {{"q", "Quá dài."}});
  }
  auto recorded = report::ParseRecordedParam(c.req.Query("recorded"), now);
  if (!recorded.ok()) return recorded.error();
  q.recorded = std::move(*recorded);
  return q;
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

// The reports as sent (frozen): kept with the query of the page that shows them, listed,
// compared with today's figures and as recorded when kept, withdrawn.
void RegisterSnapshotRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/orgs/{id}/report-snapshots",
          Rule::On(Action::kReportFreeze, Target::kOrg), [&env](Call& c) {
            auto q = ReadQuery(c, env.clock.Now());
            if (!q.ok()) return Problem(q.error());
            auto in = ReadBody<service::FreezeInput>(c.req, [&q](BodyReader& r) {
              return service::FreezeInput{*q, r.String("title"), r.String("number"),
                                          r.String("issued_on")};
            });
            if (!in.ok()) return Problem(in.error());
            return Respond(
                service::FreezeReport(env, c.actor(), *in),
                [](const service::Snapshot& s) { return SnapshotJson(s, true); }, 201);
          });
  app.Add(Method::kGet, "/api/orgs/{id}/report-snapshots", kReadOrgFigures, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    int page = 1, page_size = 50;
    if (Status s = ReadPaging(c.req, &page, &page_size); !s) return Problem(s.error());
    return Respond(service::ListSnapshots(env, c.actor(), *id, page, page_size),
                   PageJson([](const service::Snapshot& s) { return SnapshotJson(s, false); }));
  });
  const Rule read_snapshot = Rule::On(Action::kReportRead, Target::kReportSnapshot);
  app.Add(Method::kGet, "/api/report-snapshots/{id}", read_snapshot, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetSnapshot(env, c.actor(), *id),
                   [](const service::Snapshot& s) { return SnapshotJson(s, true); });
  });
  app.Add(Method::kGet, "/api/report-snapshots/{id}/compare", read_snapshot, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::CompareSnapshot(env, c.actor(), *id), service::ComparisonJson);
  });
  app.Add(Method::kPost, "/api/report-snapshots/{id}/void",
          Rule::On(Action::kReportFreeze, Target::kReportSnapshot), [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto reason =
                ReadBody<std::string>(c.req, [](BodyReader& r) { return r.String("reason"); });
            if (!reason.ok()) return Problem(reason.error());
            return Respond(service::VoidSnapshot(env, c.actor(), *id, *reason),
                           [](const service::Snapshot& s) { return SnapshotJson(s, false); });
          });
}

}  // namespace

void RegisterReportRoutes(App& app) {
  RegisterSnapshotRoutes(app);
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/report-presets", Rule::Needs(Action::kReportRead), [](Call&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : service::ReportPresets()) items.push_back(service::PresetJson(p));
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/indicators", Rule::Needs(Action::kReportRead), [](Call& c) {
    // Confidential figures (inspection, discipline, cadre) are listed only to their readers.
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : service::IndicatorCatalogue()) {
      if (service::MayReadConfidential(c.actor(), i)) items.push_back(service::IndicatorJson(i));
    }
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/orgs/{id}/indicators", kReadOrgFigures, [&env](Call& c) {
    auto q = ReadQuery(c, env.clock.Now());
    if (!q.ok()) return Problem(q.error());
    return Respond(service::Indicators(env, c.actor(), *q), service::IndicatorAnswerJson);
  });

  app.Add(Method::kGet, "/api/orgs/{id}/indicators/people", kReadOrgFigures, [&env](Call& c) {
    auto q = ReadPeopleQuery(c, env.clock.Now());
    if (!q.ok()) return Problem(q.error());
    return Respond(service::IndicatorPeople(env, c.actor(), *q), service::PeopleAnswerJson);
  });

  // The whole list (the search applied) as a workbook or, with ?format=docx, a Word list.
  app.Add(
      Method::kGet, "/api/orgs/{id}/indicators/people/export", kReadOrgFigures, [&env](Call& c) {
        auto format = ExportFormatParam(c.req);
        if (!format.ok()) return Problem(format.error());
        auto q = ReadPeopleQuery(c, env.clock.Now());
        if (!q.ok()) return Problem(q.error());
        auto bytes = service::ExportIndicatorPeople(env, c.actor(), *q, *format);
        if (!bytes.ok()) return Problem(bytes.error());
        return Response::Attachment(
            std::move(*bytes),
            "danh-sach-" + q->indicator->code + "-" + std::to_string(q->org_id) + "." + *format);
      });

  // The same answer as an Excel workbook (a row per indicator, a column per organization)
  // or, with ?format=docx, as the official report: header, narrative, table, signature.
  app.Add(Method::kGet, "/api/orgs/{id}/indicators/export", kReadOrgFigures, [&env](Call& c) {
    auto format = ExportFormatParam(c.req);
    if (!format.ok()) return Problem(format.error());
    const service::DocxOptions options{c.req.Query("number"), c.req.Query("place")};
    if (Status s = service::CheckDocxOptions(options); !s) return Problem(s.error());
    auto q = ReadQuery(c, env.clock.Now());
    if (!q.ok()) return Problem(q.error());
    auto answer = service::Indicators(env, c.actor(), *q);
    if (!answer.ok()) return Problem(answer.error());
    return Export(env, *answer, *format, options);
  });
}

}  // namespace dangbo::http
