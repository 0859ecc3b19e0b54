// The application behind the server: routes, session and CSRF checks, security headers,
// metrics, and the mapping of service results to HTTP. Handlers live in api_*.cc.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "http/body.h"
#include "http/message.h"
#include "http/metrics.h"
#include "http/problem.h"
#include "http/router.h"
#include "http/static_files.h"
#include "report/period.h"
#include "service/accounts/auth.h"
#include "service/core/access.h"
#include "service/core/env.h"
#include "service/core/validate.h"
#include "service/members/members.h"

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

// Who may call a route, declared beside it in App::Add, listed by GET /api/routes and
// checked (service::CheckRouteAccess) after the session and before the handler, so before
// any body is read: the role grant first (403, the same for every id), then the record
// named by the path parameter `param` must be inside the actor's scope (else 404, exactly
// as for a missing id).
struct Rule {
  Access access = Access::kSession;
  std::optional<service::Action> action;  // the grant needed; none: any signed-in user
  service::Target target = service::Target::kNone;
  std::string param = "id";

  static Rule Public() { return {Access::kPublic, std::nullopt}; }
  static Rule SignedIn() { return {}; }
  static Rule Needs(service::Action a) { return {Access::kSession, a}; }
  static Rule On(service::Action a, service::Target t, std::string param = "id") {
    return {Access::kSession, a, t, std::move(param)};
  }
};

// The rules routes declare, by name (service/access.h: actions and targets).
using service::Action;
using service::Target;
inline const Rule kPublicRoute = Rule::Public();
inline const Rule kSignedIn = Rule::SignedIn();  // any role
inline const Rule kOrgReader = Rule::Needs(Action::kOrgRead);
inline const Rule kOrgWriter = Rule::Needs(Action::kOrgWrite);  // parent in the body
inline const Rule kReadOrg = Rule::On(Action::kOrgRead, Target::kOrg);
inline const Rule kWriteOrg = Rule::On(Action::kOrgWrite, Target::kOrg);
inline const Rule kReadOrgFigures = Rule::On(Action::kReportRead, Target::kOrg);
inline const Rule kReadOrgMembers = Rule::On(Action::kMemberRead, Target::kOrg);
inline const Rule kMemberReader = Rule::Needs(Action::kMemberRead);
inline const Rule kMemberWriter = Rule::Needs(Action::kMemberWrite);  // unit in the body
inline const Rule kReadMember = Rule::On(Action::kMemberRead, Target::kMember);
inline const Rule kWriteMember = Rule::On(Action::kMemberWrite, Target::kMember);
inline const Rule kLifecycle = Rule::On(Action::kLifecycleWrite, Target::kMember);
inline const Rule kLifecycleIn = Rule::Needs(Action::kLifecycleWrite);  // unit in the body
inline const Rule kReadCandidate = Rule::On(Action::kMemberRead, Target::kCandidate);
inline const Rule kWriteCandidate = Rule::On(Action::kMemberWrite, Target::kCandidate);
inline const Rule kReadTransfer = Rule::On(Action::kMemberRead, Target::kTransfer);
inline const Rule kStepTransfer = Rule::On(Action::kLifecycleWrite, Target::kTransfer);
inline const Rule kUsers = Rule::Needs(Action::kUserManage);
inline const Rule kUserById = Rule::On(Action::kUserManage, Target::kUser);
inline const Rule kAuditor = Rule::Needs(Action::kAuditRead);
inline const Rule kWriteShared = Rule::On(Action::kGlobalWrite, Target::kGlobal);

struct AppOptions {
  std::string web_root;
  // /metrics answers loopback clients, and others only with "Authorization: Bearer <token>"
  // when a token is set; to anyone else it does not exist (404).
  std::string metrics_token;
};

class App {
 public:
  App(service::Env env, AppOptions options);

  Response Handle(Request& req);
  // Whether `req` reads nothing from the database (the shallow /healthz): the server may
  // answer it on its I/O thread (ServerOptions::runs_inline).
  static bool RunsInline(const Request& req);

  using Fn = std::function<Response(Call&)>;
  void Add(Method method, const std::string& pattern, Rule rule, Fn fn);
  // The route table in registration order (GET /api/routes, `dangbo routes --json`): each
  // route's declared rule, the roles it admits and, for writes, its body schema (null when
  // none is declared).
  nlohmann::json RouteTable() const;

  const service::Env& env() const { return env_; }
  service::AuthService& auth() { return auth_; }
  Metrics& metrics() { return metrics_; }

 private:
  Response Dispatch(Request& req, std::string* route_name);
  bool MetricsAllowed(const Request& req) const;

  service::Env env_;
  service::AuthService auth_;
  StaticFiles static_files_;
  AppOptions options_;
  Metrics metrics_;
  Router router_;
  struct Endpoint {
    Method method;
    std::string pattern;
    Rule rule;
    Fn fn;
  };
  std::vector<Endpoint> endpoints_;
};

// A positive integer query parameter, or `fallback` when absent.
Result<int> IntQuery(const Request& req, const std::string& name, int fallback);

// A date query parameter (YYYY-MM-DD), or `fallback` when absent; the one date parser of
// every route's query string.
Result<Date> DateQuery(const Request& req, const std::string& name, const Date& fallback);

// The period of a figure: ?period=CODE (2022-08, 2022-Q3, 2022-M8, 2022) or ?from=&to=
// (by default 1 January of `at`'s year to `at`); the one period reader of every route.
Result<report::Period> PeriodQuery(const Request& req, const Date& at);

Response ProblemFor(const Error& e);

// Result -> Response: a JSON body on success, problem+json on failure.
template <typename T, typename F>
Response Respond(const Result<T>& r, F&& to_json, int status = 200) {
  if (!r.ok()) return ProblemFor(r.error());
  return Response::Json(status, to_json(r.value()));
}

// JSON text read from the database (a detail column): null when empty, discarded (a JSON
// "discarded" value) when it does not parse.
inline nlohmann::json StoredJson(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(text, nullptr, false);
}

// Each of `xs` as JSON by `item`, in order.
template <typename Range, typename ItemFn>
nlohmann::json JsonArray(const Range& xs, ItemFn&& item) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& x : xs) out.push_back(item(x));
  return out;
}

// For Respond: a service page (`items`, `total`) as {"items": [item(x)…], "total": n}.
template <typename ItemFn>
auto PageJson(ItemFn item) {
  return [item](const auto& page) {
    return nlohmann::json{{"items", JsonArray(page.items, item)}, {"total", page.total}};
  };
}

// For Respond: a list as {"items": [item(x)…]}.
template <typename ItemFn>
auto ItemsJson(ItemFn item) {
  return [item](const auto& xs) { return nlohmann::json{{"items", JsonArray(xs, item)}}; };
}

// Parses the JSON body and hands a reader to `read`, which fills the input; type errors
// in the body become one problem before the service is called.
template <typename T, typename F>
Result<T> ReadBody(const Request& req, F&& read) {
  auto body = ParseJsonBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object()) return Error::Invalid("Nội dung yêu cầu phải là một đối tượng JSON.");
  BodyReader r(*body);
  T in = read(r);
  if (Status s = r.status(); !s) return s.error();
  return in;
}

// The handler of a POST …/{id}/void route: reads {"reason"} and answers 204 when
// `void_fn(actor, id, reason)` (a service's void) succeeds, its problem otherwise.
template <typename F>
auto VoidByIdHandler(F void_fn) {
  return [void_fn](Call& c) -> Response {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto reason = ReadBody<std::string>(c.req, [](BodyReader& r) { return r.String("reason"); });
    if (!reason.ok()) return Problem(reason.error());
    if (Status s = void_fn(c.actor(), *id, *reason); !s) return Problem(s.error());
    return Response::NoContent();
  };
}

// The decision fields of a write body: effective_on, decision_no, decision_date.
service::Decision ReadDecision(BodyReader& r);

// ?format=xlsx (the default) | docx of the export endpoints.
Result<std::string> ExportFormatParam(const Request& req);

// Paging parameters shared by list endpoints (?page=&page_size=, default 1 and 50), checked
// as service::CheckPaging does: a page from 1, 1 to 500 rows (0, "every row", is for
// exports and the CLI, not offered over HTTP).
Status ReadPaging(const Request& req, int* page, int* page_size);

void RegisterAuthRoutes(App& app);
void RegisterAdminRoutes(App& app);
void RegisterOrgRoutes(App& app);
void RegisterMemberRoutes(App& app);
void RegisterAdmissionRoutes(App& app);
void RegisterLifecycleRoutes(App& app);
void RegisterReportRoutes(App& app);
void RegisterMeetingRoutes(App& app);
void RegisterRatingRoutes(App& app);
void RegisterBadgeRoutes(App& app);
void RegisterInspectionRoutes(App& app);
void RegisterDisciplineRoutes(App& app);
void RegisterDuesRoutes(App& app);
void RegisterTrainingRoutes(App& app);
void RegisterCadreRoutes(App& app);
void RegisterPropagandaRoutes(App& app);
void RegisterPrintingRoutes(App& app);
void RegisterSelfRoutes(App& app);
void RegisterRewardRoutes(App& app);
void RegisterCultureRoutes(App& app);
void RegisterTargetRoutes(App& app);
void RegisterDocumentRoutes(App& app);

// The filters of /api/members and its exports.
Result<service::MemberQuery> ReadMemberQuery(const Request& req);

}  // namespace dangbo::http
