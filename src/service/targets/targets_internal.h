// Internal to targets: the row readers and the visibility of a target.
#pragma once

#include <optional>
#include <string>

#include "report/period.h"
#include "service/targets/targets.h"
#include "store/database.h"

namespace dangbo::service::targets_internal {

// The target `id` (not voided) when its organization is in the actor's scope and the actor
// may read reports; nullopt otherwise (missing and hidden answer alike). Years not filled.
std::optional<CongressTarget> LoadVisibleTarget(store::Transaction& tx, const Actor& actor,
                                                int64_t id);
Error TargetNotFound(int64_t id);
// The congress term of code "2025-2030"; nullptr when unknown.
const report::CongressTerm* TermOf(const std::string& code);
// Fills `t.years` (every year of its term) from the stored years; computed actuals are
// filled by the caller.
void LoadYears(store::Transaction& tx, CongressTarget& t);
// Whether `actual` meets `plan` under `comparison`.
bool Meets(const std::string& comparison, double actual, double plan);

}  // namespace dangbo::service::targets_internal
