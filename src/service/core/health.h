// The server's own health for /healthz and probes: the process answers (and, when asked,
// the database too), and the state of the in-memory member index.
#pragma once

#include <string>

#include "service/core/env.h"

namespace dangbo::service {

struct Health {
  std::string database;      // store::EngineName: "sqlite" or "postgresql"
  std::string search_index;  // "ready", "loading" (searches use SQL meanwhile) or "off"
  bool database_checked = false;
};

// Reads nothing unless `deep`: then runs one trivial statement, and a database that does not
// answer throws store::Error, which the HTTP layer turns into 503. A load balancer polling
// many times a second asks the shallow one; a readiness probe may ask the deep one.
Health CheckHealth(const Env& env, bool deep);

}  // namespace dangbo::service
