// Shared pieces of the member lifecycle services: the rules in force, recording a dated
// member event, and changing a member's status from a date (span + projection together).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "rules/ruleset.h"
#include "service/core/actor.h"
#include "service/orgs/orgs.h"
#include "store/database.h"

namespace dangbo::service {

// The shipped rule book (rules/ruleset.h); a rule for date D is Rules().At(D).
const rules::RuleBook& Rules();

// Appends a member event; returns its id. `org_id` is the unit the event belongs to (for
// flows by subtree: the unit at the time).
int64_t RecordMemberEvent(store::Transaction& tx, int64_t member_id, const std::string& kind,
                          const std::string& on, int64_t org_id, const Decision& decision,
                          const nlohmann::json& detail, const Actor& actor, TimePoint now);

// Sets the member's status from `on` (closing the open span there) and in the projection.
Status ChangeMemberStatus(store::Transaction& tx, int64_t member_id, const std::string& on,
                          const std::string& status, TimePoint now);

// The member's current unit, status and key dates, in `tx`.
struct MemberState {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_path;
  std::string status;
  std::string full_name;
  std::string birth_date;
  std::string admitted_on;
  std::string official_on;
  std::string card_no;
};
std::optional<MemberState> LoadMemberState(store::Transaction& tx, int64_t member_id);

}  // namespace dangbo::service
