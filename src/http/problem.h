// The one place where expected failures become HTTP: Error -> status code and an
// application/problem+json body (RFC 9457) with a stable `code` and Vietnamese text.
#pragma once

#include "base/result.h"
#include "http/message.h"

namespace dangbo::http {

int StatusFor(ErrorKind kind);
Response Problem(const Error& error);
// Shorthand for failures the HTTP layer detects itself (bad JSON, unknown route, ...).
Response Problem(int status, const std::string& code, const std::string& title,
                 const std::string& detail);

}  // namespace dangbo::http
