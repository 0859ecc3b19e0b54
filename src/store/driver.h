// Machinery shared by the SQLite and PostgreSQL drivers: the connection pool behind
// Database::Acquire, and helpers for error messages. Not for use outside src/store.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "store/database.h"

namespace dangbo::store::internal {

// The first ~200 characters of `sql` on one line, for error messages.
std::string SqlSnippet(std::string_view sql);

// A bounded pool of connections, safe to share between threads.
//
// Invariants: at most `max_size` connections exist (idle + leased + being opened); when
// `serialize_writers` is set at most one write lease exists at a time. Leases keep the
// pool's state alive, so a lease may outlive the pool object itself (its connection is
// then closed when the lease ends).
class ConnectionPool {
 public:
  // Opens a new connection; throws store::Error on failure.
  using Opener = std::function<std::unique_ptr<Connection>()>;
  // Runs when a lease ends, outside the pool lock. Returns false when the connection is
  // unusable (broken, stuck in a transaction); it is then closed and reopened on demand.
  using Recycler = std::function<bool(Connection&)>;

  ConnectionPool(Opener open, Recycler recycle, int max_size, int timeout_ms,
                 bool serialize_writers);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Opens one connection now (if none is idle) so that connection errors surface early.
  void Warm();

  // Leases a connection, waiting up to the timeout for a free one (and, for writes when
  // writers are serialized, for the writer role). Throws store::Error(kBusy) on timeout.
  // `*conn` stays valid until the returned lease is destroyed.
  std::unique_ptr<Transaction::Lease> Acquire(bool write, Connection** conn);

  PoolStats Stats() const;

 private:
  struct State;
  class PoolLease;
  std::shared_ptr<State> state_;
};

}  // namespace dangbo::store::internal
