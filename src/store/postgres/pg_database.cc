// PostgreSQL driver: libpq connections, placeholder rewriting, prepared-statement cache,
// result typing by column OID, SQLSTATE mapping and row streaming.
#include "store/postgres/pg_database.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <exception>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dangbo::store {

namespace {

using internal::SqlSnippet;

// Prepared statements kept per connection; past this they are all deallocated.
constexpr size_t kMaxCachedStatements = 256;

// Type OIDs from pg_type.h (stable across server versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;

bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

Error::Kind KindOfState(std::string_view state) {
  if (state == "23505") return Error::Kind::kUnique;
  if (state == "23503") return Error::Kind::kForeignKey;
  if (state == "23514") return Error::Kind::kCheck;
  if (state == "23502") return Error::Kind::kNotNull;
  if (state == "40001" || state == "40P01" || state == "55P03") return Error::Kind::kBusy;
  // 08: connection exceptions; 57P01-57P03: the server is shutting down or terminated us.
  if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03") {
    return Error::Kind::kConnection;
  }
  return Error::Kind::kOther;
}

// libpq messages end with a newline and may span lines ("ERROR: ...\nDETAIL: ...").
std::string OneLine(const char* text) {
  std::string out;
  for (const char* p = text; p != nullptr && *p != '\0'; ++p) {
    if (*p == '\n') {
      while (p[1] == '\t' || p[1] == ' ') ++p;  // continuation lines are indented
      if (p[1] != '\0') out += "; ";
    } else {
      out += *p;
    }
  }
  return out;
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Formats params as text for libpq: NULL stays a null pointer.
class TextParams {
 public:
  explicit TextParams(const Params& params) {
    text_.reserve(params.size());
    for (const Value& v : params) {
      if (const auto* n = std::get_if<int64_t>(&v)) {
        text_.push_back(std::to_string(*n));
      } else if (const auto* d = std::get_if<double>(&v)) {
        text_.push_back(FormatDouble(*d));
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        text_.push_back(*s);
      } else {
        text_.emplace_back();
      }
    }
    for (size_t i = 0; i < params.size(); ++i) {
      ptrs_.push_back(std::holds_alternative<std::nullptr_t>(params[i]) ? nullptr
                                                                        : text_[i].c_str());
    }
  }
  int size() const { return static_cast<int>(ptrs_.size()); }
  const char* const* values() const { return ptrs_.data(); }

 private:
  // The shortest text that reads back as exactly `d` (like %.17g, but locale-independent).
  static std::string FormatDouble(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[32];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, ec == std::errc() ? ptr : buf);
  }
  std::vector<std::string> text_;
  std::vector<const char*> ptrs_;
};

// One cell of a text-format result, typed by its column OID.
Value Cell(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col)) return nullptr;
  const char* text = PQgetvalue(r, row, col);
  const int len = PQgetlength(r, row, col);
  switch (PQftype(r, col)) {
    case kBoolOid:
      return static_cast<int64_t>(text[0] == 't' ? 1 : 0);
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid: {
      int64_t n = 0;
      auto [ptr, ec] = std::from_chars(text, text + len, n);
      if (ec == std::errc() && ptr == text + len) return n;
      break;
    }
    case kFloat4Oid:
    case kFloat8Oid: {
      // from_chars is locale-independent and reads "Infinity", "-Infinity" and "NaN".
      double d = 0;
      auto [ptr, ec] = std::from_chars(text, text + len, d);
      if (ec == std::errc() && ptr == text + len) return d;
      break;
    }
    default:
      break;
  }
  return std::string(text, static_cast<size_t>(len));
}

Row ReadRow(const PGresult* r, int row) {
  const int n = PQnfields(r);
  std::vector<Value> cells;
  cells.reserve(static_cast<size_t>(n));
  for (int c = 0; c < n; ++c) cells.push_back(Cell(r, row, c));
  return Row(std::move(cells));
}

// One libpq connection. Owned by the pool and used by one thread at a time.
class PgConnection final : public Connection {
 public:
  PgConnection(const std::string& url, const std::string& described) {
    // Array entries before the expanded URL are defaults the URL may override.
    const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {"10", "dangbo", url.c_str(), nullptr};
    conn_ = PQconnectdbParams(keys, values, 1);
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
      const std::string why = conn_ != nullptr ? OneLine(PQerrorMessage(conn_)) : "out of memory";
      Close();
      throw Error(Error::Kind::kConnection, "cannot connect to " + described + ": " + why);
    }
    // Notices ("table already exists, skipping") are not errors; keep them off stderr.
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
    try {
      if (PQsetClientEncoding(conn_, "UTF8") != 0) {
        throw Error(Error::Kind::kConnection, OneLine(PQerrorMessage(conn_)));
      }
      ExecuteScript("SET TIME ZONE 'UTC'");
    } catch (const Error& e) {
      Close();
      throw Error(Error::Kind::kConnection,
                  "cannot set up connection to " + described + ": " + e.what());
    }
  }
  ~PgConnection() override { Close(); }

  Engine engine() const override { return Engine::kPostgres; }
  bool Broken() const { return PQstatus(conn_) != CONNECTION_OK; }
  PGTransactionStatusType TxStatus() const { return PQtransactionStatus(conn_); }

  void ExecuteScript(std::string_view sql) override {
    CheckNotStreaming();
    const std::string text(sql);
    ResultPtr r(PQexec(conn_, text.c_str()));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
      Throw(r.get(), sql);
    }
  }

  int64_t Exec(std::string_view sql, const Params& params) override {
    ResultPtr r = Run(sql, params);
    const char* changed = PQcmdTuples(r.get());
    int64_t n = 0;
    std::from_chars(changed, changed + std::char_traits<char>::length(changed), n);
    return n;
  }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    ResultPtr r = Run(sql, params);
    const int n = PQntuples(r.get());
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) rows.push_back(ReadRow(r.get(), i));
    return rows;
  }

  // Streams in single-row mode. The result is always read to the end, even when `fn`
  // throws, so the connection stays usable; the first failure is then rethrown.
  void Each(std::string_view sql, const Params& params, const RowCallback& fn) override {
    CheckNotStreaming();
    const Prepared& p = Prepare(sql);
    CheckCount(p, params, sql);
    const TextParams text(params);
    if (PQsendQueryPrepared(conn_, p.name.c_str(), text.size(), text.values(), nullptr, nullptr,
                            0) == 0) {
      Throw(nullptr, sql);
    }
    PQsetSingleRowMode(conn_);  // if refused, rows simply arrive in one result
    streaming_ = true;
    std::exception_ptr failure;
    ResultPtr error;
    while (PGresult* raw = PQgetResult(conn_)) {
      ResultPtr r(raw);
      const ExecStatusType st = PQresultStatus(raw);
      if (st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) {
        for (int i = 0, n = PQntuples(raw); i < n && !failure && !error; ++i) {
          try {
            fn(ReadRow(raw, i));
          } catch (...) {
            failure = std::current_exception();
          }
        }
      } else if (st != PGRES_COMMAND_OK && !error) {
        error = std::move(r);
      }
    }
    streaming_ = false;
    if (error) Throw(error.get(), sql);
    if (failure) std::rethrow_exception(failure);
  }

 private:
  struct Prepared {
    std::string name;
    int params = 0;
  };

  // Runs a prepared statement to completion; throws unless it succeeded.
  ResultPtr Run(std::string_view sql, const Params& params) {
    CheckNotStreaming();
    const Prepared& p = Prepare(sql);
    CheckCount(p, params, sql);
    const TextParams text(params);
    ResultPtr r(
        PQexecPrepared(conn_, p.name.c_str(), text.size(), text.values(), nullptr, nullptr, 0));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) Throw(r.get(), sql);
    return r;
  }

  // Returns the prepared statement for `sql`, rewriting and preparing it on first use.
  const Prepared& Prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (cache_.size() >= kMaxCachedStatements) {
      ResultPtr r(PQexec(conn_, "DEALLOCATE ALL"));
      if (r && PQresultStatus(r.get()) == PGRES_COMMAND_OK) cache_.clear();
    }
    Prepared p;
    const std::string text = RewritePlaceholders(sql, &p.params);
    p.name = "dangbo_" + std::to_string(++next_statement_);
    ResultPtr r(PQprepare(conn_, p.name.c_str(), text.c_str(), 0, nullptr));
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) Throw(r.get(), sql);
    return cache_.emplace(std::move(key), std::move(p)).first->second;
  }

  static void CheckCount(const Prepared& p, const Params& params, std::string_view sql) {
    if (p.params == static_cast<int>(params.size())) return;
    throw Error(Error::Kind::kOther, "statement takes " + std::to_string(p.params) +
                                         " parameters, got " + std::to_string(params.size()) +
                                         ": " + SqlSnippet(sql));
  }

  [[noreturn]] void Throw(const PGresult* r, std::string_view sql) const {
    const char* state = r != nullptr ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    Error::Kind kind = state != nullptr ? KindOfState(state) : Error::Kind::kOther;
    if (Broken()) kind = Error::Kind::kConnection;
    std::string msg = "postgresql: ";
    const char* text = r != nullptr ? PQresultErrorMessage(r) : "";
    msg += OneLine(text[0] != '\0' ? text : PQerrorMessage(conn_));
    if (state != nullptr) msg += std::string(" (SQLSTATE ") + state + ")";
    msg += " in: " + SqlSnippet(sql);
    throw Error(kind, msg);
  }

  void CheckNotStreaming() const {
    if (streaming_) {
      throw Error(Error::Kind::kOther,
                  "a statement was issued on a connection while Each() is streaming from it");
    }
  }

  void Close() {
    if (conn_ != nullptr) PQfinish(conn_);
    conn_ = nullptr;
  }

  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, Prepared> cache_;
  int64_t next_statement_ = 0;
  bool streaming_ = false;
};

// Decodes %XX escapes (as libpq does for URL parts); leaves malformed ones alone.
std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    int value = 0;
    if (s[i] == '%' && i + 2 < s.size() &&
        std::from_chars(s.data() + i + 1, s.data() + i + 3, value, 16).ptr == s.data() + i + 3) {
      out += static_cast<char>(value);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The password text in `url`, raw and decoded, so that it can be cut out of messages
// (libpq may quote parts of a malformed URL back).
std::vector<std::string> Secrets(const std::string& url) {
  std::vector<std::string> secrets;
  auto add = [&](std::string_view raw) {
    if (raw.empty()) return;
    secrets.emplace_back(raw);
    secrets.push_back(PercentDecode(raw));
  };
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return secrets;
  const size_t start = scheme + 3;
  const size_t end = std::min(std::min(url.find('/', start), url.find('?', start)), url.size());
  const size_t at = url.rfind('@', end);
  if (at != std::string::npos && at >= start) {
    const size_t colon = url.find(':', start);
    if (colon < at) add(std::string_view(url).substr(colon + 1, at - colon - 1));
  }
  for (size_t pos = url.find("password=", end); pos != std::string::npos;
       pos = url.find("password=", pos + 1)) {
    const size_t value = pos + 9;
    add(std::string_view(url).substr(value, url.find('&', value) - value));
  }
  return secrets;
}

std::string Scrub(std::string text, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    for (size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos)) {
      text.replace(pos, secret.size(), "***");
    }
  }
  return text;
}

}  // namespace

std::string RewritePlaceholders(std::string_view sql, int* count) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  const size_t size = sql.size();
  size_t i = 0;
  while (i < size) {
    const char c = sql[i];
    const char next = i + 1 < size ? sql[i + 1] : '\0';
    size_t end = i + 1;  // the copied span is [i, end)
    if (c == '\'' || c == '"') {
      // E'...' strings take backslash escapes; a doubled quote is always an escape.
      const bool backslashes = c == '\'' && i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                               (i < 2 || !IsIdentChar(sql[i - 2]));
      while (end < size) {
        if (backslashes && sql[end] == '\\') {
          end += 2;
        } else if (sql[end] == c && end + 1 < size && sql[end + 1] == c) {
          end += 2;
        } else if (sql[end] == c) {
          ++end;
          break;
        } else {
          ++end;
        }
      }
    } else if (c == '-' && next == '-') {
      end = sql.find('\n', i);
    } else if (c == '/' && next == '*') {
      end = sql.find("*/", i + 2);
      if (end != std::string_view::npos) end += 2;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
      ++i;
      continue;
    }
    end = std::min(end, size);
    out.append(sql.substr(i, end - i));
    i = end;
  }
  if (count != nullptr) *count = n;
  return out;
}

std::string RedactUrl(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const size_t host_start = scheme + 3;
  const size_t authority_end = std::min(url.find('/', host_start), url.find('?', host_start));
  const size_t at = url.rfind('@', authority_end == std::string::npos ? url.size() : authority_end);
  std::string out = url;
  if (at != std::string::npos && at >= host_start) {
    const size_t colon = url.find(':', host_start);
    if (colon != std::string::npos && colon < at) out = url.substr(0, colon) + url.substr(at);
  }
  const size_t query = out.find('?');
  if (query == std::string::npos) return out;
  // Drop password=... from the query string.
  std::string kept;
  size_t pos = query + 1;
  while (pos <= out.size()) {
    size_t amp = out.find('&', pos);
    if (amp == std::string::npos) amp = out.size();
    const std::string_view part(out.data() + pos, amp - pos);
    if (!part.empty() && !part.starts_with("password=")) {
      kept += kept.empty() ? "" : "&";
      kept += part;
    }
    pos = amp + 1;
  }
  return out.substr(0, query) + (kept.empty() ? "" : "?" + kept);
}

PgDatabase::PgDatabase(const std::string& url, const OpenOptions& options)
    : described_(RedactUrl(url)) {
  auto open = [url, described = described_,
               secrets = Secrets(url)]() -> std::unique_ptr<Connection> {
    try {
      return std::make_unique<PgConnection>(url, described);
    } catch (const Error& e) {
      throw Error(e.kind(), Scrub(e.what(), secrets));
    }
  };
  // A broken connection, or one that cannot be brought back to idle, is dropped.
  auto recycle = [](Connection& c) {
    auto& conn = static_cast<PgConnection&>(c);
    if (conn.Broken()) return false;
    switch (conn.TxStatus()) {
      case PQTRANS_IDLE:
        return true;
      case PQTRANS_INTRANS:
      case PQTRANS_INERROR:
        conn.ExecuteScript("ROLLBACK");
        return !conn.Broken() && conn.TxStatus() == PQTRANS_IDLE;
      default:
        return false;
    }
  };
  pool_ = std::make_unique<internal::ConnectionPool>(open, recycle, options.pool_size,
                                                     options.busy_timeout_ms, false);
  pool_->Warm();
}

PgDatabase::~PgDatabase() = default;

std::unique_ptr<Transaction::Lease> PgDatabase::Acquire(bool write, Connection** conn) {
  return pool_->Acquire(write, conn);
}

void PgDatabase::Begin(Connection& conn, bool write) {
  conn.ExecuteScript(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

}  // namespace dangbo::store
