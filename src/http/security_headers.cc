// Content-Security-Policy and friends, in one place for the app and the server.
#include "http/security_headers.h"

namespace dangbo::http {

void AddSecurityHeaders(const std::string& path, bool secure, Response& res) {
  res.SetHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  res.SetHeader("X-Content-Type-Options", "nosniff");
  res.SetHeader("X-Frame-Options", "DENY");
  res.SetHeader("Referrer-Policy", "same-origin");
  res.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (secure) res.SetHeader("Strict-Transport-Security", "max-age=31536000");
  // Answers that are not files of the web app are never cached: they may carry personal data.
  const bool api = path.empty() || path.rfind("/api/", 0) == 0;
  if (api && res.Header("Cache-Control").empty()) res.SetHeader("Cache-Control", "no-store");
}

}  // namespace dangbo::http
