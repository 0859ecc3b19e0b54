// The lifecycle's indicators in the report catalogue: member events as a dated-fact table
// (flows.<kind>) and transfers as seen from the subtree (transfers.in / out / internal).
#pragma once

#include <vector>

#include "report/flow.h"
#include "service/core/kinds.h"

namespace dangbo::service {

// member_event as a fact table (organization = the member's unit at the time).
const report::FactTable& MemberEventFacts();

// The event kinds of the flows report (/api/orgs/{id}/flows), in its order.
const std::vector<MemberEventKind>& FlowReportKinds();

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterLifecycleIndicators();

}  // namespace dangbo::service
