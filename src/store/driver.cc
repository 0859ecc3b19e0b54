// The connection pool shared by both drivers (see driver.h for its invariants).
#include "store/driver.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <utility>
#include <vector>

namespace dangbo::store::internal {

std::string SqlSnippet(std::string_view sql) {
  constexpr size_t kMax = 200;
  std::string out;
  out.reserve(std::min(sql.size(), kMax) + 3);
  bool space = false;
  for (char c : sql) {
    if (out.size() >= kMax) {
      out += "...";
      break;
    }
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct ConnectionPool::State {
  Opener open;
  Recycler recycle;
  int max_size = 0;
  std::chrono::milliseconds timeout{0};
  bool serialize_writers = false;

  mutable std::mutex mu;
  std::condition_variable cv;
  std::vector<std::unique_ptr<Connection>> idle;  // guarded by mu
  int size = 0;                                   // idle + leased + opening; guarded by mu
  int in_use = 0;                                 // guarded by mu
  bool writer_busy = false;                       // guarded by mu
  int64_t waits = 0;                              // guarded by mu
  int64_t acquired = 0;                           // guarded by mu

  // Gives back a slot taken by Acquire; `conn` is null when the connection is dropped.
  void Release(std::unique_ptr<Connection> conn, bool write) {
    {
      std::lock_guard<std::mutex> lock(mu);
      --in_use;
      if (write && serialize_writers) writer_busy = false;
      if (conn) {
        idle.push_back(std::move(conn));
      } else {
        --size;
      }
    }
    cv.notify_all();
  }
};

// A leased connection; returns it through the recycler to the pool when destroyed.
class ConnectionPool::PoolLease : public Transaction::Lease {
 public:
  PoolLease(std::shared_ptr<State> state, std::unique_ptr<Connection> conn, bool write)
      : state_(std::move(state)), conn_(std::move(conn)), write_(write) {}
  ~PoolLease() override {
    bool keep = false;
    try {
      keep = state_->recycle(*conn_);
    } catch (...) {
      keep = false;
    }
    if (!keep) conn_.reset();
    state_->Release(std::move(conn_), write_);
  }
  Connection* connection() const { return conn_.get(); }

 private:
  std::shared_ptr<State> state_;
  std::unique_ptr<Connection> conn_;
  bool write_;
};

ConnectionPool::ConnectionPool(Opener open, Recycler recycle, int max_size, int timeout_ms,
                               bool serialize_writers)
    : state_(std::make_shared<State>()) {
  state_->open = std::move(open);
  state_->recycle = std::move(recycle);
  state_->max_size = max_size < 1 ? 1 : max_size;
  state_->timeout = std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
  state_->serialize_writers = serialize_writers;
}

ConnectionPool::~ConnectionPool() {
  // Idle connections close now; leased ones close when their leases end.
  std::vector<std::unique_ptr<Connection>> idle;
  {
    std::lock_guard<std::mutex> lock(state_->mu);
    idle.swap(state_->idle);
    state_->size -= static_cast<int>(idle.size());
  }
}

void ConnectionPool::Warm() {
  Connection* conn = nullptr;
  Acquire(false, &conn);  // the lease ends at once, leaving the connection idle
}

std::unique_ptr<Transaction::Lease> ConnectionPool::Acquire(bool write, Connection** conn) {
  State& s = *state_;
  const bool want_writer = write && s.serialize_writers;
  std::unique_ptr<Connection> taken;
  {
    std::unique_lock<std::mutex> lock(s.mu);
    auto ready = [&] {
      if (want_writer && s.writer_busy) return false;
      return !s.idle.empty() || s.size < s.max_size;
    };
    if (!ready()) {
      ++s.waits;
      if (!s.cv.wait_for(lock, s.timeout, ready)) {
        throw Error(Error::Kind::kBusy, want_writer && s.writer_busy
                                            ? "timed out waiting for the database writer lock"
                                            : "timed out waiting for a free database connection");
      }
    }
    if (want_writer) s.writer_busy = true;
    ++s.in_use;
    ++s.acquired;
    if (!s.idle.empty()) {
      taken = std::move(s.idle.back());
      s.idle.pop_back();
    } else {
      ++s.size;  // reserve the slot; the connection is opened below, outside the lock
    }
  }
  if (!taken) {
    try {
      taken = s.open();
    } catch (...) {
      s.Release(nullptr, write);
      throw;
    }
  }
  *conn = taken.get();
  return std::make_unique<PoolLease>(state_, std::move(taken), write);
}

PoolStats ConnectionPool::Stats() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  PoolStats stats;
  stats.size = state_->size;
  stats.in_use = state_->in_use;
  stats.waits = state_->waits;
  stats.acquired = state_->acquired;
  return stats;
}

}  // namespace dangbo::store::internal
