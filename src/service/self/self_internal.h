// Internal: what the reads and writes of members' own space share.
#pragma once

#include <string>
#include <vector>

#include "service/self/self.h"
#include "store/database.h"

namespace dangbo::service::self_internal {

// The member an account is the own account of, with the member's unit.
struct OwnMemberRef {
  int64_t member_id = 0;
  int64_t org_id = 0;
  std::string org_path;
};
// A rule refusal (Vietnamese) for an account that is no member's own, or whose member left.
Result<OwnMemberRef> OwnMember(const Env& env, const Actor& actor);

// The actor the own-space reads run as: the same person, scoped to the member's own unit
// with read rights there. REQUIRES: used only to read the member's own records and their
// unit's meeting list; never returned or used to write.
Actor Reader(const Actor& me, const OwnMemberRef& self);

// Correction requests matching `where` (on c = correction_request, m = member), pending first,
// newest first.
std::vector<CorrectionRequest> Corrections(store::Transaction& tx, const std::string& where,
                                           const std::vector<store::Value>& args);
std::vector<CorrectionRequest> MemberCorrections(const Env& env, int64_t member_id);

}  // namespace dangbo::service::self_internal
