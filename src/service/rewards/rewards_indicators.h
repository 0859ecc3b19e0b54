// The rewards domain's indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the award fact tables (by subject and by form) and the emulation movements and
// models (by kind), with the rewards.* and emulation.* indicators. REQUIRES: called once, by
// the catalogue (service/report/catalogue.cc).
void RegisterRewardIndicators();

}  // namespace dangbo::service
