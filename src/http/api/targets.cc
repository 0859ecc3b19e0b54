// /api/orgs/{id}/congress-targets (a term's targets of an organization with every year's plan
// and actual value, the year summed up as "9/10 chỉ tiêu đạt và vượt"; a new target) and
// /api/congress-targets/{id} (a year's plan and typed actual value, voiding).
#include "service/targets/targets.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadTargets = Rule::On(Action::kReportRead, Target::kOrg);
const Rule kWriteTargets = Rule::On(Action::kTargetWrite, Target::kOrg);
const Rule kWriteTarget = Rule::On(Action::kTargetWrite, Target::kCongressTarget);

}  // namespace

void RegisterTargetRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/congress-targets", kReadTargets, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    return Respond(service::GetTargets(env, c.actor(), *id, c.req.Query("term"), *year),
                   service::TargetBoardJson);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/congress-targets", kWriteTargets, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::TargetInput>(c.req, [](BodyReader& r) {
      service::TargetInput in;
      in.term = r.String("term");
      in.title = r.String("title");
      in.unit = r.String("unit");
      in.comparison = r.String("comparison");
      in.indicator = r.String("indicator");
      in.term_plan = r.String("term_plan");
      in.position = static_cast<int>(r.Int("position").value_or(0));
      return in;
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateTarget(env, c.actor(), *id, *in), service::CongressTargetJson,
                   201);
  });
  app.Add(Method::kPut, "/api/congress-targets/{id}/years/{year}", kWriteTarget, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = c.IdParam("year");
    if (!year.ok()) return Problem(year.error());
    if (*year > 2200) {
      return Problem(Error::Invalid("Năm không hợp lệ.", {{"year", "Năm không hợp lệ."}}));
    }
    auto in = ReadBody<service::TargetYearInput>(c.req, [](BodyReader& r) {
      return service::TargetYearInput{r.String("plan"), r.String("actual"), r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::SetTargetYear(env, c.actor(), *id, static_cast<int>(*year), *in),
                   service::CongressTargetJson);
  });
  app.Add(Method::kPost, "/api/congress-targets/{id}/void", kWriteTarget,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidTarget(env, actor, id, why);
          }));
}

}  // namespace dangbo::http
