// Request pipeline: route -> session -> origin/CSRF checks -> handler -> headers, metrics.
#include "http/app.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "base/crypto.h"
#include "http/problem.h"
#include "service/audit.h"

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
    : env_(env), auth_(env), static_files_(options.web_root) {
  if (!static_files_.available()) {
    spdlog::warn("không thấy giao diện web ở '{}': chỉ phục vụ API", options.web_root);
  }
  Add(Method::kGet, "/healthz", Access::kPublic, [this](Call&) {
    store::Transaction tx = env_.db.BeginRead();
    tx.QueryOne("SELECT 1");
    // search_index: "ready", "loading" (searches use SQL meanwhile) or "off" (no index).
    const char* index = env_.index == nullptr ? "off" : env_.index->Ready() ? "ready" : "loading";
    return Response::Json(200, {{"status", "ok"},
                                {"database", store::EngineName(env_.db.engine())},
                                {"search_index", index}});
  });
  Add(Method::kGet, "/metrics", Access::kPublic, [this](Call&) {
    return Response::Text(200, metrics_.Render(env_.db.Stats()),
                          "text/plain; version=0.0.4; charset=utf-8");
  });
  RegisterAuthRoutes(*this);
  RegisterAdminRoutes(*this);
  RegisterOrgRoutes(*this);
  RegisterMemberRoutes(*this);
  RegisterAdmissionRoutes(*this);
  RegisterLifecycleRoutes(*this);
}

void App::Add(Method method, const std::string& pattern, Access access, Fn fn) {
  router_.Add(method, pattern);
  endpoints_.push_back({access, std::move(fn)});
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
  AddSecurityHeaders(req, res);
  metrics_.AddInflight(-1);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  metrics_.Observe(route, MethodName(req.method), res.status, secs);
  return res;
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

  if (ep.access == Access::kSession) {
    call.token = req.Cookie(kSessionCookie).value_or("");
    auto session = auth_.Authenticate(call.token, req.client_addr);
    if (!session.ok()) return Problem(session.error());
    call.session = std::move(session.value());
    if (!IsSafe(req.method) &&
        !ConstantTimeEquals(req.Header("x-csrf-token"), call.session->csrf_token)) {
      const Error e = Error::Make(ErrorKind::kForbidden, "csrf_invalid", "Yêu cầu không hợp lệ",
                                  "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại "
                                  "trang rồi thử lại.");
      service::RecordRefusal(env_.db, call.actor(),
                             {.action = "http.write",
                              .entity = "request",
                              .entity_id = req.path,
                              .org_id = call.actor().org_id},
                             e, env_.clock.Now());
      return Problem(e);
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

std::vector<RouteInfo> App::Routes() const {
  std::vector<RouteInfo> out;
  for (size_t i = 0; i < endpoints_.size(); ++i) {
    const int id = static_cast<int>(i);
    out.push_back({MethodName(router_.MethodOf(id)), router_.Pattern(id),
                   endpoints_[i].access == Access::kPublic ? "public" : "session",
                   IsSafe(router_.MethodOf(id))
                       ? nullptr
                       : RouteBody(router_.MethodOf(id), router_.Pattern(id))});
  }
  return out;
}

void App::AddSecurityHeaders(const Request& req, Response& res) const {
  res.SetHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  res.SetHeader("X-Content-Type-Options", "nosniff");
  res.SetHeader("X-Frame-Options", "DENY");
  res.SetHeader("Referrer-Policy", "same-origin");
  res.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (req.secure) res.SetHeader("Strict-Transport-Security", "max-age=31536000");
  if (req.path.rfind("/api/", 0) == 0 && res.Header("Cache-Control").empty()) {
    res.SetHeader("Cache-Control", "no-store");
  }
}

Status ReadPaging(const Request& req, int* page, int* page_size) {
  auto p = IntQuery(req, "page", 1);
  if (!p.ok()) return p.error();
  auto ps = IntQuery(req, "page_size", 50);
  if (!ps.ok()) return ps.error();
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

}  // namespace dangbo::http
