// What every service needs from outside: the database, the clock and, in the server, the
// in-memory member index (searches fall back to SQL without it or while it loads).
#pragma once

#include "base/clock.h"
#include "memindex/member_index.h"
#include "store/database.h"

namespace dangbo::service {

struct Env {
  store::Database& db;
  const Clock& clock;
  memindex::MemberIndex* index = nullptr;
};

}  // namespace dangbo::service
