// Internal to verify*.cc: the checks written in C++ rather than SQL.
#pragma once

#include <cstdint>

#include "service/verify/verify.h"
#include "store/database.h"

namespace dangbo::service {

// Recomputes each member's name_key, sort_key and search tokens from the names in the
// file and compares them with the stored ones, reading members in id ranges.
VerifyCheck VerifyMemberNames(store::Transaction& tx, int64_t limit);

}  // namespace dangbo::service
