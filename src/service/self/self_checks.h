// Internal: the self-service part of the worklist.
#pragma once

#include <string>
#include <vector>

#include "service/admission/flows.h"
#include "store/database.h"

namespace dangbo::service {

// One item per pending correction request of a member of the subtree `path`.
void AppendCorrectionWorkItems(store::Transaction& tx, const std::string& path,
                               std::vector<WorkItem>& items);

}  // namespace dangbo::service
