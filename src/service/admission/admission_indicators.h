// Admission's indicators in the report catalogue: the yearly admission target of a
// subtree and the admissions' percentage of it.
#pragma once

#include <cstdint>
#include <string>

#include "store/database.h"

namespace dangbo::service {

// The admission target of the years `from`..`to` for the subtree of `org_id` (its current
// path `org_path`): per year the organization's own target if set, else the sum of its
// descendants' targets. 0 when none is set.
int64_t AdmissionTargetIn(store::Transaction& tx, int64_t org_id, const std::string& org_path,
                          int from_year, int to_year);

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc),
// after the lifecycle's (the percentage counts its member_event source).
void RegisterAdmissionIndicators();

}  // namespace dangbo::service
