// What every service needs from outside: the database and the clock.
#pragma once

#include "base/clock.h"
#include "store/database.h"

namespace dangbo::service {

struct Env {
  store::Database& db;
  const Clock& clock;
};

}  // namespace dangbo::service
