// /api/orgs/{id}/ratings (the list of a year, steps on an organization's rating, the
// summary) and /api/members/{id}/ratings (a member's ratings, steps on them).
#include "service/ratings/ratings.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

nlohmann::json StepJson(const service::RatingStep& s) {
  if (s.on.empty()) return nullptr;
  return {{"level", s.level},
          {"score", s.score ? nlohmann::json(*s.score) : nlohmann::json(nullptr)},
          {"on", s.on},
          {"by", s.by}};
}

nlohmann::json RatingJson(const service::Rating& r) {
  return {{"id", r.id},
          {"year", r.year},
          {"subject", r.subject},
          {"member_id", r.member_id ? nlohmann::json(*r.member_id) : nlohmann::json(nullptr)},
          {"org_id", r.org_id},
          {"org_name", r.org_name},
          {"scheme", r.scheme},
          {"stage", r.stage},
          {"level", r.level},
          {"self", StepJson(r.self)},
          {"proposed", StepJson(r.proposed)},
          {"decided", StepJson(r.decided)},
          {"approved", r.approved_on.empty() ? nlohmann::json(nullptr)
                                             : nlohmann::json{{"on", r.approved_on},
                                                              {"by", r.approved_by},
                                                              {"approval_no", r.approval_no}}},
          {"note", r.note},
          {"version", r.version}};
}

nlohmann::json RowJson(const service::RatingRow& r) {
  return {{"subject", r.subject},   {"id", r.id},
          {"name", r.name},         {"org_id", r.org_id},
          {"org_name", r.org_name}, {"rating", r.rating ? RatingJson(*r.rating) : nullptr}};
}

nlohmann::json CountsJson(const service::LevelCounts& c) {
  nlohmann::json levels = nlohmann::json::object();
  int i = 0;
  for (rules::RatingLevel l : vocab::All<rules::RatingLevel>())
    levels[std::string(vocab::Code(l))] = c.by_level[i++];
  return {{"rated", c.rated},
          {"by_level", levels},
          {"good_or_better", c.good_or_better()},
          {"good_or_better_percent", c.rated ? nlohmann::json(100.0 * c.good_or_better() / c.rated)
                                             : nlohmann::json(nullptr)}};
}

nlohmann::json SummaryJson(const service::RatingSummary& s) {
  nlohmann::json quotas = JsonArray(s.quotas, [](const service::RatingQuota& q) {
    return nlohmann::json{{"grassroots_id", q.grassroots_id},
                          {"name", q.name},
                          {"good", q.good},
                          {"excellent", q.excellent},
                          {"max_excellent", q.max_excellent},
                          {"max_percent", q.max_percent},
                          {"exceeded", q.exceeded}};
  });
  return {{"year", s.year},
          {"scheme", s.scheme},
          {"rules_source", s.rules_source},
          {"target_percent", s.target_percent},
          {"members", CountsJson(s.members)},
          {"grassroots", CountsJson(s.grassroots)},
          {"previous",
           {{"members", CountsJson(s.previous_members)},
            {"grassroots", CountsJson(s.previous_grassroots)}}},
          {"quotas", quotas}};
}

service::RatingStepInput ReadStep(BodyReader& r) {
  service::RatingStepInput in;
  in.year = static_cast<int>(r.Int("year").value_or(0));
  in.step = r.String("step");
  in.on = r.String("on");
  in.level = r.String("level");
  if (const auto score = r.Int("score")) in.score = static_cast<int>(*score);
  in.approval_no = r.String("approval_no");
  in.note = r.String("note");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

Response PostStep(const service::Env& env, Call& c, service::RatingSubject subject) {
  auto id = c.IdParam("id");
  if (!id.ok()) return Problem(id.error());
  auto body = ParseJsonBody(c.req);
  if (!body.ok()) return Problem(body.error());
  BodyReader r(*body);
  const service::RatingStepInput in = ReadStep(r);
  if (Status s = r.status(); !s) return Problem(s.error());
  return Respond(
      service::RecordRatingStep(env, c.actor(), {subject, *id}, in),
      [](const service::RatingStepResult& x) {
        return nlohmann::json{{"rating", RatingJson(x.rating)}, {"warnings", x.warnings}};
      });
}

// ?year= (default: last year, the year usually rated).
Result<int> YearQuery(const service::Env& env, const Request& req) {
  return IntQuery(req, "year", service::Today(env).year() - 1);
}

}  // namespace

void RegisterRatingRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/orgs/{id}/ratings", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = YearQuery(env, c.req);
    if (!year.ok()) return Problem(year.error());
    service::RatingQuery q;
    q.year = *year;
    if (const std::string s = c.req.Query("subject"); !s.empty()) q.subject = s;
    q.stage = c.req.Query("stage");
    q.level = c.req.Query("level");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListRatings(env, c.actor(), *id, q), PageJson(RowJson));
  });

  app.Add(Method::kGet, "/api/orgs/{id}/ratings/summary", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = YearQuery(env, c.req);
    if (!year.ok()) return Problem(year.error());
    return Respond(service::SummarizeRatings(env, c.actor(), *id, *year), SummaryJson);
  });

  app.Add(Method::kPost, "/api/orgs/{id}/ratings", Rule::On(Action::kRatingWrite, Target::kOrg),
          [&env](Call& c) { return PostStep(env, c, service::RatingSubject::kOrg); });

  app.Add(Method::kGet, "/api/members/{id}/ratings", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::MemberRatings(env, c.actor(), *id), ItemsJson(RatingJson));
  });

  app.Add(Method::kPost, "/api/members/{id}/ratings",
          Rule::On(Action::kRatingWrite, Target::kMember),
          [&env](Call& c) { return PostStep(env, c, service::RatingSubject::kMember); });
}

}  // namespace dangbo::http
