// The SQLite driver: a pool of connections to one database file in WAL mode, with
// writes serialized in-process (one BEGIN IMMEDIATE transaction at a time).
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/driver.h"

namespace dangbo::store {

class SqliteDatabase final : public Database {
 public:
  // Opens (and, with create_if_missing, creates) `path`; throws store::Error(kConnection)
  // when the file cannot be opened.
  SqliteDatabase(const std::string& path, const OpenOptions& options);
  ~SqliteDatabase() override;

  Engine engine() const override { return Engine::kSqlite; }
  std::string Describe() const override { return "sqlite:" + path_; }
  PoolStats Stats() const override { return pool_->Stats(); }

  // Copies a consistent snapshot of the database to `dest_path` while other threads keep
  // writing: the copy goes to a temporary file beside `dest_path`, which is renamed over
  // it once complete. Throws store::Error on failure (leaving no temporary file behind).
  void Backup(const std::string& dest_path);

 protected:
  std::unique_ptr<Transaction::Lease> Acquire(bool write, Connection** conn) override;
  void Begin(Connection& conn, bool write) override;

 private:
  std::string path_;
  OpenOptions options_;
  std::unique_ptr<internal::ConnectionPool> pool_;
};

}  // namespace dangbo::store
