// SQLite driver: connections with cached prepared statements, the pool policy (one
// writer at a time, BEGIN IMMEDIATE), error-code mapping and the online backup.
#include "store/sqlite/sqlite_database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <utility>

#include "store/backup.h"

namespace dangbo::store {

namespace {

using internal::SqlSnippet;

// Statements kept per connection; past this the cache is emptied (dynamic SQL guard).
constexpr size_t kMaxCachedStatements = 256;

Error::Kind KindOf(int code) {
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error::Kind::kUnique;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Error::Kind::kForeignKey;
    case SQLITE_CONSTRAINT_CHECK:
      return Error::Kind::kCheck;
    case SQLITE_CONSTRAINT_NOTNULL:
      return Error::Kind::kNotNull;
    default:
      break;
  }
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error::Kind::kBusy;
    default:
      return Error::Kind::kOther;
  }
}

[[noreturn]] void Throw(sqlite3* db, int code, std::string_view sql) {
  std::string msg = "sqlite: ";
  msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  msg += " (code " + std::to_string(code) + ")";
  if (!sql.empty()) msg += " in: " + SqlSnippet(sql);
  throw Error(KindOf(code), msg);
}

// The database holds personal data: its file (and so its WAL and shared-memory files, which
// SQLite creates with the database's mode) and its backups are readable by the owner only.
void RestrictToOwner(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0) {
    ::chmod(path.c_str(), st.st_mode & 0600);
  }
}

// One sqlite3 handle. Owned by the pool and used by one thread at a time.
class SqliteConnection final : public Connection {
 public:
  // Opens `path` and applies the per-connection pragmas; throws Error(kConnection).
  SqliteConnection(const std::string& path, const OpenOptions& options) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      const std::string why = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close_v2(db_);
      db_ = nullptr;
      throw Error(Error::Kind::kConnection, "cannot open SQLite database " + path + ": " + why);
    }
    RestrictToOwner(path);
    for (const char* suffix : {"-wal", "-shm"}) RestrictToOwner(path + suffix);
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, options.busy_timeout_ms);
    try {
      ExecuteScript("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL");
    } catch (const Error& e) {
      Close();
      throw Error(Error::Kind::kConnection,
                  "cannot set up SQLite database " + path + ": " + e.what());
    }
  }
  ~SqliteConnection() override { Close(); }

  Engine engine() const override { return Engine::kSqlite; }
  sqlite3* handle() const { return db_; }
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

  // Makes the connection refuse writes (read transactions) or allow them again.
  void SetQueryOnly(bool on) {
    if (query_only_ == std::optional<bool>(on)) return;
    ExecuteScript(on ? "PRAGMA query_only=1" : "PRAGMA query_only=0");
    query_only_ = on;
  }

  void ExecuteScript(std::string_view sql) override {
    CheckNotStreaming();
    // Transaction control runs several times per request: a cached statement, not a
    // script compiled again by sqlite3_exec each time.
    if (sql == "BEGIN" || sql == "BEGIN IMMEDIATE" || sql == "COMMIT" || sql == "ROLLBACK") {
      Exec(sql, {});
      return;
    }
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return;
    std::string msg = "sqlite: ";
    msg += err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    msg += " (code " + std::to_string(sqlite3_extended_errcode(db_)) + ") in: " + SqlSnippet(sql);
    throw Error(KindOf(sqlite3_extended_errcode(db_)), msg);
  }

  int64_t Exec(std::string_view sql, const Params& params) override {
    CheckNotStreaming();
    Cursor cur(*this, sql, params);
    // sqlite3_changes64 keeps the count of the last INSERT/UPDATE/DELETE, so it is only
    // meaningful when this statement changed something (DDL and SELECT report 0).
    const int64_t before = sqlite3_total_changes64(db_);
    while (cur.Step()) {
    }
    return sqlite3_total_changes64(db_) == before ? 0 : sqlite3_changes64(db_);
  }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    CheckNotStreaming();
    Cursor cur(*this, sql, params);
    std::vector<Row> rows;
    while (cur.Step()) rows.push_back(cur.Read());
    return rows;
  }

  void Each(std::string_view sql, const Params& params, const RowCallback& fn) override {
    CheckNotStreaming();
    Cursor cur(*this, sql, params);
    streaming_ = true;
    struct Done {
      bool& flag;
      ~Done() { flag = false; }
    } done{streaming_};
    while (cur.Step()) fn(cur.Read());
  }

 private:
  // A cached statement being executed; resets it and clears its bindings when done, so
  // that no statement keeps a read transaction open.
  class Cursor {
   public:
    Cursor(SqliteConnection& conn, std::string_view sql, const Params& params)
        : conn_(conn), sql_(sql), stmt_(conn.Prepare(sql)) {
      const int expected = sqlite3_bind_parameter_count(stmt_);
      if (expected != static_cast<int>(params.size())) {
        throw Error(Error::Kind::kOther, "statement takes " + std::to_string(expected) +
                                             " parameters, got " + std::to_string(params.size()) +
                                             ": " + SqlSnippet(sql));
      }
      for (size_t i = 0; i < params.size(); ++i) Bind(static_cast<int>(i) + 1, params[i]);
    }
    ~Cursor() {
      sqlite3_reset(stmt_);
      sqlite3_clear_bindings(stmt_);
    }
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;

    // Advances; true when a row is available, false when done. Throws on error.
    bool Step() {
      const int rc = sqlite3_step(stmt_);
      if (rc == SQLITE_ROW) return true;
      if (rc == SQLITE_DONE) return false;
      Throw(conn_.db_, rc, sql_);
    }

    Row Read() const {
      const int n = sqlite3_column_count(stmt_);
      std::vector<Value> cells;
      cells.reserve(static_cast<size_t>(n));
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(stmt_, i)) {
          case SQLITE_INTEGER:
            cells.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt_, i)));
            break;
          case SQLITE_FLOAT:
            cells.emplace_back(sqlite3_column_double(stmt_, i));
            break;
          case SQLITE_TEXT: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
            cells.emplace_back(std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, i))));
            break;
          }
          case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, i));
            const auto len = static_cast<size_t>(sqlite3_column_bytes(stmt_, i));
            cells.emplace_back(p != nullptr ? std::string(p, len) : std::string());
            break;
          }
          default:
            cells.emplace_back(nullptr);
            break;
        }
      }
      return Row(std::move(cells));
    }

   private:
    void Bind(int index, const Value& v) {
      int rc = SQLITE_OK;
      if (const auto* n = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt_, index, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt_, index, *d);
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        // SQLITE_STATIC: the parameter outlives the cursor, which clears the bindings.
        rc = sqlite3_bind_text64(stmt_, index, s->data(), s->size(), SQLITE_STATIC, SQLITE_UTF8);
      } else {
        rc = sqlite3_bind_null(stmt_, index);
      }
      if (rc != SQLITE_OK) Throw(conn_.db_, rc, sql_);
    }

    SqliteConnection& conn_;
    std::string_view sql_;
    sqlite3_stmt* stmt_;
  };

  // Returns the cached statement for `sql`, preparing it on first use.
  sqlite3_stmt* Prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (sql.size() > static_cast<size_t>(INT_MAX)) {
      throw Error(Error::Kind::kOther, "statement too long: " + SqlSnippet(sql));
    }
    if (cache_.size() >= kMaxCachedStatements) ClearCache();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) Throw(db_, rc, sql);
    if (stmt == nullptr) throw Error(Error::Kind::kOther, "empty statement");
    // Anything but whitespace and comments after the first statement is a caller error.
    const char* end = sql.data() + sql.size();
    sqlite3_stmt* extra = nullptr;
    rc = sqlite3_prepare_v2(db_, tail, static_cast<int>(end - tail), &extra, nullptr);
    const bool more = rc != SQLITE_OK || extra != nullptr;
    sqlite3_finalize(extra);
    if (more) {
      sqlite3_finalize(stmt);
      throw Error(Error::Kind::kOther,
                  "one statement expected (use ExecuteScript for scripts): " + SqlSnippet(sql));
    }
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  void ClearCache() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    cache_.clear();
  }

  void Close() {
    ClearCache();
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = nullptr;
  }

  void CheckNotStreaming() const {
    if (streaming_) {
      throw Error(Error::Kind::kOther,
                  "a statement was issued on a connection while Each() is streaming from it");
    }
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  bool streaming_ = false;
  std::optional<bool> query_only_;  // unknown until first set
};

// Ends a read transaction on scope exit, swallowing errors (the pool checks state).
struct ReadGuard {
  SqliteConnection& conn;
  ~ReadGuard() {
    try {
      conn.ExecuteScript("ROLLBACK");
    } catch (...) {
    }
  }
};

}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, const OpenOptions& options)
    : path_(path), options_(options) {
  auto open = [path, options]() -> std::unique_ptr<Connection> {
    return std::make_unique<SqliteConnection>(path, options);
  };
  // A connection goes back to the pool only outside any transaction.
  auto recycle = [](Connection& c) {
    auto& conn = static_cast<SqliteConnection&>(c);
    if (conn.InTransaction()) conn.ExecuteScript("ROLLBACK");
    return !conn.InTransaction();
  };
  pool_ = std::make_unique<internal::ConnectionPool>(open, recycle, options.pool_size,
                                                     options.busy_timeout_ms, true);
  pool_->Warm();
}

SqliteDatabase::~SqliteDatabase() = default;

std::unique_ptr<Transaction::Lease> SqliteDatabase::Acquire(bool write, Connection** conn) {
  return pool_->Acquire(write, conn);
}

void SqliteDatabase::Begin(Connection& conn, bool write) {
  auto& c = static_cast<SqliteConnection&>(conn);
  c.SetQueryOnly(!write);
  c.ExecuteScript(write ? "BEGIN IMMEDIATE" : "BEGIN");
}

void SqliteDatabase::Backup(const std::string& dest_path) {
  Connection* leased = nullptr;
  std::unique_ptr<Transaction::Lease> lease = pool_->Acquire(false, &leased);
  auto& src = static_cast<SqliteConnection&>(*leased);
  src.SetQueryOnly(true);
  src.ExecuteScript("BEGIN");
  ReadGuard end_read{src};
  // Fix the read snapshot now: every backup step then copies pages of the same version,
  // and writes by other connections (WAL) neither block nor restart the copy.
  src.Query("SELECT count(*) FROM sqlite_master", {});

  const std::string tmp = dest_path + ".tmp-" + std::to_string(::getpid());
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  auto fail = [&](const std::string& why) {
    std::filesystem::remove(tmp, ec);
    std::filesystem::remove(tmp + "-journal", ec);
    throw Error(Error::Kind::kOther, "backup to " + dest_path + " failed: " + why);
  };

  // Created empty and owner-only first, so the copy is never readable by others.
  if (const int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600); fd >= 0) {
    ::close(fd);
  } else {
    fail(std::string("cannot create: ") + std::strerror(errno));
  }
  sqlite3* dst = nullptr;
  int rc = sqlite3_open_v2(tmp.c_str(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = dst != nullptr ? sqlite3_errmsg(dst) : sqlite3_errstr(rc);
    sqlite3_close_v2(dst);
    fail(why);
  }
  sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src.handle(), "main");
  if (backup == nullptr) {
    const std::string why = sqlite3_errmsg(dst);
    sqlite3_close_v2(dst);
    fail(why);
  }
  // Steps of a few pages; a busy destination or source is retried up to the busy timeout.
  constexpr int kPagesPerStep = 256;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.busy_timeout_ms);
  for (;;) {
    rc = sqlite3_backup_step(backup, kPagesPerStep);
    if (rc == SQLITE_OK) continue;
    if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) break;
    if (std::chrono::steady_clock::now() > deadline) break;
    sqlite3_sleep(5);
  }
  sqlite3_backup_finish(backup);
  const std::string why =
      rc == SQLITE_DONE ? "" : std::string(sqlite3_errstr(rc)) + ": " + sqlite3_errmsg(dst);
  const int close_rc = sqlite3_close(dst);
  if (rc != SQLITE_DONE) fail(why);
  if (close_rc != SQLITE_OK) fail(sqlite3_errstr(close_rc));
  std::filesystem::rename(tmp, dest_path, ec);
  if (ec) fail(ec.message());
}

void BackupSqlite(Database& db, const std::string& dest_path) {
  auto* sqlite = dynamic_cast<SqliteDatabase*>(&db);
  if (sqlite == nullptr) {
    throw Error(Error::Kind::kOther, std::string("online backup needs an SQLite database, not ") +
                                         EngineName(db.engine()));
  }
  sqlite->Backup(dest_path);
}

}  // namespace dangbo::store
