// Administration endpoints: users, organizations (minimal), the audit trail, reference data.
#include "http/app.h"
#include "http/problem.h"
#include "service/audit.h"
#include "service/orgs.h"
#include "service/users.h"

namespace dangbo::http {

namespace {

nlohmann::json OrgJson(const service::Org& o) {
  return {{"id", o.id},
          {"parent_id", o.parent_id ? nlohmann::json(*o.parent_id) : nlohmann::json(nullptr)},
          {"kind", service::OrgKindCode(o.kind)},
          {"kind_label", service::OrgKindLabel(o.kind)},
          {"name", o.name},
          {"path", o.path}};
}

nlohmann::json AuditJson(const service::AuditRow& a) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", a.id},
          {"at", a.at},
          {"actor_id", opt(a.actor_id)},
          {"actor_name", a.actor_name},
          {"action", a.action},
          {"entity", a.entity},
          {"entity_id", a.entity_id},
          {"org_id", opt(a.org_id)},
          {"outcome", a.outcome},
          {"before", a.before},
          {"after", a.after},
          {"detail", a.detail},
          {"client_addr", a.client_addr},
          {"via", a.via}};
}

// Paging parameters shared by list endpoints.
Status ReadPaging(const Request& req, int* page, int* page_size) {
  auto p = IntQuery(req, "page", 1);
  if (!p.ok()) return p.error();
  auto ps = IntQuery(req, "page_size", 50);
  if (!ps.ok()) return ps.error();
  *page = *p;
  *page_size = *ps;
  return Status::Ok();
}

}  // namespace

void RegisterAdminRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/meta", Access::kSession, [](Call&) {
    nlohmann::json roles = nlohmann::json::array(), kinds = nlohmann::json::array();
    for (service::Role r : service::AllRoles()) {
      roles.push_back({{"code", service::RoleCode(r)}, {"label", service::RoleLabel(r)}});
    }
    for (auto k : {service::OrgKind::kSuperiorCommittee, service::OrgKind::kGrassrootsCommittee,
                   service::OrgKind::kGrassrootsBranch, service::OrgKind::kSubCommittee,
                   service::OrgKind::kBranch}) {
      kinds.push_back({{"code", service::OrgKindCode(k)}, {"label", service::OrgKindLabel(k)}});
    }
    return Response::Json(200, {{"roles", roles}, {"org_kinds", kinds}});
  });

  app.Add(Method::kGet, "/api/users", Access::kSession, [&env](Call& c) {
    service::UserQuery q;
    q.q = c.req.Query("q");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListUsers(env, c.actor(), q), [](const service::UserPage& p) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& u : p.items) items.push_back(service::UserJson(u));
      return nlohmann::json{{"items", items}, {"total", p.total}};
    });
  });

  app.Add(Method::kPost, "/api/users", Access::kSession, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::NewUser in;
    in.username = r.String("username");
    in.display_name = r.String("display_name");
    in.org_id = r.Int("org_id").value_or(0);
    in.roles = r.Strings("roles");
    in.password = r.String("password");
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateUser(env, c.actor(), in), service::UserJson, 201);
  });

  app.Add(Method::kPost, "/api/users/{id}/password", Access::kSession, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const std::string password = r.String("password");
    if (Status s = r.status(); !s) return Problem(s.error());
    if (Status s = service::ResetPassword(env, c.actor(), *id, password); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });

  app.Add(Method::kGet, "/api/orgs", Access::kSession, [&env](Call& c) {
    return Respond(service::ListOrgs(env, c.actor()), [](const std::vector<service::Org>& orgs) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& o : orgs) items.push_back(OrgJson(o));
      return nlohmann::json{{"items", items}};
    });
  });

  app.Add(Method::kGet, "/api/orgs/{id}", Access::kSession, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetOrg(env, c.actor(), *id), OrgJson);
  });

  app.Add(Method::kPost, "/api/orgs", Access::kSession, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::NewOrg in;
    in.parent_id = r.Int("parent_id");
    in.kind = r.String("kind");
    in.name = r.String("name");
    if (Status s = r.status(); !s) return Problem(s.error());
    if (!in.parent_id) {
      return Problem(Error::Invalid("Hãy chọn tổ chức cấp trên.",
                                    {{"parent_id", "Hãy chọn tổ chức cấp trên."}}));
    }
    return Respond(service::CreateOrg(env, c.actor(), in), OrgJson, 201);
  });

  app.Add(Method::kGet, "/api/audit", Access::kSession, [&env](Call& c) {
    service::AuditFilter f;
    f.actor = c.req.Query("actor");
    f.action = c.req.Query("action");
    f.entity = c.req.Query("entity");
    f.entity_id = c.req.Query("entity_id");
    f.outcome = c.req.Query("outcome");
    f.from = c.req.Query("from");
    f.to = c.req.Query("to");
    if (Status s = ReadPaging(c.req, &f.page, &f.page_size); !s) return Problem(s.error());
    return Respond(service::ListAudit(env, c.actor(), f), [](const service::AuditPage& p) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& a : p.items) items.push_back(AuditJson(a));
      return nlohmann::json{{"items", items}, {"total", p.total}};
    });
  });
}

}  // namespace dangbo::http
