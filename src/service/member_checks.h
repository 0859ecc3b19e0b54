// Internal to the service layer: the checks every path that creates or edits a member file
// shares (entry, edit, transfer in) — numbers that must be unique, and likely duplicates.
#pragma once

#include <cstdint>
#include <vector>

#include "base/result.h"
#include "service/members.h"
#include "store/database.h"

namespace dangbo::service {

// Other files with the same national ID, or the same folded name and birth date
// (`exclude_id`: the file being edited, 0 for a new one).
std::vector<Duplicate> FindDuplicates(store::Transaction& tx, const MemberInput& in,
                                      int64_t exclude_id);
// The 409 "possible_duplicate" listing them; the caller may save with confirm_duplicate.
Error DuplicateError(const std::vector<Duplicate>& dups);
// Card and record numbers already used by another file, as a 409 with field errors.
Status CheckUnique(store::Transaction& tx, const MemberInput& in, int64_t exclude_id);

}  // namespace dangbo::service
