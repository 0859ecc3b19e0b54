// Internal to the service layer: the checks every path that creates or edits a member file
// shares (entry, edit, transfer in) — numbers that must be unique, and likely duplicates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/members/members.h"
#include "store/database.h"

namespace dangbo::service {

// Likely duplicates of `in` (`exclude_id`: the file being edited, 0 for a new one), told
// only as far as the actor may know them: files inside the actor's scope with the same
// national ID, or the same folded name and birth date, in `inside` (who and where); a
// national ID registered outside the scope only as a fact, with no identity; a name and
// birth date matching only outside the scope is not told (it would be an oracle for who
// exists elsewhere).
struct DuplicateCheck {
  std::vector<Duplicate> inside;
  bool national_id_elsewhere = false;
  bool empty() const { return inside.empty() && !national_id_elsewhere; }
};
DuplicateCheck FindDuplicates(store::Transaction& tx, const Actor& actor, const MemberInput& in,
                              int64_t exclude_id);
// The 409 "possible_duplicate" telling them; the caller may save with confirm_duplicate.
Error DuplicateError(const DuplicateCheck& dups);
// "The national ID is registered elsewhere; ask the higher committee", for any channel.
std::string NationalIdElsewhereText();

// Card and record numbers already used by another file, as a 409 with field errors.
Status CheckUnique(store::Transaction& tx, const MemberInput& in, int64_t exclude_id);

}  // namespace dangbo::service
