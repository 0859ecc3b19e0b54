// The storage interface every repository uses: one API over SQLite and PostgreSQL.
// SQL is written once with `?` placeholders; the PostgreSQL driver rewrites them to $n.
//
// Portable SQL conventions (see docs/ARCHITECTURE.md): dates are TEXT 'YYYY-MM-DD',
// timestamps TEXT 'YYYY-MM-DDTHH:MM:SS.mmmZ', booleans INTEGER 0/1, JSON as TEXT,
// ids BIGINT from `INSERT ... RETURNING id`.
//
// Faults (lost connection, SQL errors, constraint violations) throw store::Error;
// services turn the ones they expect (kUnique, kForeignKey) into Result errors.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dangbo::store {

enum class Engine { kSqlite, kPostgres };

const char* EngineName(Engine e);  // "sqlite" / "postgresql"

// One SQL value. Booleans are stored as int64 0/1.
using Value = std::variant<std::nullptr_t, int64_t, double, std::string>;
using Params = std::vector<Value>;

// Helpers to build params from optional C++ values.
inline Value Null() { return nullptr; }
inline Value Opt(const std::optional<std::string>& s) { return s ? Value(*s) : Value(nullptr); }
inline Value Opt(const std::optional<int64_t>& i) { return i ? Value(*i) : Value(nullptr); }
inline Value Bool(bool b) { return Value(static_cast<int64_t>(b ? 1 : 0)); }

class Error : public std::runtime_error {
 public:
  enum class Kind { kUnique, kForeignKey, kCheck, kNotNull, kBusy, kConnection, kOther };
  Error(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// A materialized result row. Column access by index; integer columns from PostgreSQL
// (int2/int4/int8/bool) arrive as int64, float columns as double, the rest as text.
class Row {
 public:
  Row() = default;
  explicit Row(std::vector<Value> cells) : cells_(std::move(cells)) {}

  size_t size() const { return cells_.size(); }
  bool IsNull(size_t i) const { return std::holds_alternative<std::nullptr_t>(cells_.at(i)); }
  // Converts where sensible (text "12" -> 12); throws store::Error on NULL or garbage.
  int64_t Int(size_t i) const;
  double Double(size_t i) const;
  std::string Text(size_t i) const;  // ints and doubles are formatted
  bool Bool(size_t i) const { return Int(i) != 0; }
  std::optional<int64_t> OptInt(size_t i) const {
    return IsNull(i) ? std::nullopt : std::optional<int64_t>(Int(i));
  }
  std::optional<std::string> OptText(size_t i) const {
    return IsNull(i) ? std::nullopt : std::optional<std::string>(Text(i));
  }
  const Value& at(size_t i) const { return cells_.at(i); }

 private:
  std::vector<Value> cells_;
};

using RowCallback = std::function<void(const Row&)>;

// A live connection. Not thread-safe; leased from a Database by one thread at a time.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;

  // Runs one or more statements without parameters (DDL, BEGIN, ...).
  virtual void ExecuteScript(std::string_view sql) = 0;
  // Runs one statement; returns the number of rows changed.
  virtual int64_t Exec(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement and materializes every row.
  virtual std::vector<Row> Query(std::string_view sql, const Params& params = {}) = 0;
  // Streams rows one at a time (for exports and large scans). `fn` must not run
  // statements on this connection (that throws store::Error(kOther)); if `fn` throws,
  // the scan stops, the connection stays usable and the exception propagates.
  virtual void Each(std::string_view sql, const Params& params, const RowCallback& fn) = 0;

  // Convenience: the first row, if any.
  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {});
  // The first row of a statement that always yields one (an aggregate, INSERT … RETURNING,
  // a row the caller knows exists). No row is a fault: throws store::Error(kOther) naming
  // the statement, never undefined behaviour.
  Row QueryRow(std::string_view sql, const Params& params = {});
};

// The value of a record the caller has already seen exist (loaded again inside the same
// transaction, after a write). Absent is a fault: throws store::Error(kOther) with `what`.
template <typename T>
T Must(std::optional<T> value, std::string_view what) {
  if (!value) throw Error(Error::Kind::kOther, "missing row: " + std::string(what));
  return std::move(*value);
}

class Database;

// RAII transaction on a leased connection. Rolls back unless Commit() was called.
// Offers the same statement API as Connection. Commit() and Rollback() end the
// transaction and return the connection to the pool at once (even when they throw);
// statements on an ended transaction throw store::Error(kOther).
class Transaction {
 public:
  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  ~Transaction();

  Engine engine() const;
  int64_t Exec(std::string_view sql, const Params& params = {});
  std::vector<Row> Query(std::string_view sql, const Params& params = {});
  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {});
  Row QueryRow(std::string_view sql, const Params& params = {});  // see Connection::QueryRow
  void Each(std::string_view sql, const Params& params, const RowCallback& fn);
  void ExecuteScript(std::string_view sql);

  void Commit();
  void Rollback();
  bool active() const { return active_; }

  // From now on every statement's SQL is first passed through `view` (a read of the data
  // as recorded at another moment, report/as_recorded.h); empty: statements run as given.
  using SqlView = std::function<std::string(std::string_view)>;
  void SetSqlView(SqlView view) { view_ = std::move(view); }

  // Returns the connection to the pool (and releases the write lock) on destruction.
  // Public only so that drivers (subclasses of Database) can implement it.
  struct Lease;

 private:
  friend class Database;
  Transaction(std::unique_ptr<Lease> lease, Connection* conn);
  // COMMIT (rolling back if that fails) or ROLLBACK; the lease is released either way.
  void End(bool commit);
  std::unique_ptr<Lease> lease_;
  Connection* conn_ = nullptr;
  Engine engine_ = Engine::kSqlite;
  bool active_ = false;
  SqlView view_;
  // The statement as it runs: `sql` through the view, if one is set (`buffer` holds it).
  std::string_view Viewed(std::string_view sql, std::string& buffer) const;
};

struct PoolStats {
  int size = 0;          // connections opened
  int in_use = 0;        // leased right now
  int64_t waits = 0;     // leases that had to wait for a free connection
  int64_t acquired = 0;  // leases handed out in total
};

struct OpenOptions {
  int pool_size = 8;              // connections kept; leases beyond wait
  int busy_timeout_ms = 5000;     // SQLite busy_timeout; also the lease wait limit
  bool create_if_missing = true;  // SQLite: create the file
};

// A pool of connections to one database, safe to share between threads.
class Database {
 public:
  // `url` is a file path (SQLite) or a postgresql:// / postgres:// URL.
  // Throws store::Error(kConnection) when it cannot connect.
  static std::unique_ptr<Database> Open(const std::string& url, const OpenOptions& options = {});

  virtual ~Database() = default;
  virtual Engine engine() const = 0;
  virtual std::string Describe() const = 0;  // the URL without password, for logs

  // A read-only snapshot transaction.
  Transaction BeginRead();
  // A write transaction. SQLite: BEGIN IMMEDIATE, one writer at a time (serialized here).
  Transaction BeginWrite();

  virtual PoolStats Stats() const = 0;

 protected:
  // Lease a connection (waiting up to the busy timeout); `write` asks for the writer role.
  virtual std::unique_ptr<Transaction::Lease> Acquire(bool write, Connection** conn) = 0;
  virtual void Begin(Connection& conn, bool write) = 0;

 private:
  Transaction BeginTransaction(bool write);
};

// Transaction::Lease is an implementation detail of the drivers.
struct Transaction::Lease {
  virtual ~Lease() = default;
};

}  // namespace dangbo::store
