// Request pipeline: route -> session -> origin/CSRF checks -> handler -> headers, metrics.
#include "http/app.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "base/crypto.h"
#include "http/openapi.h"
#include "http/problem.h"
#include "http/security_headers.h"
#include "report/period.h"
#include "service/core/audit.h"
#include "service/core/health.h"
#include "service/core/page.h"

namespace dangbo::http {

namespace {

const char* MethodName(Method m) {
  switch (m) {
    case Method::kGet:
      return "GET";
    case Method::kHead:
      return "HEAD";
    case Method::kPost:
      return "POST";
    case Method::kPut:
      return "PUT";
    case Method::kPatch:
      return "PATCH";
    case Method::kDelete:
      return "DELETE";
    case Method::kOptions:
      return "OPTIONS";
    case Method::kOther:
      return "OTHER";
  }
  return "OTHER";
}

// A browser's Origin must name this host; non-browser clients send none.
bool OriginMatches(const Request& req) {
  const std::string origin = req.Header("origin");
  if (origin.empty()) return true;
  const std::string host = req.Header("host");
  return origin == "http://" + host || origin == "https://" + host;
}

bool IsJson(const Request& req) {
  const std::string ct = req.Header("content-type");
  return ct.rfind("application/json", 0) == 0;
}

}  // namespace

Response ProblemFor(const Error& e) { return Problem(e); }

Result<int64_t> Call::IdParam(const std::string& name) const {
  const auto it = params.find(name);
  int64_t id = 0;
  if (it != params.end() && !it->second.empty() && it->second.size() < 19 &&
      it->second.find_first_not_of("0123456789") == std::string::npos) {
    id = std::stoll(it->second);
  }
  if (id <= 0) {
    return Error::Invalid("Mã “" + (it == params.end() ? std::string() : it->second) +
                              "” không hợp lệ: phải là số nguyên dương.",
                          {{name, "Mã phải là số nguyên dương."}});
  }
  return id;
}

App::App(service::Env env, AppOptions options)
    : env_(env), auth_(env), static_files_(options.web_root), options_(options) {
  if (!static_files_.available()) {
    spdlog::warn("không thấy giao diện web ở '{}': chỉ phục vụ API", options.web_root);
  }
  // `?deep=1` also asks the database; without it nothing is read (see CheckHealth).
  Add(Method::kGet, "/healthz", Rule::Public(), [this](Call& call) {
    const service::Health h = service::CheckHealth(env_, call.req.Query("deep") == "1");
    return Response::Json(200, {{"status", "ok"},
                                {"database", h.database},
                                {"database_checked", h.database_checked},
                                {"search_index", h.search_index}});
  });
  Add(Method::kGet, "/metrics", Rule::Public(), [this](Call& call) {
    if (!MetricsAllowed(call.req)) {
      return Problem(404, "route_not_found", "Không tìm thấy",
                     "Không có chức năng nào ở đường dẫn " + call.req.path + ".");
    }
    return Response::Text(200, metrics_.Render(env_.db.Stats()),
                          "text/plain; version=0.0.4; charset=utf-8");
  });
  RegisterAuthRoutes(*this);
  RegisterAdminRoutes(*this);
  RegisterOrgRoutes(*this);
  RegisterMemberRoutes(*this);
  RegisterAdmissionRoutes(*this);
  RegisterLifecycleRoutes(*this);
  RegisterReportRoutes(*this);
  RegisterMeetingRoutes(*this);
  RegisterRatingRoutes(*this);
  RegisterDuesRoutes(*this);
  RegisterPrintingRoutes(*this);
  RegisterSelfRoutes(*this);
  RegisterBadgeRoutes(*this);
  RegisterInspectionRoutes(*this);
  RegisterDisciplineRoutes(*this);
  RegisterTrainingRoutes(*this);
  RegisterCadreRoutes(*this);
  RegisterPropagandaRoutes(*this);
  RegisterRewardRoutes(*this);
  RegisterCultureRoutes(*this);
  RegisterTargetRoutes(*this);
  RegisterDocumentRoutes(*this);
  // The route table with the declared rules: what the authorization-matrix test walks.
  Add(Method::kGet, "/api/routes", kAuditor, [this](Call&) {
    return Response::Json(200, {{"items", RouteTable()}});
  });
  // The same table as an OpenAPI 3 description, for integrators and the web's types.
  Add(Method::kGet, "/api/openapi.json", kSignedIn,
      [this](Call&) { return Response::Json(200, OpenApiDocument(RouteTable())); });
}

void App::Add(Method method, const std::string& pattern, Rule rule, Fn fn) {
  router_.Add(method, pattern);
  endpoints_.push_back({method, pattern, std::move(rule), std::move(fn)});
}

nlohmann::json App::RouteTable() const {
  nlohmann::json items = nlohmann::json::array();
  for (const Endpoint& ep : endpoints_) {
    const Rule& r = ep.rule;
    nlohmann::json roles = nlohmann::json::array();
    for (service::Role role : vocab::All<service::Role>()) {
      service::Actor one;
      one.roles = {role};
      if (r.access == Access::kSession && (!r.action || service::RoleAllows(one, *r.action))) {
        roles.push_back(vocab::Code(role));
      }
    }
    const bool has_param =
        r.target != service::Target::kNone && r.target != service::Target::kGlobal;
    items.push_back(
        {{"method", MethodName(ep.method)},
         {"pattern", ep.pattern},
         {"access", r.access == Access::kPublic ? "public" : "session"},
         {"action", r.action ? nlohmann::json(vocab::Code(*r.action)) : nlohmann::json(nullptr)},
         {"target", service::TargetCode(r.target)},
         {"param", has_param ? nlohmann::json(r.param) : nlohmann::json(nullptr)},
         {"root_only", r.action == service::Action::kGlobalWrite},
         {"roles", roles}});
    if (!IsSafe(ep.method)) {
      const BodySchema* body = RouteBody(ep.method, ep.pattern);
      items.back()["body"] = body != nullptr ? SchemaJson(*body) : nlohmann::json(nullptr);
    }
  }
  return items;
}

Response App::Handle(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  metrics_.AddInflight(1);
  std::string route = "static";
  Response res;
  try {
    res = Dispatch(req, &route);
  } catch (const store::Error& e) {
    if (e.kind() == store::Error::Kind::kBusy || e.kind() == store::Error::Kind::kConnection) {
      spdlog::warn("database unavailable on {}: {}", req.path, e.what());
      res = Problem(503, "database_busy", "Cơ sở dữ liệu đang bận",
                    "Cơ sở dữ liệu đang bận hoặc không kết nối được. Hãy thử lại sau giây lát.");
    } else {
      spdlog::error("database fault on {}: {}", req.path, e.what());
      res = Problem(500, "internal", "Lỗi hệ thống",
                    "Máy chủ gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại.");
    }
  } catch (const std::exception& e) {
    spdlog::error("fault on {}: {}", req.path, e.what());
    res = Problem(500, "internal", "Lỗi hệ thống",
                  "Máy chủ gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại.");
  }
  AddSecurityHeaders(req.path, req.secure, res);
  metrics_.AddInflight(-1);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  metrics_.Observe(route, MethodName(req.method), res.status, secs);
  return res;
}

bool App::RunsInline(const Request& req) {
  return req.method == Method::kGet && req.path == "/healthz" && req.Query("deep") != "1";
}

bool App::MetricsAllowed(const Request& req) const {
  const std::string& a = req.client_addr;
  if (a == "::1" || a.rfind("127.", 0) == 0 || a.rfind("::ffff:127.", 0) == 0) return true;
  return !options_.metrics_token.empty() &&
         ConstantTimeEquals(req.Header("authorization"), "Bearer " + options_.metrics_token);
}

Response App::Dispatch(Request& req, std::string* route_name) {
  const Router::Match m = router_.Find(req.method, req.path);
  const bool api = req.path.rfind("/api/", 0) == 0 || req.path == "/api";
  if (m.id < 0) {
    if (m.path_known) {
      *route_name = "method_not_allowed";
      return Problem(
          405, "method_not_allowed", "Phương thức không được hỗ trợ",
          "Đường dẫn này không nhận phương thức " + std::string(MethodName(req.method)) + ".");
    }
    if (!api && (req.method == Method::kGet || req.method == Method::kHead)) {
      return static_files_.Serve(req);
    }
    *route_name = "not_found";
    return Problem(404, "route_not_found", "Không tìm thấy",
                   "Không có chức năng nào ở đường dẫn " + req.path + ".");
  }
  *route_name = router_.Pattern(m.id);
  const Endpoint& ep = endpoints_[m.id];
  const Rule& rule = ep.rule;
  Call call{req, m.params, std::nullopt, ""};

  if (!IsSafe(req.method)) {
    if (!OriginMatches(req)) {
      return Problem(403, "origin_mismatch", "Nguồn yêu cầu không hợp lệ",
                     "Yêu cầu đến từ một trang khác với trang của hệ thống nên bị từ chối.");
    }
    // JSON only: a cross-site form cannot send it without a CORS preflight we never grant.
    if (!req.body.empty() && !IsJson(req)) {
      return Problem(415, "unsupported_media_type", "Kiểu dữ liệu không được hỗ trợ",
                     "Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).");
    }
  }

  if (rule.access == Access::kSession) {
    call.token = req.Cookie(kSessionCookie).value_or("");
    auto session = auth_.Authenticate(call.token, req.client_addr);
    if (!session.ok()) return Problem(session.error());
    call.session = std::move(session.value());
    // What a write refused here is audited as.
    const service::AuditEntry attempt{.action = "http.write",
                                      .entity = "request",
                                      .entity_id = req.path,
                                      .org_id = call.actor().org_id};
    if (!IsSafe(req.method) &&
        !ConstantTimeEquals(req.Header("x-csrf-token"), call.session->csrf_token)) {
      const Error e = Error::Make(ErrorKind::kForbidden, "csrf_invalid", "Yêu cầu không hợp lệ",
                                  "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại "
                                  "trang rồi thử lại.");
      service::RecordRefusal(env_.db, call.actor(), attempt, e, env_.clock.Now());
      return Problem(e);
    }
    // The declared rule, before the handler reads anything. A malformed id is the handler's
    // to refuse, after the role check.
    int64_t id = 0;
    if (auto p = call.IdParam(rule.param); p.ok()) id = *p;
    const bool named =
        rule.target != service::Target::kNone && rule.target != service::Target::kGlobal;
    if (Status s =
            service::CheckRouteAccess(env_, call.actor(), rule.action,
                                      named && id <= 0 ? service::Target::kNone : rule.target, id,
                                      IsSafe(req.method) ? nullptr : &attempt);
        !s) {
      return Problem(s.error());
    }
  }
  if (!IsSafe(req.method)) {
    // Every write body is checked against its route's schema before any work is done.
    const BodySchema* schema = RouteBody(req.method, *route_name);
    if (schema == nullptr) {
      spdlog::error("write route {} has no body schema", *route_name);
      return Problem(500, "internal", "Lỗi hệ thống", "Chức năng này chưa khai báo dữ liệu nhận.");
    }
    if (auto body = ReadBody(req, *schema); !body.ok()) return Problem(body.error());
  }
  return ep.fn(call);
}

service::Decision ReadDecision(BodyReader& r) {
  return {r.String("effective_on"), r.String("decision_no"), r.String("decision_date")};
}

Result<std::string> ExportFormatParam(const Request& req) {
  const std::string format = req.Query("format", "xlsx");
  if (format == "xlsx" || format == "docx") return format;
  return Error::Invalid(
      "Định dạng tệp không hợp lệ: chọn xlsx (bảng Excel) hoặc docx (văn bản Word).",
      {{"format", "Định dạng phải là xlsx hoặc docx."}});
}

Status ReadPaging(const Request& req, int* page, int* page_size) {
  auto p = IntQuery(req, "page", 1);
  if (!p.ok()) return p.error();
  auto ps = IntQuery(req, "page_size", 50);
  if (!ps.ok()) return ps.error();
  Validator v;
  service::CheckPaging(v, *p, *ps);
  if (Status s = v.ToStatus(); !s) return s;
  *page = *p;
  *page_size = *ps;
  return Status::Ok();
}

Result<int> IntQuery(const Request& req, const std::string& name, int fallback) {
  const std::string s = req.Query(name);
  if (s.empty()) return fallback;
  if (s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) {
    return Error::Invalid("Tham số “" + name + "” phải là số nguyên dương.",
                          {{name, "Phải là số nguyên dương."}});
  }
  return std::stoi(s);
}

Result<Date> DateQuery(const Request& req, const std::string& name, const Date& fallback) {
  return report::ParseDateParam(name, req.Query(name), fallback);
}

Result<report::Period> PeriodQuery(const Request& req, const Date& at) {
  return report::PeriodFromParams(req.Query("period"), req.Query("from"), req.Query("to"), at);
}

}  // namespace dangbo::http
