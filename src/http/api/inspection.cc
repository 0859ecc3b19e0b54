// /api/orgs/{id}/inspection-programmes and /api/orgs/{id}/inspections (a committee's yearly
// programme and the cases about a subtree), /api/inspections/{id} (a case, its conclusion,
// follow-up steps and voiding).
#include "service/inspection/inspection.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrgCases = Rule::On(Action::kInspectionRead, Target::kOrg);
const Rule kWriteOrgCases = Rule::On(Action::kInspectionWrite, Target::kOrg);
const Rule kReadCase = Rule::On(Action::kInspectionRead, Target::kInspection);
const Rule kWriteCase = Rule::On(Action::kInspectionWrite, Target::kInspection);

service::InspectionInput ReadCase(BodyReader& r) {
  service::InspectionInput in;
  in.kind = r.String("kind");
  in.subject = r.String("subject");
  in.subject_org_id = r.Int("subject_org_id").value_or(0);
  in.member_id = r.Int("member_id").value_or(0);
  in.programme_id = r.Int("programme_id").value_or(0);
  in.title = r.String("title");
  in.team = r.String("team");
  in.started_on = r.String("started_on");
  in.planned_end_on = r.String("planned_end_on");
  in.documents = r.String("documents");
  return in;
}

service::ConclusionInput ReadConclusion(BodyReader& r) {
  return {r.String("concluded_on"), r.Bool("violation"),    r.String("conclusion"),
          r.String("remedies"),     r.String("fix_due_on"), r.Int("version").value_or(0)};
}

void AddProgrammeRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/inspection-programmes", kReadOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::ListProgrammes(env, c.actor(), *id), ItemsJson(service::ProgrammeJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/inspection-programmes", kWriteOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::ProgrammeInput>(c.req, [](BodyReader& r) {
      return service::ProgrammeInput{static_cast<int>(r.Int("year").value_or(0)), r.String("title"),
                                     r.String("decision_no"), r.String("approved_on"),
                                     r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateProgramme(env, c.actor(), *id, *in), service::ProgrammeJson, 201);
  });
}

void AddCaseRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/inspections", kReadOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::InspectionQuery q;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    q.kind = c.req.Query("kind");
    q.status = c.req.Query("status");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListInspections(env, c.actor(), *id, q),
                   PageJson(service::InspectionJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/inspections", kWriteOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::InspectionInput>(c.req, ReadCase);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateInspection(env, c.actor(), *id, *in), service::InspectionJson,
                   201);
  });
  app.Add(Method::kGet, "/api/inspections/{id}", kReadCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetInspection(env, c.actor(), *id), service::InspectionJson);
  });
  app.Add(Method::kPost, "/api/inspections/{id}/conclusion", kWriteCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::ConclusionInput>(c.req, ReadConclusion);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::ConcludeInspection(env, c.actor(), *id, *in), service::InspectionJson);
  });
  app.Add(Method::kPost, "/api/inspections/{id}/steps", kWriteCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::FollowUpInput>(c.req, [](BodyReader& r) {
      return service::FollowUpInput{r.String("on"), r.String("note"), r.Bool("close")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::RecordFollowUp(env, c.actor(), *id, *in), service::InspectionJson);
  });
  app.Add(Method::kPost, "/api/inspections/{id}/void", kWriteCase,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidInspection(env, actor, id, why);
          }));
}

}  // namespace

void RegisterInspectionRoutes(App& app) {
  AddProgrammeRoutes(app);
  AddCaseRoutes(app);
}

}  // namespace dangbo::http
