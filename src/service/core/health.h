// The server's own health for /healthz and probes: the database answers, and the state of
// the in-memory member index.
#pragma once

#include <string>

#include "service/core/env.h"

namespace dangbo::service {

struct Health {
  std::string database;      // store::EngineName: "sqlite" or "postgresql"
  std::string search_index;  // "ready", "loading" (searches use SQL meanwhile) or "off"
};

// Runs one trivial statement; a database that does not answer throws store::Error, which
// the HTTP layer turns into 503.
Health CheckHealth(const Env& env);

}  // namespace dangbo::service
