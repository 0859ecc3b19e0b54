// The ratings' indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the "rating" fact table (decided ratings, dated 31/12 of their year) and the
// ratings.* indicators. REQUIRES: called once, by the catalogue (service/report/catalogue.cc).
void RegisterRatingIndicators();

}  // namespace dangbo::service
