// Writing member history: spans (which unit and status from which date) and the moves
// of members that organization changes cause. Used by the registry and the lifecycle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/span_history.h"
#include "store/database.h"

namespace dangbo::service {

// Member statuses (DOMAIN §3). The first three are "active": counted in their unit.
// The active member statuses as an SQL list, "('probationary','official','exempt')",
// made from the vocabulary (service/core/kinds.h).
const std::string& ActiveStatusesSql();
bool IsActiveStatus(const std::string& status);
// Active members (probationary, official, exempt) whose unit is `org_id` now.
// REQUIRES: the caller has checked that the organization is in the actor's scope.
int64_t CountActiveMembers(store::Transaction& tx, int64_t org_id);
std::string StatusLabel(const std::string& status);  // "Dự bị", "Chính thức", ...
bool IsKnownStatus(const std::string& status);
// The active statuses' codes, from the vocabulary: "probationary", "official", "exempt".
const std::vector<std::string>& ActiveStatusCodes();

// Closes the member's open span at `on` and opens one with (org_id, status), or updates
// it in place when it began on `on`, keeping the version it replaces (recorded at `now`, a
// FormatTimestamp string). Fails when `on` is before the open span's start.
Status ChangeMemberSpan(store::Transaction& tx, int64_t member_id, const std::string& on,
                        int64_t org_id, const std::string& status, const std::string& now);

// Moves the active members of `from_org` (or only `only`, when given) into `to_org` from
// `on`, recording a 'unit_changed' event per member with `reason`. Returns how many moved.
Result<int64_t> MoveActiveMembers(store::Transaction& tx, const Actor& actor, int64_t from_org,
                                  int64_t to_org, const std::string& on, const std::string& reason,
                                  TimePoint now,
                                  const std::optional<std::vector<int64_t>>& only = std::nullopt);

// Keeps member.org_path in step when an organization's path changes.
void RewriteMemberPaths(store::Transaction& tx, const std::string& old_prefix,
                        const std::string& new_prefix);

}  // namespace dangbo::service
