// Test-only: the fresh, migrated database (SQLite or PostgreSQL by DANGBO_TEST_DB) that each
// demo generator test starts from, with a manual clock at 2026-11-21T01:00:00Z.
#pragma once

#include <memory>
#include <string>

#include "service/core/db_test_fixture.h"
#include "service/core/env.h"

namespace dangbo::demo::testing {

// Not a gtest fixture: a test may hold several, each its own database.
struct TestDb {
  TestDb() {
    db = service::testing::FreshDatabase(engine);
    if (db) env = std::make_unique<service::Env>(service::Env{*db, clock});
  }

  int64_t Count(const std::string& sql, const store::Params& p = {}) {
    return service::testing::QueryCount(*db, sql, p);
  }

  store::testing::TestEngine engine;
  std::unique_ptr<store::Database> db;
  ManualClock clock{service::testing::At("2026-11-21T01:00:00Z")};
  std::unique_ptr<service::Env> env;
};

}  // namespace dangbo::demo::testing
