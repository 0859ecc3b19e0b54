// /api/orgs/{id}/badges (a subtree's proposals and awards, and who is due at a round),
// /api/members/{id}/badges (a member's badges, a proposal), /api/badges/steps and the
// award rounds of a year.
#include "service/badges/badges.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

nlohmann::json BadgeJson(const service::Badge& b) {
  return {{"id", b.id},
          {"member_id", b.member_id},
          {"full_name", b.full_name},
          {"org_id", b.org_id},
          {"org_name", b.org_name},
          {"milestone", b.milestone},
          {"round_on", b.round_on},
          {"basis", b.basis},
          {"status", b.status},
          {"party_age", {{"years", b.party_age_years}, {"months", b.party_age_months}}},
          {"proposed_on", b.proposed_on},
          {"proposed_by", b.proposed_by},
          {"decision_no", b.decision_no},
          {"decision_on", b.decision_on},
          {"decided_by", b.decided_by},
          {"awarded_on", b.awarded_on},
          {"awarded_by", b.awarded_by},
          {"note", b.note},
          {"version", b.version}};
}

nlohmann::json DueJson(const service::BadgeDueRow& d) {
  return {{"member_id", d.member_id},
          {"full_name", d.full_name},
          {"org_id", d.org_id},
          {"org_name", d.org_name},
          {"admitted_on", d.admitted_on},
          {"milestone", d.milestone},
          {"reached_on", d.reached_on},
          {"round_on", d.round_on},
          {"party_age", {{"years", d.party_age_years}, {"months", d.party_age_months}}},
          {"hold_reason", d.hold_reason},
          {"badge_id", d.badge_id ? nlohmann::json(*d.badge_id) : nlohmann::json(nullptr)},
          {"badge_status", d.badge_status}};
}

Result<Date> RoundQuery(const service::Env& env, const Request& req) {
  if (req.Query("round").empty()) {
    // The next round from today.
    const Date today = service::Today(env);
    for (int y = today.year(); y <= today.year() + 1; ++y) {
      for (const Date& d : service::BadgeRoundsOf(y)) {
        if (d >= today) return d;
      }
    }
  }
  return DateQuery(req, "round", service::Today(env));
}

}  // namespace

void RegisterBadgeRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/badge-rounds", kSignedIn, [&env](Call& c) {
    auto year = IntQuery(c.req, "year", service::Today(env).year());
    if (!year.ok()) return Problem(year.error());
    if (*year < 1930 || *year > 2200) {
      return Problem(Error::Invalid("Năm không hợp lệ.", {{"year", "Năm không hợp lệ."}}));
    }
    nlohmann::json items = nlohmann::json::array();
    for (const Date& d : service::BadgeRoundsOf(*year)) {
      items.push_back({{"on", d.Iso()}, {"label", "Đợt " + d.Vietnamese().substr(0, 5)}});
    }
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/orgs/{id}/badges/due", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto round = RoundQuery(env, c.req);
    if (!round.ok()) return Problem(round.error());
    service::BadgeDueQuery q;
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    auto milestone = IntQuery(c.req, "milestone", 0);
    if (!milestone.ok()) return Problem(milestone.error());
    q.milestone = *milestone;
    return Respond(service::BadgesDue(env, c.actor(), *id, *round, q),
                   [&round](const service::BadgeDueList& due) {
                     nlohmann::json by = nlohmann::json::array();
                     for (const auto& [milestone, n] : due.by_milestone) {
                       by.push_back({{"milestone", milestone}, {"count", n}});
                     }
                     return nlohmann::json{{"round", round->Iso()},
                                           {"items", JsonArray(due.items, DueJson)},
                                           {"total", due.total},
                                           {"by_milestone", by},
                                           {"to_propose", due.to_propose}};
                   });
  });

  app.Add(Method::kGet, "/api/orgs/{id}/badges/due/export", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto round = RoundQuery(env, c.req);
    if (!round.ok()) return Problem(round.error());
    auto format = ExportFormatParam(c.req);
    if (!format.ok()) return Problem(format.error());
    auto milestone = IntQuery(c.req, "milestone", 0);
    if (!milestone.ok()) return Problem(milestone.error());
    auto bytes = service::ExportBadgesDue(env, c.actor(), *id, *round, *format, *milestone);
    if (!bytes.ok()) return Problem(bytes.error());
    return Response::Attachment(std::move(*bytes), "huy-hieu-dang-" + round->Iso() + "." + *format);
  });

  app.Add(Method::kGet, "/api/orgs/{id}/badges", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::BadgeQuery q;
    q.round_on = c.req.Query("round");
    q.status = c.req.Query("status");
    q.from = c.req.Query("from");
    q.to = c.req.Query("to");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListBadges(env, c.actor(), *id, q), PageJson(BadgeJson));
  });

  app.Add(Method::kGet, "/api/members/{id}/badges", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::MemberBadges(env, c.actor(), *id), ItemsJson(BadgeJson));
  });

  app.Add(Method::kPost, "/api/members/{id}/badges", Rule::On(Action::kBadgeWrite, Target::kMember),
          [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto body = ParseJsonBody(c.req);
            if (!body.ok()) return Problem(body.error());
            BodyReader r(*body);
            service::BadgeProposal in;
            in.milestone = static_cast<int>(r.Int("milestone").value_or(0));
            in.round_on = r.String("round_on");
            if (const std::string b = r.String("basis"); !b.empty()) in.basis = b;
            in.proposed_on = r.String("proposed_on");
            in.note = r.String("note");
            if (Status s = r.status(); !s) return Problem(s.error());
            return Respond(service::ProposeBadge(env, c.actor(), *id, in), BadgeJson, 201);
          });

  // The badge is named in the body (the service answers "not found" outside the scope).
  app.Add(Method::kPost, "/api/badges/steps", Rule::Needs(Action::kBadgeWrite), [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const int64_t id = r.Int("badge_id").value_or(0);
    service::BadgeStepInput in;
    in.step = r.String("step");
    in.decision_no = r.String("decision_no");
    in.on = r.String("on");
    in.reason = r.String("reason");
    in.expected_version = r.Int("version").value_or(0);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::RecordBadgeStep(env, c.actor(), id, in), BadgeJson);
  });
}

}  // namespace dangbo::http
