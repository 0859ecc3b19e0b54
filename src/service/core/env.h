// What every service needs from outside: the database, the clock and, in the server, the
// in-memory member index (searches fall back to SQL without it or while it loads).
#pragma once

#include "base/clock.h"
#include "base/date.h"
#include "memindex/member_index.h"
#include "store/database.h"

namespace dangbo::service {

struct Env {
  store::Database& db;
  const Clock& clock;
  memindex::MemberIndex* index = nullptr;
};

// The civil date in Vietnam now, by the injected clock: the one "today" of every service,
// handler and command.
inline Date Today(const Env& env) { return Date::InVietnam(env.clock.Now()); }

}  // namespace dangbo::service
