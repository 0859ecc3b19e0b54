// The national-scale demo data set: a party tree shaped like the whole country (63
// provinces as superior committees, each with district-level and bloc committees,
// grassroots committees and branches, sub-committees and branches: about 300,000
// organizations) and 5.6 million member files, generated deterministically from a seed
// and written through the registry's bulk write path (MemberWriter). For performance
// work (`make bench`) and for trying the product at the scale it must serve. The
// bloc-scale demo lives in demo.h.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "service/core/env.h"

namespace dangbo::demo {

struct NationalProgress {
  std::string phase;  // "orgs" | "members" | "dues" | "indexes" | "analyze"
  int64_t done = 0;   // in the phase's unit (organizations, members, indexes)
  int64_t total = 0;
  double seconds = 0;  // since GenerateNational started
};

struct NationalOptions {
  uint64_t seed = 1;
  int64_t members = 5'600'000;
  // Approximate: the tree is drawn at random with these proportions.
  int64_t orgs = 300'000;
  int provinces = 63;  // at most 63 (the real provinces, largest first)
  // Every generated date is on or before this day (ISO); member ages are as of it. The
  // default is the last year-end with 63 provinces and district-level committees.
  std::string as_of = "2024-12-31";
  // The parent of the provinces. Empty: the tree's root if there is exactly one, else a
  // new root "Đảng Cộng sản Việt Nam".
  std::optional<int64_t> root_id;
  // Drop the member tables' secondary indexes during the load and build them afterwards
  // (see DeferredMemberIndexes).
  bool defer_indexes = true;
  // Members per multi-row INSERT batch, and per commit.
  size_t batch = 256;
  int64_t commit_every = 1'000'000;
  // Run ANALYZE at the end (query planner statistics; takes a while at full scale).
  bool analyze = true;
  // Called from the calling thread, about every 100,000 members and at phase changes.
  std::function<void(const NationalProgress&)> progress;
};

struct NationalReport {
  int64_t root_id = 0;
  int64_t orgs = 0;  // created, the root excluded
  int64_t members = 0;
  int64_t tokens = 0, spans = 0, events = 0;
  bool deferred_indexes = false;
  double org_seconds = 0;     // writing the tree
  double member_seconds = 0;  // generating and writing member files (indexes deferred)
  double index_seconds = 0;   // building the deferred indexes
  std::vector<std::pair<std::string, double>> index_log;  // each index, when it was done
  double analyze_seconds = 0;
  double seconds = 0;  // everything
};

// Generates the data set into `env.db` (migrated; SQLite or PostgreSQL). Refuses
// (kConflict, "demo_not_empty") when the database holds any member file, or organizations
// under the chosen root. Database faults throw store::Error; what was committed by then
// stays (the member phase commits every `commit_every` members): start again from a fresh
// database.
// Deterministic: the same seed and counts give the same tree and member files (ids
// included on a fresh database); only created_at/recorded_at come from env.clock.
Result<NationalReport> GenerateNational(const service::Env& env, const NationalOptions& options);

}  // namespace dangbo::demo
