// The members' indicators in the report catalogue: the members of a subtree at a date by
// status (members.*), from the member index when it is ready, else from SQL.
#pragma once

namespace dangbo::service {

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterMemberIndicators();

}  // namespace dangbo::service
