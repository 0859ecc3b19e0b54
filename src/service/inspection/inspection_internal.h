// Internal to inspection: the row reader and the confidentiality check of one case.
#pragma once

#include <optional>

#include "service/inspection/inspection.h"
#include "service/orgs/orgs.h"
#include "store/database.h"

namespace dangbo::service::inspection_internal {

// The columns of a case over `x` joined to `o` (subject unit), `h` (handling organization)
// and `m` (member); ends with the FROM clause.
extern const char* const kCaseSelect;
InspectionCase CaseFromRow(const store::Row& r);
// The case `id` with its steps when the actor may open it (inside the scope, and — for a
// reader of only the cases its organization conducts — conducted by it); nullopt otherwise.
std::optional<InspectionCase> LoadVisibleCase(store::Transaction& tx, const Actor& actor,
                                              int64_t id);
Error CaseNotFound(int64_t id);

}  // namespace dangbo::service::inspection_internal
