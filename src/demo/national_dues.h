// The national generator's dues phase (national_dues.cc): a year of monthly dues for every
// active member, written set-based.
#pragma once

#include <cstdint>
#include <functional>

#include "base/date.h"
#include "store/database.h"

namespace dangbo::demo {

// Bases for every active member without one, then for each of the 12 months before `today`'s
// month one collection row per active member (one INSERT … SELECT per month: 5.6 M rows), the
// units' tallies and the remittances up the tree from `root_id`. Answers the payment rows.
int64_t GenerateNationalDues(store::Database& db, int64_t root_id, const Date& today,
                             const std::function<void(int64_t done, int64_t total)>& progress);

}  // namespace dangbo::demo
