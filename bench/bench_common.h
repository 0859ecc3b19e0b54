// What the benchmark commands share: arguments, opening the data set, timing summaries.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/database.h"
#include "store/migrate.h"

namespace dangbo::bench {

using Timer = std::chrono::steady_clock;

inline double Ms(Timer::time_point a, Timer::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Args {
  std::map<std::string, std::string> kv;
  bool Has(const std::string& k) const { return kv.count(k) > 0; }
  std::string Str(const std::string& k, const std::string& d = "") const {
    auto it = kv.find(k);
    return it == kv.end() ? d : it->second;
  }
  long long Int(const std::string& k, long long d) const {
    auto it = kv.find(k);
    return it == kv.end() ? d : std::stoll(it->second);
  }
};

inline Args Parse(int argc, char** argv, int from) {
  Args a;
  for (int i = from; i < argc; ++i) {
    std::string k = argv[i];
    if (k.rfind("--", 0) != 0) continue;
    k = k.substr(2);
    if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) {
      a.kv[k] = argv[++i];
    } else {
      a.kv[k] = "1";
    }
  }
  return a;
}

inline std::unique_ptr<store::Database> Open(const Args& a) {
  store::OpenOptions o;
  o.pool_size = 4;
  auto db = store::Database::Open(a.Str("db"), o);
  store::Migrate(*db);
  return db;
}

struct Stats {
  double min = 0, p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
  size_t n = 0;
};

inline Stats Summarize(std::vector<double> v) {
  Stats s;
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  auto at = [&](double q) {
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())));
    return v[i];
  };
  s.n = v.size();
  s.min = v.front();
  s.max = v.back();
  s.p50 = at(0.5);
  s.p90 = at(0.9);
  s.p99 = at(0.99);
  double sum = 0;
  for (double x : v) sum += x;
  s.mean = sum / static_cast<double>(v.size());
  return s;
}

inline nlohmann::json ToJson(const Stats& s) {
  auto r = [](double x) { return std::round(x * 100) / 100; };
  return {{"n", s.n},           {"min_ms", r(s.min)}, {"p50_ms", r(s.p50)},  {"p90_ms", r(s.p90)},
          {"p99_ms", r(s.p99)}, {"max_ms", r(s.max)}, {"mean_ms", r(s.mean)}};
}

// `dangbo-bench reports`: the report engine's presets and domain figures at national scale.
int Reports(const Args& a);

}  // namespace dangbo::bench
