// The application behind the server: routes, session and CSRF checks, security headers,
// metrics, and the mapping of service results to HTTP. Handlers live in api_*.cc.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "http/body.h"
#include "http/message.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_files.h"
#include "service/auth.h"
#include "service/env.h"
#include "service/members.h"

namespace dangbo::http {

inline constexpr const char* kSessionCookie = "dangbo_session";

// One API call as a handler sees it.
struct Call {
  Request& req;
  std::map<std::string, std::string> params;  // from the route pattern
  std::optional<service::Session> session;    // set on authenticated routes
  std::string token;                          // the session token from the cookie

  const service::Actor& actor() const { return session->actor; }
  // The route parameter as a positive id, or an error naming it.
  Result<int64_t> IdParam(const std::string& name) const;
};

enum class Access { kPublic, kSession };

// A registered route, for `dangbo routes --json` and tests.
struct RouteInfo {
  std::string method;                // "GET", "POST", ...
  std::string pattern;               // "/api/orgs/{id}/committee"
  std::string access;                // "public" or "session"
  const BodySchema* body = nullptr;  // write routes: the body schema (nullptr: none declared)
};

struct AppOptions {
  std::string web_root;
};

class App {
 public:
  App(service::Env env, AppOptions options);

  Response Handle(Request& req);

  using Fn = std::function<Response(Call&)>;
  void Add(Method method, const std::string& pattern, Access access, Fn fn);

  // Every route in registration order.
  std::vector<RouteInfo> Routes() const;

  const service::Env& env() const { return env_; }
  service::AuthService& auth() { return auth_; }
  Metrics& metrics() { return metrics_; }

 private:
  Response Dispatch(Request& req, std::string* route_name);
  void AddSecurityHeaders(const Request& req, Response& res) const;

  service::Env env_;
  service::AuthService auth_;
  StaticFiles static_files_;
  Metrics metrics_;
  Router router_;
  struct Endpoint {
    Access access;
    Fn fn;
  };
  std::vector<Endpoint> endpoints_;
};

// A positive integer query parameter, or `fallback` when absent.
Result<int> IntQuery(const Request& req, const std::string& name, int fallback);

Response ProblemFor(const Error& e);

// Result -> Response: a JSON body on success, problem+json on failure.
template <typename T, typename F>
Response Respond(const Result<T>& r, F&& to_json, int status = 200) {
  if (!r.ok()) return ProblemFor(r.error());
  return Response::Json(status, to_json(r.value()));
}

// Paging parameters shared by list endpoints (?page=&page_size=).
Status ReadPaging(const Request& req, int* page, int* page_size);

void RegisterAuthRoutes(App& app);
void RegisterAdminRoutes(App& app);
void RegisterOrgRoutes(App& app);
void RegisterMemberRoutes(App& app);
void RegisterAdmissionRoutes(App& app);
void RegisterLifecycleRoutes(App& app);

// The filters of /api/members and its exports.
Result<service::MemberQuery> ReadMemberQuery(const Request& req);

}  // namespace dangbo::http
