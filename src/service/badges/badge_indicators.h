// The badges' indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the badge fact tables (proposals by their date, awards by theirs) and the
// badges.* indicators. REQUIRES: called once, by the catalogue (service/report/catalogue.cc).
void RegisterBadgeIndicators();

}  // namespace dangbo::service
