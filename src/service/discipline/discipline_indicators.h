// The discipline domain's indicators in the report catalogue (confidential).
#pragma once

namespace dangbo::service {

// Registers the discipline fact tables (decisions by subject and form, by the member's
// status, by appeal) and the discipline.* indicators, all confidential. REQUIRES: called
// once, by the catalogue (service/report/catalogue.cc).
void RegisterDisciplineIndicators();

}  // namespace dangbo::service
