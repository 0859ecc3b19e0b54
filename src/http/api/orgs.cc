// /api/orgs/*: the tree (now or as of a date), stocks, history, changes with decisions,
// host units and committees.
#include "service/orgs/orgs.h"
#include "base/date.h"
#include "http/app.h"
#include "http/problem.h"
#include "service/calendar/reference.h"
#include "service/core/kinds.h"
#include "service/orgs/org_details.h"
#include "service/orgs/org_history.h"

namespace dangbo::http {

namespace {

nlohmann::json Nullable(const std::optional<int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// The fields an organization has now and as of a date alike (service::Org, service::OrgAt).
template <typename O>
nlohmann::json OrgHeadJson(const O& o) {
  return {{"id", o.id},
          {"parent_id", Nullable(o.parent_id)},
          {"kind", vocab::Code(o.kind)},
          {"kind_label", vocab::Label(o.kind)},
          {"name", o.name},
          {"path", o.path}};
}

nlohmann::json OrgJson(const service::Org& o) {
  nlohmann::json j = OrgHeadJson(o);
  j["established_on"] = o.established_on;
  j["ended_on"] = o.ended_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.ended_on);
  j["host_unit_id"] = Nullable(o.host_unit_id);
  j["host_unit_name"] = o.host_unit_name;
  return j;
}

nlohmann::json OrgAtJson(const service::OrgAt& o) {
  nlohmann::json j = OrgHeadJson(o);
  j["valid_from"] = o.valid_from;
  return j;
}

nlohmann::json OrgEventJson(const service::OrgEventRow& e) {
  return {{"id", e.id},
          {"kind", e.kind},
          {"kind_label", std::string(vocab::LabelOf<service::OrgEventKind>(e.kind))},
          {"effective_on", e.effective_on},
          {"decision_no", e.decision_no},
          {"decision_date", e.decision_date},
          {"detail", StoredJson(e.detail_json)},
          {"recorded_by", e.recorded_by},
          {"voided_at", e.voided_at.empty() ? nlohmann::json() : nlohmann::json(e.voided_at)},
          {"void_reason", e.void_reason},
          {"recorded_at", e.recorded_at}};
}

nlohmann::json HostUnitJson(const service::HostUnit& u) {
  std::string label;
  for (const auto& k : service::HostUnitKinds()) {
    if (k.code == u.kind) label = k.label;
  }
  return {{"id", u.id}, {"name", u.name}, {"kind", u.kind}, {"kind_label", label}};
}

// The 400 for an organization the body must name and does not: `ask` is both the detail
// and the field's message.
Response MissingChoice(const char* field, const std::string& ask) {
  return Problem(Error::Invalid(ask, {{field, ask}}));
}

}  // namespace

void RegisterOrgRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/orgs", kOrgReader, [&env](Call& c) {
    nlohmann::json items = nlohmann::json::array();
    if (!c.req.Query("at").empty()) {
      auto at = DateQuery(c.req, "at", service::Today(env));
      if (!at.ok()) return Problem(at.error());
      auto tree = service::TreeAt(env, c.actor(), *at);
      if (!tree.ok()) return Problem(tree.error());
      for (const auto& o : *tree) items.push_back(OrgAtJson(o));
      return Response::Json(200, {{"items", items}, {"at", at->Iso()}});
    }
    auto orgs = service::ListOrgs(env, c.actor(), c.req.Query("include_ended") == "1");
    if (!orgs.ok()) return Problem(orgs.error());
    for (const auto& o : *orgs) items.push_back(OrgJson(o));
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/orgs/{id}", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto detail = service::GetOrgDetail(env, c.actor(), *id);
    if (!detail.ok()) return Problem(detail.error());
    nlohmann::json j = OrgJson(detail->org);
    j["member_count"] = detail->member_count;
    return Response::Json(200, j);
  });

  app.Add(Method::kGet, "/api/orgs/{id}/stats", kReadOrgFigures, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto at = DateQuery(c.req, "at", service::Today(env));
    if (!at.ok()) return Problem(at.error());
    return Respond(service::StocksAt(env, c.actor(), *id, *at), [](const service::Stocks& s) {
      return nlohmann::json{{"org", OrgAtJson(s.org)},
                            {"date", s.date},
                            {"orgs_by_kind", s.orgs_by_kind},
                            {"grassroots", s.grassroots},
                            {"members_by_status", s.members_by_status},
                            {"members", s.members}};
    });
  });

  app.Add(Method::kGet, "/api/orgs/{id}/history", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::OrgHistory(env, c.actor(), *id), ItemsJson(OrgEventJson));
  });

  app.Add(Method::kPost, "/api/orgs", kOrgWriter, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::NewOrg in;
    in.parent_id = r.Int("parent_id");
    in.kind = r.String("kind");
    in.name = r.String("name");
    in.host_unit_id = r.Int("host_unit_id");
    in.decision = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    if (!in.parent_id) return MissingChoice("parent_id", "Hãy chọn tổ chức cấp trên.");
    return Respond(service::CreateOrg(env, c.actor(), in), OrgJson, 201);
  });

  // The changes: each reads its own fields plus the decision.
  auto change = [&app, &env](const char* verb, auto fn) {
    app.Add(Method::kPost, std::string("/api/orgs/{id}/") + verb, kWriteOrg, [&env, fn](Call& c) {
      auto id = c.IdParam("id");
      if (!id.ok()) return Problem(id.error());
      auto body = ParseJsonBody(c.req);
      if (!body.ok()) return Problem(body.error());
      BodyReader r(*body);
      return fn(env, c, *id, r);
    });
  };
  change("rename", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    const std::string name = r.String("name");
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::RenameOrg(env, c.actor(), id, name, d), OrgJson);
  });
  change("move", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    const auto parent = r.Int("parent_id");
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    if (!parent) return MissingChoice("parent_id", "Hãy chọn tổ chức cấp trên mới.");
    return Respond(service::MoveOrg(env, c.actor(), id, *parent, d), OrgJson);
  });
  change("upgrade", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    const std::string branch = r.String("first_branch_name");
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::UpgradeOrg(env, c.actor(), id, branch, d),
                   [](const service::UpgradeResult& u) {
                     return nlohmann::json{{"org", OrgJson(u.upgraded)},
                                           {"first_branch", OrgJson(u.first_branch)},
                                           {"members_moved", u.members_moved}};
                   });
  });
  change("merge", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    const auto target = r.Int("target_id");
    const auto branch = r.Int("target_branch_id");
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    if (!target) return MissingChoice("target_id", "Hãy chọn tổ chức nhận sáp nhập.");
    return Respond(service::MergeOrg(env, c.actor(), id, *target, branch, d),
                   [](const service::MergeResult& m) {
                     return nlohmann::json{{"target", OrgJson(m.target)},
                                           {"members_moved", m.members_moved},
                                           {"units_moved", m.units_moved}};
                   });
  });
  change("split", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    std::vector<service::SplitPart> parts;
    const std::string missing = "Hãy liệt kê các đơn vị mới (parts).";
    r.Objects("parts",
              {.missing = missing,
               .not_list = missing,
               .not_object = "Mỗi đơn vị mới phải là một đối tượng."},
              [&](BodyReader& pr) {
                parts.push_back({pr.String("name"), pr.String("kind"), pr.Ints("member_ids")});
              });
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::SplitOrg(env, c.actor(), id, parts, d), ItemsJson(OrgJson));
  });
  change("dissolve", [](const service::Env& env, Call& c, int64_t id, BodyReader& r) {
    const service::Decision d = ReadDecision(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::DissolveOrg(env, c.actor(), id, d), OrgJson);
  });

  app.Add(Method::kGet, "/api/host-units", kOrgReader, [&env](Call& c) {
    return Respond(service::ListHostUnits(env, c.actor()), ItemsJson(HostUnitJson));
  });

  app.Add(Method::kPost, "/api/host-units", kWriteShared, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::HostUnit in{0, r.String("name"), r.String("kind")};
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateHostUnit(env, c.actor(), in), HostUnitJson, 201);
  });

  auto seat_json = [](const service::CommitteeSeat& s) {
    return nlohmann::json{{"id", s.id},
                          {"org_id", s.org_id},
                          {"term", s.term},
                          {"person_name", s.person_name},
                          {"member_id", Nullable(s.member_id)},
                          {"position", s.position},
                          {"position_label", service::PositionLabel(s.position)},
                          {"heads_host_unit", s.heads_host_unit},
                          {"from_date", s.from_date},
                          {"to_date", s.to_date}};
  };

  app.Add(Method::kGet, "/api/orgs/{id}/committee", kReadOrg, [&env, seat_json](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::ListCommittee(env, c.actor(), *id), ItemsJson(seat_json));
  });

  app.Add(Method::kPost, "/api/orgs/{id}/committee", kWriteOrg, [&env, seat_json](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::CommitteeSeat in;
    in.org_id = *id;
    in.term = r.String("term");
    in.person_name = r.String("person_name");
    in.member_id = r.Int("member_id");
    in.position = r.String("position");
    in.heads_host_unit = r.Bool("heads_host_unit");
    in.from_date = r.String("from_date");
    in.to_date = r.String("to_date");
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::AddCommitteeSeat(env, c.actor(), in), seat_json, 201);
  });

  app.Add(Method::kDelete, "/api/orgs/{id}/committee/{cid}", kWriteOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto cid = c.IdParam("cid");
    if (!cid.ok()) return Problem(cid.error());
    if (Status s = service::RemoveCommitteeSeat(env, c.actor(), *id, *cid); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });
}

}  // namespace dangbo::http
