// The organizations' indicators in the report catalogue: the tree at a date by kind
// (orgs.*) and the decisions that changed it in a period (org_events.*).
#pragma once

namespace dangbo::service {

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterOrgIndicators();

}  // namespace dangbo::service
