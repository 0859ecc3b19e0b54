// Prometheus exposition of the server's counters.
#include "http/metrics.h"

#include <fmt/format.h>

namespace dangbo::http {

void Metrics::Observe(const std::string& route, const std::string& method, int status,
                      double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, method, status}];
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++bucket_counts_[i];
  }
  ++count_;
  sum_ += seconds;
}

std::string Metrics::Render(const store::PoolStats& pool) const {
  std::string out;
  out += "# HELP dangbo_http_requests_total HTTP requests by route pattern, method and status.\n";
  out += "# TYPE dangbo_http_requests_total counter\n";
  std::lock_guard lock(mu_);
  for (const auto& [key, n] : requests_) {
    const auto& [route, method, status] = key;
    out +=
        fmt::format("dangbo_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                    route, method, status, n);
  }
  out += "# HELP dangbo_http_request_duration_seconds Time from request read to response ready.\n";
  out += "# TYPE dangbo_http_request_duration_seconds histogram\n";
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    out += fmt::format("dangbo_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kBuckets[i],
                       bucket_counts_[i]);
  }
  out += fmt::format("dangbo_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", count_);
  out += fmt::format("dangbo_http_request_duration_seconds_sum {}\n", sum_);
  out += fmt::format("dangbo_http_request_duration_seconds_count {}\n", count_);
  out += "# HELP dangbo_http_inflight Requests being handled now.\n";
  out += "# TYPE dangbo_http_inflight gauge\n";
  out += fmt::format("dangbo_http_inflight {}\n", inflight_.load());
  out += "# HELP dangbo_db_pool_connections Database connections by state.\n";
  out += "# TYPE dangbo_db_pool_connections gauge\n";
  out += fmt::format("dangbo_db_pool_connections{{state=\"open\"}} {}\n", pool.size);
  out += fmt::format("dangbo_db_pool_connections{{state=\"in_use\"}} {}\n", pool.in_use);
  out += "# HELP dangbo_db_pool_acquired_total Connection leases handed out.\n";
  out += "# TYPE dangbo_db_pool_acquired_total counter\n";
  out += fmt::format("dangbo_db_pool_acquired_total {}\n", pool.acquired);
  out += "# HELP dangbo_db_pool_waits_total Leases that waited for a free connection.\n";
  out += "# TYPE dangbo_db_pool_waits_total counter\n";
  out += fmt::format("dangbo_db_pool_waits_total {}\n", pool.waits);
  return out;
}

}  // namespace dangbo::http
