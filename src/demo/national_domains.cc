// The table of the national data set's domain phases (see national_domains.h).
#include "demo/national_domains.h"

#include <array>

namespace dangbo::demo {

void CommitSoFar(store::Transaction& tx) {
  if (tx.engine() != store::Engine::kSqlite) return;
  tx.ExecuteScript("COMMIT; PRAGMA wal_checkpoint(TRUNCATE); BEGIN IMMEDIATE");
}

std::span<const NationalDomain> NationalDomains() {
  static constexpr std::array kAll = {
      NationalDomain{"meetings", GenerateNationalMeetings},
      NationalDomain{"ratings", GenerateNationalRatings},
      NationalDomain{"badges", GenerateNationalBadges},
      NationalDomain{"discipline", GenerateNationalDiscipline},
      NationalDomain{"dues", GenerateNationalDues},
  };
  return kAll;
}

namespace national_sql {

std::string Draw(const std::string& id_expr, uint64_t salt, int modulus) {
  // A quadratic mix modulo a prime near 10^6: the square of a residue stays below 10^12 and
  // ids up to 10^12 times 7919 below 2^63, so neither engine overflows or turns to floats.
  const std::string x = "((" + id_expr + ") % 1000003)";
  return "(((" + x + " * " + x + " + (" + id_expr + ") * 7919 + " +
         std::to_string(salt % 1'000'003) + ") % 1000003) % " + std::to_string(modulus) + ")";
}

}  // namespace national_sql

}  // namespace dangbo::demo
