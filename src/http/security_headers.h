// The security headers every answer carries, API or page, including the early 400/413/503
// answers the server writes before a request reaches the app.
#pragma once

#include <string>

#include "http/message.h"

namespace dangbo::http {

// `path` is the decoded request path ("" when unknown); `secure` is true behind TLS.
void AddSecurityHeaders(const std::string& path, bool secure, Response& res);

}  // namespace dangbo::http
