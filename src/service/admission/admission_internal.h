// Shared inside the admission domain: loading a candidate and masking it for an actor.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "service/admission/admission.h"
#include "service/members/members.h"
#include "store/database.h"

namespace dangbo::service {

// The candidate with its deadlines, or nullopt; `path` (when given) receives its unit's
// materialized path for the scope check.
std::optional<Candidate> LoadCandidate(store::Transaction& tx, int64_t id, std::string* path);
// What the actor may see of a candidate: the national ID only for the roles that see
// members' (SeesSensitive), as member files are masked.
Candidate ForActor(const Actor& actor, Candidate c);
// A member file holding the personal fields the member-file rules check (unit, name, sex,
// birth date, national ID, ethnicity, religion, general education); nothing else is set.
MemberInput PersonalFile(const CandidateInput& c);

}  // namespace dangbo::service
