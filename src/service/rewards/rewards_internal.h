// Internal to rewards: the row readers of awards and movements and their visibility.
#pragma once

#include <optional>
#include <string>

#include "service/rewards/rewards.h"
#include "store/database.h"

namespace dangbo::service::rewards_internal {

// The award `id` (not voided) when its organization is in the actor's scope and the actor
// may read members; nullopt otherwise (missing and hidden answer alike).
std::optional<Reward> LoadVisibleReward(store::Transaction& tx, const Actor& actor, int64_t id);
// The movement `id` (not voided) when its organization is in the actor's scope.
std::optional<Emulation> LoadVisibleEmulation(store::Transaction& tx, const Actor& actor,
                                              int64_t id);
// The organization path of the movement `id` (empty when missing or voided).
std::string EmulationPath(store::Transaction& tx, int64_t id);
Error RewardNotFound(int64_t id);
Error EmulationNotFound(int64_t id);

}  // namespace dangbo::service::rewards_internal
