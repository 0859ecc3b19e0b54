// The cultural-standard units' indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the source culture_unit (the subtree's host units and their standing in the
// year of the period's end) and the culture.* indicators. REQUIRES: called once, by the
// catalogue (service/report/catalogue.cc).
void RegisterCultureIndicators();

}  // namespace dangbo::service
