// Internal to cadre planning: the plan row reader with its progress, and the confidential
// visibility of one plan.
#pragma once

#include <optional>
#include <string>

#include "service/cadre/cadre.h"
#include "store/database.h"

namespace dangbo::service::cadre_internal {

// The columns of a plan over `p` joined to `o` (the post's organization), `m` (the member)
// and `mo` (the member's unit); ends with the FROM clause.
extern const char* const kPlanSelect;
// The roadmap items and the progress of `p` for `today` (ISO).
void ReadProgress(store::Transaction& tx, CadrePlan& p, const std::string& today);
CadrePlan PlanFromRow(store::Transaction& tx, const store::Row& r, const std::string& today);
// The plan `id` when the actor may read cadre planning in its scope; nullopt otherwise.
std::optional<CadrePlan> LoadVisiblePlan(store::Transaction& tx, const Actor& actor, int64_t id,
                                         const std::string& today);
Error PlanNotFound(int64_t id);

}  // namespace dangbo::service::cadre_internal
