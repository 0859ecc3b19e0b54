// The national data set's later phases: each domain after the registry (meetings, ratings,
// badges, …) adds its year of facts over the generated tree and member files with set-based
// SQL, registered in one table (national_domains.cc). A new domain is a file and a row.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "base/date.h"
#include "store/database.h"

namespace dangbo::demo {

// What every domain phase knows about the generated data set.
struct NationalDomainContext {
  int64_t root_id = 0;
  std::string root_path;  // "/1/": the subtree the phase fills
  Date as_of;             // the data set's day: facts are dated on or before it
  uint64_t seed = 1;
  std::string now;  // created_at / recorded_at of the rows
};

// On SQLite, commits what a long phase wrote so far and checkpoints the write-ahead log, so
// that the log stays small (every page read looks through it); the transaction goes on.
// Nothing on PostgreSQL.
void CommitSoFar(store::Transaction& tx);

// One phase: fills its tables inside `tx` and answers the rows it wrote.
// REQUIRES: the registry phases are done (member files, spans, indexes).
struct NationalDomain {
  const char* name;
  int64_t (*generate)(store::Transaction& tx, const NationalDomainContext& c);
};

// The phases in the order they run.
std::span<const NationalDomain> NationalDomains();

// The phases' own files.
int64_t GenerateNationalMeetings(store::Transaction& tx, const NationalDomainContext& c);
int64_t GenerateNationalRatings(store::Transaction& tx, const NationalDomainContext& c);
int64_t GenerateNationalBadges(store::Transaction& tx, const NationalDomainContext& c);
// About a third of the grassroots organizations inspected or supervised by their parent
// committee in the year (concluded, fixed and closed as far as the year allows), and about
// one member in a thousand disciplined (khiển trách or cảnh cáo, decided by the unit).
int64_t GenerateNationalDiscipline(store::Transaction& tx, const NationalDomainContext& c);
// Bases for every active member without one, then for each of the twelve months ending with
// the data set's month one collection row per active member (one INSERT … SELECT per month),
// the units' tallies and the remittances up the tree. Answers the payment rows.
int64_t GenerateNationalDues(store::Transaction& tx, const NationalDomainContext& c);

namespace national_sql {
// A stable pseudo-random number in [0, modulus) from an id expression and a salt, written
// in SQL both engines compute alike (64-bit integers well below overflow).
std::string Draw(const std::string& id_expr, uint64_t salt, int modulus);
}  // namespace national_sql

}  // namespace dangbo::demo
