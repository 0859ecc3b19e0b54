// /api/orgs/{id}/rewards (a subtree's awards with the counts of collectives and individuals,
// a new award), /api/rewards/{id} (one award, voiding), /api/orgs/{id}/emulations and
// /api/emulations/{id}/void (emulation movements and "Dân vận khéo" models).
#include "service/rewards/rewards.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

// The filters of a rewards list from the address (from, to, subject, form).
service::RewardQuery RewardQueryOf(const Request& req) {
  service::RewardQuery q;
  q.from = req.Query("from");
  q.to = req.Query("to");
  q.subject = req.Query("subject");
  q.form = req.Query("form");
  return q;
}

const Rule kReadOrgRewards = Rule::On(Action::kMemberRead, Target::kOrg);
const Rule kWriteOrgRewards = Rule::On(Action::kRewardWrite, Target::kOrg);
const Rule kReadReward = Rule::On(Action::kMemberRead, Target::kReward);
const Rule kWriteReward = Rule::On(Action::kRewardWrite, Target::kReward);
const Rule kWriteEmulation = Rule::On(Action::kRewardWrite, Target::kEmulation);

service::RewardInput ReadRewardBody(BodyReader& r) {
  service::RewardInput in;
  in.subject = r.String("subject");
  in.member_id = r.Int("member_id");
  in.recipient = r.String("recipient");
  in.form = r.String("form");
  in.level = r.String("level");
  in.decision_no = r.String("decision_no");
  in.decided_on = r.String("decided_on");
  in.reason = r.String("reason");
  in.period_label = r.String("period_label");
  in.emulation_id = r.Int("emulation_id");
  return in;
}

nlohmann::json RewardPageJson(const service::RewardPage& p) {
  return {{"items", JsonArray(p.page.items, service::RewardJson)},
          {"total", p.page.total},
          {"collectives", p.collectives},
          {"individuals", p.individuals}};
}

void AddEmulationRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/emulations", kReadOrgRewards, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    return Respond(service::ListEmulations(env, c.actor(), *id, *year, c.req.Query("kind")),
                   ItemsJson(service::EmulationJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/emulations", kWriteOrgRewards, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::EmulationInput>(c.req, [](BodyReader& r) {
      return service::EmulationInput{r.String("kind"), r.String("title"), r.String("starts_on"),
                                     r.String("ends_on"), r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateEmulation(env, c.actor(), *id, *in), service::EmulationJson, 201);
  });
  app.Add(Method::kPost, "/api/emulations/{id}/void", kWriteEmulation,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidEmulation(env, actor, id, why);
          }));
}

}  // namespace

void RegisterRewardRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/rewards", kReadOrgRewards, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::RewardQuery q = RewardQueryOf(c.req);
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListRewards(env, c.actor(), *id, q), RewardPageJson);
  });
  // The whole selection as the office's list: ?format=xlsx (default) or docx.
  app.Add(Method::kGet, "/api/orgs/{id}/rewards/export", kReadOrgRewards, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto format = ExportFormatParam(c.req);
    if (!format.ok()) return Problem(format.error());
    auto bytes = service::ExportRewards(env, c.actor(), *id, RewardQueryOf(c.req), *format);
    if (!bytes.ok()) return Problem(bytes.error());
    return Response::Attachment(std::move(*bytes), "khen-thuong." + *format);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/rewards", kWriteOrgRewards, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::RewardInput>(c.req, ReadRewardBody);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateReward(env, c.actor(), *id, *in), service::RewardJson, 201);
  });
  app.Add(Method::kGet, "/api/rewards/{id}", kReadReward, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetReward(env, c.actor(), *id), service::RewardJson);
  });
  app.Add(Method::kPost, "/api/rewards/{id}/void", kWriteReward,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidReward(env, actor, id, why);
          }));
  AddEmulationRoutes(app);
}

}  // namespace dangbo::http
