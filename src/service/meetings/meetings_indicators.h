// Meetings' indicators in the report catalogue: meetings held by kind against those due,
// units meeting every month, attendance (with the lowest and highest unit), unexcused
// absences and higher-level attendance, each with the list behind it.
#pragma once

namespace dangbo::service {

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterMeetingIndicators();

}  // namespace dangbo::service
