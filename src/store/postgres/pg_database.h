// The PostgreSQL driver: a pool of libpq connections with per-connection prepared
// statements; `?` placeholders are rewritten to $1..$n once per statement text.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/database.h"
#include "store/driver.h"

namespace dangbo::store {

// Replaces each `?` with $1, $2, ... in order, leaving alone those inside '...' string
// literals (including E'...' with backslash escapes), "..." identifiers, -- line comments
// and /* */ block comments. Stores the number of placeholders in `*count` if not null.
std::string RewritePlaceholders(std::string_view sql, int* count = nullptr);

// `url` with the password (user:PASSWORD@ and any password= parameter) removed.
std::string RedactUrl(const std::string& url);

class PgDatabase final : public Database {
 public:
  // Connects once right away; throws store::Error(kConnection) when that fails. The
  // message names the server through RedactUrl, never with the password.
  PgDatabase(const std::string& url, const OpenOptions& options);
  ~PgDatabase() override;

  Engine engine() const override { return Engine::kPostgres; }
  std::string Describe() const override { return described_; }
  PoolStats Stats() const override { return pool_->Stats(); }

 protected:
  std::unique_ptr<Transaction::Lease> Acquire(bool write, Connection** conn) override;
  // Reads: REPEATABLE READ READ ONLY (one snapshot); writes: READ COMMITTED.
  void Begin(Connection& conn, bool write) override;

 private:
  std::string described_;
  std::unique_ptr<internal::ConnectionPool> pool_;
};

}  // namespace dangbo::store
