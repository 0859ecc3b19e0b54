// Members' own space: a member's account reads their own file and what concerns them (party
// age, card, badges, their branch's meetings and their attendance, dues), nothing of anyone
// else; they ask for corrections, which land in their unit's worklist.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "service/accounts/users.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

struct CorrectionRequest {
  int64_t id = 0;
  int64_t member_id = 0;
  std::string full_name, org_name;
  std::string field;  // a member file field name, or "other"
  std::string field_label, requested, note, state, created_at;
  std::string resolved_at, resolved_by, resolution;
};
nlohmann::json CorrectionJson(const CorrectionRequest& c);

// The own page of a member's account: the JSON the web shows (member, party_age, badges,
// next_badge, meetings, dues, corrections). An account that is no member's own (or whose
// member left): {"member": null, "message": why, in Vietnamese}.
Result<nlohmann::json> MyFile(const Env& env, const Actor& actor);

struct CorrectionInput {
  std::string field;      // MemberFields() name or "other"
  std::string requested;  // what is right, up to 500 characters
  std::string note;       // up to 1.000 characters
};
Result<CorrectionRequest> RequestCorrection(const Env& env, const Actor& actor,
                                            const CorrectionInput& in);

// The requests of the members of a subtree (member.read there), pending first.
Result<std::vector<CorrectionRequest>> ListCorrections(const Env& env, const Actor& actor,
                                                       int64_t org_id, const std::string& state);
// Marks a pending request done or rejected (member.write on the member's unit); a rejection
// needs its reason.
Result<CorrectionRequest> ResolveCorrection(const Env& env, const Actor& actor, int64_t id,
                                            const std::string& state,
                                            const std::string& resolution);

// The member's own account (role member, the member's unit), by an actor who manages users
// in the member's scope. A member has at most one.
Result<User> CreateMemberAccount(const Env& env, const Actor& actor, int64_t member_id,
                                 const std::string& username, const std::string& password);

}  // namespace dangbo::service
