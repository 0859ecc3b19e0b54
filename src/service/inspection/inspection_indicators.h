// The inspection domain's indicators in the report catalogue (confidential).
#pragma once

namespace dangbo::service {

// Registers the inspection fact tables (cases opened, concluded, closed) and the
// inspection.* indicators, all confidential. REQUIRES: called once, by the catalogue.
void RegisterInspectionIndicators();

}  // namespace dangbo::service
