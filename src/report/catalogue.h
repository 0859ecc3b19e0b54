// The built-in catalogue: the sources over the registry's tables (org_span, member_span,
// member_event, org_event, member_transfer, admission_target) and their indicators. A new
// domain adds its fact tables and indicators in a Register… function called from
// RegisterBuiltins (catalogue.cc).
#pragma once

#include <cstdint>

#include "base/date.h"
#include "report/flow.h"
#include "store/database.h"

namespace dangbo::report {

// member_event as a fact table (organization = the member's unit at the time).
const FactTable& MemberEventFacts();

// The admission target of the years `from`..`to` for the subtree of `org_id` (its current
// path `org_path`): per year the organization's own target if set, else the sum of its
// descendants' targets. 0 when none is set.
int64_t AdmissionTargetIn(store::Transaction& tx, int64_t org_id, const std::string& org_path,
                          int from_year, int to_year);

}  // namespace dangbo::report
