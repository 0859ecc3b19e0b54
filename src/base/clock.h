// Injected time: services and rules never read the system clock directly, so tests
// can pin "now" and every rule is computed for an explicit date.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace dangbo {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

// A clock tests set and advance by hand. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimePoint start) : ms_(ToMs(start)) {}
  TimePoint Now() const override {
    return TimePoint(std::chrono::milliseconds(ms_.load(std::memory_order_relaxed)));
  }
  void Advance(std::chrono::milliseconds d) { ms_.fetch_add(d.count()); }
  void Set(TimePoint t) { ms_.store(ToMs(t)); }

 private:
  static int64_t ToMs(TimePoint t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  }
  std::atomic<int64_t> ms_;
};

// "2026-11-21T08:30:00.123Z": the form timestamps take in the database and in JSON.
std::string FormatTimestamp(TimePoint t);
// Parses the form above; returns false on anything else.
bool ParseTimestamp(const std::string& s, TimePoint* out);

}  // namespace dangbo
