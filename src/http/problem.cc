// Error-to-HTTP mapping.
#include "http/problem.h"

namespace dangbo::http {

namespace {

Response Build(int status, const Error& error) {
  nlohmann::json body = {{"type", "about:blank"},
                         {"title", error.title},
                         {"status", status},
                         {"detail", error.detail},
                         {"code", error.code}};
  if (!error.fields.empty()) {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& f : error.fields)
      errors.push_back({{"field", f.field}, {"message", f.message}});
    body["errors"] = std::move(errors);
  }
  Response r = Response::Json(status, body);
  r.SetHeader("Content-Type", "application/problem+json; charset=utf-8");
  return r;
}

}  // namespace

int StatusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid:
      return 400;
    case ErrorKind::kUnauthenticated:
      return 401;
    case ErrorKind::kForbidden:
      return 403;
    case ErrorKind::kNotFound:
      return 404;
    case ErrorKind::kConflict:
      return 409;
    case ErrorKind::kRuleViolated:
      return 422;
    case ErrorKind::kTooManyRequests:
      return 429;
    case ErrorKind::kUnavailable:
      return 503;
    case ErrorKind::kInternal:
      return 500;
  }
  return 500;
}

Response Problem(const Error& error) { return Build(StatusFor(error.kind), error); }

Response Problem(int status, const std::string& code, const std::string& title,
                 const std::string& detail) {
  return Build(status, Error::Make(ErrorKind::kInternal, code, title, detail));
}

}  // namespace dangbo::http
