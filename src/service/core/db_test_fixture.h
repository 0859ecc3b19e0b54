// Test-only: a fresh, migrated database (SQLite or PostgreSQL by DANGBO_TEST_DB) and DbTest, the
// base fixture of the service tests on one, with a manual clock and the CLI operator.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "service/core/env.h"
#include "service/orgs/orgs.h"
#include "store/migrate.h"
#include "store/test_engine.h"

namespace dangbo::service::testing {

inline TimePoint At(const char* ts) {
  TimePoint t;
  EXPECT_TRUE(ParseTimestamp(ts, &t)) << ts;
  return t;
}

// A new database from `engine`, migrated; null (and a test failure) when it cannot be created.
inline std::unique_ptr<store::Database> FreshDatabase(store::testing::TestEngine& engine) {
  const std::string err = engine.Create();
  EXPECT_EQ(err, "") << err;
  if (!err.empty()) return nullptr;
  auto db = store::Database::Open(engine.url());
  store::Migrate(*db);
  return db;
}

// The first column of the first row of `sql`, read as an integer.
inline int64_t QueryCount(store::Database& db, const std::string& sql,
                          const store::Params& params = {}) {
  store::Transaction tx = db.BeginRead();
  return tx.QueryOne(sql, params)->Int(0);
}

class DbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = FreshDatabase(engine_);
    ASSERT_TRUE(db_);
    env_ = std::make_unique<Env>(Env{*db_, clock_});
    Populate();
  }

  // What a fixture adds to the fresh database; SetUp calls it once the database is open.
  virtual void Populate() {}

  // An organization established on 2000-01-01, created by the operator.
  Org MakeOrg(std::optional<int64_t> parent, const char* kind, const char* name) {
    auto org = CreateOrg(*env_, op_, {parent, kind, name, Decision{"2000-01-01", "", ""}});
    EXPECT_TRUE(org.ok()) << (org.ok() ? "" : org.error().detail);
    return org.ok() ? *org : Org{};
  }

  int64_t Count(const std::string& sql, const store::Params& params = {}) {
    return QueryCount(*db_, sql, params);
  }

  store::testing::TestEngine engine_;
  std::unique_ptr<store::Database> db_;
  ManualClock clock_{At("2026-11-21T01:00:00Z")};
  std::unique_ptr<Env> env_;
  const Actor op_ = Actor::CliOperator();
};

}  // namespace dangbo::service::testing
