// Internal to the national generator: word lists with weights (names, places, reference
// values) and the seeded random helpers. Weights are rough shares for realistic-looking
// data, not official statistics.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dangbo::demo::national {

// Uniform helpers over std::mt19937_64 (the standard distributions are not the same on
// every standard library; these are, so a seed gives the same data everywhere).
class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  uint64_t Next() { return g_(); }
  // Uniform in [0, n), n > 0 (rejection sampling: no modulo bias).
  uint64_t Below(uint64_t n) {
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do {
      x = g_();
    } while (x >= limit);
    return x % n;
  }
  // Uniform in [lo, hi], lo <= hi.
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  // Approximately normal (sum of 4 uniforms, scaled to unit variance).
  double Normal() { return (Unit() + Unit() + Unit() + Unit() - 2.0) * 1.7320508075688772; }

 private:
  std::mt19937_64 g_;
};

// Mixes a seed with a stream number (splitmix64), for independent per-unit streams.
uint64_t Mix(uint64_t seed, uint64_t stream);

// Strings with weights; Pick() draws one with probability weight / total.
class Weighted {
 public:
  Weighted() = default;
  Weighted(std::initializer_list<std::pair<const char*, double>> items);
  const std::string& Pick(Rng& rng) const;
  size_t size() const { return items_.size(); }
  const std::string& at(size_t i) const { return items_[i]; }

 private:
  std::vector<std::string> items_;
  std::vector<double> cumulative_;
};

struct Province {
  const char* name;  // "Hà Nội"
  bool city;         // thành phố trực thuộc Trung ương
  double weight;     // relative number of party members (rough)
  double minority;   // share of members from ethnic minorities (rough)
};
const std::vector<Province>& Provinces();  // 63, largest first

const Weighted& FamilyNames();
const Weighted& MiddleNames(bool female);
const Weighted& SecondMiddleNames(bool female);
const Weighted& GivenNames(bool female);
const Weighted& PlaceSyllables();
const Weighted& MinorityEthnicities();
const Weighted& OtherReligions();
const Weighted& ProfessionalLevels();
const Weighted& TheoryLevelCodes();
const Weighted& StateMgmtLevels();
const Weighted& ForeignLanguages();
const Weighted& ItLevels();

}  // namespace dangbo::demo::national
