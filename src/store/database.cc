// Engine-independent parts of the storage interface: row conversions, transactions and
// Database::Open, which picks the driver from the URL.
#include "store/database.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

#include "store/postgres/pg_database.h"
#include "store/sqlite/sqlite_database.h"

namespace dangbo::store {

namespace {

[[noreturn]] void ThrowConversion(size_t i, const char* what, const std::string& detail) {
  throw Error(Error::Kind::kOther,
              "column " + std::to_string(i) + ": cannot read " + what + " from " + detail);
}

// The whole of `s` as a number (an int64_t or a double), a leading '+' allowed.
template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  const char* begin = s.data();
  const char* end = s.data() + s.size();
  if (begin != end && *begin == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, end, *out);
  return ec == std::errc() && ptr == end && begin != end;
}

// Shortest text that reads back as the same double.
std::string FormatDouble(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[32];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return ec == std::errc() ? std::string(buf, ptr) : std::to_string(d);
}

std::string Quote(const std::string& s) {
  constexpr size_t kMax = 40;
  return "text '" + (s.size() > kMax ? s.substr(0, kMax) + "..." : s) + "'";
}

}  // namespace

const char* EngineName(Engine e) {
  switch (e) {
    case Engine::kSqlite:
      return "sqlite";
    case Engine::kPostgres:
      return "postgresql";
  }
  return "unknown";
}

int64_t Row::Int(size_t i) const {
  const Value& v = at(i);
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) {
    // Only doubles holding an exact integer in range convert (2^63 itself is out of range).
    constexpr double kLimit = 9223372036854775808.0;
    if (std::isfinite(*d) && std::trunc(*d) == *d && *d >= -kLimit && *d < kLimit) {
      return static_cast<int64_t>(*d);
    }
    ThrowConversion(i, "an integer", "double " + FormatDouble(*d));
  }
  if (const auto* s = std::get_if<std::string>(&v)) {
    int64_t out = 0;
    if (ParseNumber(*s, &out)) return out;
    ThrowConversion(i, "an integer", Quote(*s));
  }
  ThrowConversion(i, "an integer", "NULL");
}

double Row::Double(size_t i) const {
  const Value& v = at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* s = std::get_if<std::string>(&v)) {
    double out = 0;
    if (ParseNumber(*s, &out)) return out;
    ThrowConversion(i, "a number", Quote(*s));
  }
  ThrowConversion(i, "a number", "NULL");
}

std::string Row::Text(size_t i) const {
  const Value& v = at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return FormatDouble(*d);
  ThrowConversion(i, "text", "NULL");
}

std::optional<Row> Connection::QueryOne(std::string_view sql, const Params& params) {
  std::optional<Row> first;
  // Materializes all rows so that the statement always runs to completion.
  std::vector<Row> rows = Query(sql, params);
  if (!rows.empty()) first = std::move(rows.front());
  return first;
}

Row Connection::QueryRow(std::string_view sql, const Params& params) {
  std::optional<Row> row = QueryOne(sql, params);
  if (!row) throw Error(Error::Kind::kOther, "statement yielded no row: " + std::string(sql));
  return std::move(*row);
}

// ---- Transaction ----

Transaction::Transaction(std::unique_ptr<Lease> lease, Connection* conn)
    : lease_(std::move(lease)), conn_(conn), engine_(conn->engine()), active_(true) {}

Transaction::Transaction(Transaction&& other) noexcept
    : lease_(std::move(other.lease_)),
      conn_(std::exchange(other.conn_, nullptr)),
      engine_(other.engine_),
      active_(std::exchange(other.active_, false)),
      view_(std::move(other.view_)) {}

Transaction::~Transaction() {
  if (!active_) return;
  try {
    Rollback();
  } catch (...) {
    // Swallowed: the driver drops a connection left inside a transaction.
  }
}

namespace {

Connection& Live(Connection* conn, bool active) {
  if (!active || conn == nullptr) {
    throw Error(Error::Kind::kOther, "the transaction has already ended");
  }
  return *conn;
}

}  // namespace

Engine Transaction::engine() const { return engine_; }

std::string_view Transaction::Viewed(std::string_view sql, std::string& buffer) const {
  if (!view_) return sql;
  buffer = view_(sql);
  return buffer;
}

int64_t Transaction::Exec(std::string_view sql, const Params& params) {
  std::string b;
  return Live(conn_, active_).Exec(Viewed(sql, b), params);
}

std::vector<Row> Transaction::Query(std::string_view sql, const Params& params) {
  std::string b;
  return Live(conn_, active_).Query(Viewed(sql, b), params);
}

std::optional<Row> Transaction::QueryOne(std::string_view sql, const Params& params) {
  std::string b;
  return Live(conn_, active_).QueryOne(Viewed(sql, b), params);
}

Row Transaction::QueryRow(std::string_view sql, const Params& params) {
  std::string b;
  return Live(conn_, active_).QueryRow(Viewed(sql, b), params);
}

void Transaction::Each(std::string_view sql, const Params& params, const RowCallback& fn) {
  std::string b;
  Live(conn_, active_).Each(Viewed(sql, b), params, fn);
}

void Transaction::ExecuteScript(std::string_view sql) { Live(conn_, active_).ExecuteScript(sql); }

void Transaction::Commit() { End(true); }

void Transaction::Rollback() { End(false); }

void Transaction::End(bool commit) {
  Connection& conn = Live(conn_, active_);
  active_ = false;
  conn_ = nullptr;
  try {
    conn.ExecuteScript(commit ? "COMMIT" : "ROLLBACK");
  } catch (...) {
    // SQLite may leave the transaction open after a failed COMMIT; end it here. (The
    // pool's recycler would too, but not before the lease below is released.)
    if (commit) {
      try {
        conn.ExecuteScript("ROLLBACK");
      } catch (...) {
      }
    }
    lease_.reset();
    throw;
  }
  lease_.reset();
}

// ---- Database ----

Transaction Database::BeginRead() { return BeginTransaction(false); }

Transaction Database::BeginWrite() { return BeginTransaction(true); }

Transaction Database::BeginTransaction(bool write) {
  Connection* conn = nullptr;
  std::unique_ptr<Transaction::Lease> lease = Acquire(write, &conn);
  Begin(*conn, write);
  return Transaction(std::move(lease), conn);
}

std::unique_ptr<Database> Database::Open(const std::string& url, const OpenOptions& options) {
  const std::string_view u(url);
  if (u.starts_with("postgresql://") || u.starts_with("postgres://")) {
    return std::make_unique<PgDatabase>(url, options);
  }
  if (url.empty()) throw Error(Error::Kind::kConnection, "empty database path");
  return std::make_unique<SqliteDatabase>(url, options);
}

}  // namespace dangbo::store
