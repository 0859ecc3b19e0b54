// Test-only (header-only, so it stays out of dangbo_store): a fresh, empty database per
// test on the engine named by DANGBO_TEST_DB: "sqlite" (default, a temp file) or
// "postgres" (a new database on the server at DANGBO_TEST_PG_URL). A missing or
// unreachable server fails the test; it is never skipped.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "store/database.h"
#include "store/migrate.h"

namespace dangbo::store::testing {

// Owns one scratch database; removes it (file or PostgreSQL database) on destruction.
class TestEngine {
 public:
  TestEngine() = default;
  TestEngine(const TestEngine&) = delete;
  TestEngine& operator=(const TestEngine&) = delete;
  ~TestEngine() { Destroy(); }

  // Creates the scratch database. Returns "" on success, otherwise why it failed.
  std::string Create() {
    const char* env = std::getenv("DANGBO_TEST_DB");
    const std::string name = env != nullptr && *env != '\0' ? env : "sqlite";
    if (name == "sqlite") return CreateSqlite();
    if (name == "postgres" || name == "postgresql") return CreatePostgres();
    return "DANGBO_TEST_DB must be \"sqlite\" or \"postgres\", not \"" + name + "\"";
  }

  const std::string& url() const { return url_; }
  Engine engine() const { return engine_; }

 private:
  std::string CreateSqlite() {
    engine_ = Engine::kSqlite;
    std::string pattern = (std::filesystem::temp_directory_path() / "dangbo_t_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return "mkdtemp failed for " + pattern;
    dir_ = pattern;
    url_ = dir_ + "/test.db";
    return "";
  }

  std::string CreatePostgres() {
    engine_ = Engine::kPostgres;
    const char* admin = std::getenv("DANGBO_TEST_PG_URL");
    if (admin == nullptr || *admin == '\0') {
      return "DANGBO_TEST_DB=postgres needs DANGBO_TEST_PG_URL "
             "(start a server with scripts/pg-test-server.sh start DIR)";
    }
    admin_url_ = admin;
    static std::atomic<int> counter{0};  // unique names within this process
    const std::string db =
        "dangbo_t_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    std::string err = AdminExec("DROP DATABASE IF EXISTS " + db);
    if (err.empty()) err = AdminExec("CREATE DATABASE " + db);
    if (!err.empty()) return err;
    pg_database_ = db;
    url_ = WithDatabase(admin_url_, db);
    return "";
  }

  void Destroy() {
    if (!pg_database_.empty()) {
      const std::string err =
          AdminExec("DROP DATABASE IF EXISTS " + pg_database_ + " WITH (FORCE)");
      if (!err.empty()) ADD_FAILURE() << "cannot drop test database: " << err;
      pg_database_.clear();
    }
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
      dir_.clear();
    }
  }

  // Runs one statement on the admin URL outside any transaction; returns "" or an error.
  std::string AdminExec(const std::string& sql) const {
    PGconn* conn = PQconnectdb(admin_url_.c_str());
    std::string err;
    if (PQstatus(conn) != CONNECTION_OK) {
      err = "cannot connect to DANGBO_TEST_PG_URL: " + std::string(PQerrorMessage(conn));
    } else {
      PGresult* r = PQexec(conn, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) err = sql + ": " + PQresultErrorMessage(r);
      PQclear(r);
    }
    PQfinish(conn);
    return err;
  }

  // postgresql://user@host:port/olddb?x=y -> postgresql://user@host:port/db?x=y
  static std::string WithDatabase(const std::string& url, const std::string& db) {
    const size_t start = url.find("://") + 3;
    const size_t query = url.find('?', start);
    const size_t slash = url.find('/', start);
    const size_t path_end = query == std::string::npos ? url.size() : query;
    const size_t path_start = slash != std::string::npos && slash < path_end ? slash : path_end;
    return url.substr(0, path_start) + "/" + db + url.substr(path_end);
  }

  Engine engine_ = Engine::kSqlite;
  std::string url_;
  std::string dir_;          // SQLite: the temp directory holding the file
  std::string admin_url_;    // PostgreSQL: where databases are created and dropped
  std::string pg_database_;  // PostgreSQL: the database to drop
};

// Fixture: db() is a pool on a fresh database; Open() makes further pools on it.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string err = engine_.Create();
    if (!err.empty()) GTEST_FAIL() << err;
    try {
      db_ = Open();
    } catch (const std::exception& e) {
      GTEST_FAIL() << "cannot open the test database: " << e.what();
    }
  }
  void TearDown() override { db_.reset(); }

  std::unique_ptr<Database> Open(const OpenOptions& options = {}) {
    return Database::Open(engine_.url(), options);
  }
  Database& db() { return *db_; }
  bool IsPostgres() const { return engine_.engine() == Engine::kPostgres; }

  // Runs DDL (with migration tokens such as @PK@) in its own write transaction.
  void Script(const std::string& sql) {
    Transaction tx = db_->BeginWrite();
    tx.ExecuteScript(RenderMigrationSql(sql, db_->engine()));
    tx.Commit();
  }

  TestEngine engine_;  // declared first: outlives db_
  std::unique_ptr<Database> db_;
};

}  // namespace dangbo::store::testing
