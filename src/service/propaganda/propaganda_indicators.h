// The propaganda domain's indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the propaganda fact tables (activities by kind, their figures as weights,
// Directive 05 registrations and recognitions) and the collaborators serving at a date, with
// the propaganda.* indicators. REQUIRES: called once, by the catalogue
// (service/report/catalogue.cc).
void RegisterPropagandaIndicators();

}  // namespace dangbo::service
