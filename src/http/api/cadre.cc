// /api/orgs/{id}/cadre-plans (a subtree's cadre planning, a person added to a term's plan)
// and /api/cadre-plans/{id} (one plan with its roadmap and progress; changes, removal by
// decision, roadmap items, voiding). Confidential: cadre.read / cadre.write.
#include "service/cadre/cadre.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrgPlans = Rule::On(Action::kCadreRead, Target::kOrg);
const Rule kWriteOrgPlans = Rule::On(Action::kCadreWrite, Target::kOrg);
const Rule kReadPlan = Rule::On(Action::kCadreRead, Target::kCadrePlan);
const Rule kWritePlan = Rule::On(Action::kCadreWrite, Target::kCadrePlan);

service::RoadmapInput ReadRoadmap(BodyReader& r) {
  return {r.String("kind"), r.String("due_on"), r.String("note")};
}

service::CadrePlanInput ReadPlanBody(BodyReader& r) {
  service::CadrePlanInput in;
  in.term = r.String("term");
  in.member_id = r.Int("member_id").value_or(0);
  in.post = r.String("post");
  in.added_on = r.String("added_on");
  in.added_decision_no = r.String("added_decision_no");
  in.target_theory = r.String("target_theory");
  in.theory_by = r.String("theory_by");
  in.note = r.String("note");
  r.Objects("roadmap",
            {.missing = "",
             .not_list = "Lộ trình (roadmap) phải là một danh sách.",
             .not_object = "Mỗi nội dung lộ trình phải là một đối tượng."},
            [&](BodyReader& item) { in.roadmap.push_back(ReadRoadmap(item)); });
  return in;
}

void AddPlanWrites(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/cadre-plans/{id}", kWritePlan, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::CadrePlanUpdate>(c.req, [](BodyReader& r) {
      return service::CadrePlanUpdate{r.String("target_theory"), r.String("theory_by"),
                                      r.String("note"), r.Int("version").value_or(0)};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::UpdateCadrePlan(env, c.actor(), *id, *in), service::CadrePlanJson);
  });
  app.Add(Method::kPost, "/api/cadre-plans/{id}/remove", kWritePlan, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::CadreRemoval>(c.req, [](BodyReader& r) {
      return service::CadreRemoval{r.String("removed_on"), r.String("removed_decision_no"),
                                   r.String("reason")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::RemoveFromPlan(env, c.actor(), *id, *in), service::CadrePlanJson);
  });
  app.Add(Method::kPost, "/api/cadre-plans/{id}/void", kWritePlan,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidCadrePlan(env, actor, id, why);
          }));
  app.Add(Method::kPost, "/api/cadre-plans/{id}/roadmap", kWritePlan, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::RoadmapInput>(c.req, ReadRoadmap);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::AddRoadmapItem(env, c.actor(), *id, *in), service::CadrePlanJson);
  });
  app.Add(Method::kPost, "/api/cadre-plans/{id}/roadmap/{rid}/remove", kWritePlan, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto rid = c.IdParam("rid");
    if (!rid.ok()) return Problem(rid.error());
    auto why = ReadBody<std::string>(c.req, [](BodyReader& r) { return r.String("reason"); });
    if (!why.ok()) return Problem(why.error());
    if (Status s = service::RemoveRoadmapItem(env, c.actor(), *id, *rid, *why); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });
}

}  // namespace

void RegisterCadreRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/cadre-plans", kReadOrgPlans, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::CadreQuery q;
    q.term = c.req.Query("term");
    q.post = c.req.Query("post");
    q.status = c.req.Query("status");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListCadrePlans(env, c.actor(), *id, q),
                   PageJson(service::CadrePlanJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/cadre-plans", kWriteOrgPlans, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::CadrePlanInput>(c.req, ReadPlanBody);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::AddCadrePlan(env, c.actor(), *id, *in), service::CadrePlanJson, 201);
  });
  app.Add(Method::kGet, "/api/cadre-plans/{id}", kReadPlan, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetCadrePlan(env, c.actor(), *id), service::CadrePlanJson);
  });
  AddPlanWrites(app);
}

}  // namespace dangbo::http
