// /api/orgs/{id}/discipline (a subtree's discipline cases, a new decision) and
// /api/discipline/{id} (one file — every opening audited —, the appeal, its outcome, voiding).
#include "service/discipline/discipline.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrgCases = Rule::On(Action::kDisciplineRead, Target::kOrg);
const Rule kWriteOrgCases = Rule::On(Action::kDisciplineWrite, Target::kOrg);
const Rule kReadCase = Rule::On(Action::kDisciplineRead, Target::kDiscipline);
const Rule kWriteCase = Rule::On(Action::kDisciplineWrite, Target::kDiscipline);

service::DisciplineInput ReadDecisionBody(BodyReader& r) {
  service::DisciplineInput in;
  in.subject = r.String("subject");
  in.member_id = r.Int("member_id").value_or(0);
  in.subject_org_id = r.Int("subject_org_id").value_or(0);
  in.inspection_case_id = r.Int("inspection_case_id").value_or(0);
  in.form = r.String("form");
  in.post = r.String("post");
  in.violation_on = r.String("violation_on");
  in.violation = r.String("violation");
  in.decision_no = r.String("decision_no");
  in.decided_on = r.String("decided_on");
  in.received_on = r.String("received_on");
  in.note = r.String("note");
  return in;
}

void AddCaseWrites(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/discipline/{id}/appeal", kWriteCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::AppealInput>(c.req, [](BodyReader& r) {
      return service::AppealInput{r.String("appeal_on"), r.Int("version").value_or(0)};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::LodgeAppeal(env, c.actor(), *id, *in), service::DisciplineJson);
  });
  app.Add(Method::kPost, "/api/discipline/{id}/appeal-decision", kWriteCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::AppealDecisionInput>(c.req, [](BodyReader& r) {
      return service::AppealDecisionInput{r.String("outcome"), r.String("decided_on"),
                                          r.String("decision_no"), r.String("new_form"),
                                          r.Int("version").value_or(0)};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::DecideAppeal(env, c.actor(), *id, *in), service::DisciplineJson);
  });
  app.Add(Method::kPost, "/api/discipline/{id}/void", kWriteCase,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidDiscipline(env, actor, id, why);
          }));
}

}  // namespace

void RegisterDisciplineRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/discipline", kReadOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::DisciplineQuery q;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    q.form = c.req.Query("form");
    q.subject = c.req.Query("subject");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListDiscipline(env, c.actor(), *id, q),
                   PageJson(service::DisciplineJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/discipline", kWriteOrgCases, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::DisciplineInput>(c.req, ReadDecisionBody);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::RecordDiscipline(env, c.actor(), *id, *in), service::DisciplineJson,
                   201);
  });
  app.Add(Method::kGet, "/api/discipline/{id}", kReadCase, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetDiscipline(env, c.actor(), *id), service::DisciplineJson);
  });
  AddCaseWrites(app);
}

}  // namespace dangbo::http
