// Members' own space: the own file (GET /api/me/file), correction requests and their handling
// by the unit, and the member's own account made by a user manager.
#include "service/self/self.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kMemberAccount = Rule::On(Action::kUserManage, Target::kMember);

struct AccountBody {
  std::string username, password;
};

struct ResolveBody {
  std::string state, resolution;
};

}  // namespace

void RegisterSelfRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/me/file", kSignedIn, [&env](Call& c) {
    auto file = service::MyFile(env, c.actor());
    if (!file.ok()) return Problem(file.error());
    return Response::Json(200, *file);
  });

  app.Add(Method::kPost, "/api/me/corrections", kSignedIn, [&env](Call& c) {
    auto in = ReadBody<service::CorrectionInput>(c.req, [](BodyReader& r) {
      return service::CorrectionInput{r.String("field"), r.String("requested"), r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::RequestCorrection(env, c.actor(), *in), service::CorrectionJson, 201);
  });

  app.Add(Method::kGet, "/api/orgs/{id}/corrections", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::ListCorrections(env, c.actor(), *id, c.req.Query("state")),
                   ItemsJson(service::CorrectionJson));
  });

  app.Add(Method::kPost, "/api/corrections/{id}/resolve",
          Rule::On(Action::kMemberWrite, Target::kCorrection), [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto in = ReadBody<ResolveBody>(c.req, [](BodyReader& r) {
              return ResolveBody{r.String("state"), r.String("resolution")};
            });
            if (!in.ok()) return Problem(in.error());
            return Respond(
                service::ResolveCorrection(env, c.actor(), *id, in->state, in->resolution),
                service::CorrectionJson);
          });

  app.Add(Method::kPost, "/api/members/{id}/account", kMemberAccount, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<AccountBody>(c.req, [](BodyReader& r) {
      return AccountBody{r.String("username"), r.String("password")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateMemberAccount(env, c.actor(), *id, in->username, in->password),
                   service::UserJson, 201);
  });
}

}  // namespace dangbo::http
