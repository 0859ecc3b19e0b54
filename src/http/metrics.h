// Request counters and a latency histogram, rendered as Prometheus text.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "store/database.h"

namespace dangbo::http {

class Metrics {
 public:
  // `route` is the pattern ("/api/users/{id}"), never the raw path: bounded label values.
  void Observe(const std::string& route, const std::string& method, int status, double seconds);
  void AddInflight(int delta) { inflight_.fetch_add(delta, std::memory_order_relaxed); }
  std::string Render(const store::PoolStats& pool) const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, int64_t> requests_;
  std::array<int64_t, kBuckets.size()> bucket_counts_{};
  int64_t count_ = 0;
  double sum_ = 0;
  std::atomic<int64_t> inflight_{0};
};

}  // namespace dangbo::http
