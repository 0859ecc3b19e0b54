// The dues items of the worklist: members with unpaid months in the year at the warning line
// (at the removal line: overdue), beside the meeting absence warnings.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "store/database.h"

namespace dangbo::service {

struct WorkItem;

// Called by the worklist (admission/flows.cc) for the subtree at `path` on `on`.
void AppendDuesWorkItems(store::Transaction& tx, const std::string& path, const Date& on,
                         std::vector<WorkItem>& items);

}  // namespace dangbo::service
