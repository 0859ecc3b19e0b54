// /api/auth/*: login, logout, the current session, own password change.
#include "http/app.h"
#include "http/problem.h"
#include "service/accounts/users.h"

namespace dangbo::http {

namespace {

std::string SessionCookie(const Request& req, const std::string& value, bool clear) {
  std::string c = std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (req.secure) c += "; Secure";
  if (clear) c += "; Max-Age=0";
  return c;
}

// The session with the dotted codes of the actions the actor's roles allow (the web shows
// a button only for those; the scope is still checked on every call).
nlohmann::json SessionJson(const service::Session& s) {
  nlohmann::json actions = nlohmann::json::array();
  for (service::Action a : service::AllowedActions(s.actor)) actions.push_back(vocab::Code(a));
  return {{"user", service::UserJson(s.user)},
          {"actions", actions},
          {"csrf_token", s.csrf_token},
          {"expires_at", s.expires_at}};
}

}  // namespace

void RegisterAuthRoutes(App& app) {
  app.Add(Method::kPost, "/api/auth/login", kPublicRoute, [&app](Call& c) {
    // Even an empty login must declare JSON: a cross-site form cannot log a browser in.
    if (c.req.Header("content-type").rfind("application/json", 0) != 0) {
      return Problem(415, "unsupported_media_type", "Kiểu dữ liệu không được hỗ trợ",
                     "Dữ liệu đăng nhập phải ở dạng JSON (Content-Type: application/json).");
    }
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const std::string username = r.String("username");
    const std::string password = r.String("password");
    if (Status s = r.status(); !s) return Problem(s.error());
    auto result = app.auth().Login(username, password, c.req.client_addr);
    if (!result.ok()) return Problem(result.error());
    Response res = Response::Json(200, SessionJson(result->session));
    res.SetHeader("Set-Cookie", SessionCookie(c.req, result->token, false));
    return res;
  });

  app.Add(Method::kGet, "/api/auth/me", kSignedIn,
          [](Call& c) { return Response::Json(200, SessionJson(*c.session)); });

  app.Add(Method::kPost, "/api/auth/logout", kSignedIn, [&app](Call& c) {
    if (Status s = app.auth().Logout(*c.session, c.token); !s) return Problem(s.error());
    Response res = Response::NoContent();
    res.SetHeader("Set-Cookie", SessionCookie(c.req, "", true));
    return res;
  });

  app.Add(Method::kPost, "/api/auth/password", kSignedIn, [&app](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const std::string current = r.String("current_password");
    const std::string next = r.String("new_password");
    if (Status s = r.status(); !s) return Problem(s.error());
    if (Status s = app.auth().ChangePassword(*c.session, c.token, current, next); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });
}

}  // namespace dangbo::http
