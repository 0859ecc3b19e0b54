// The cadre planning domain's indicators in the report catalogue (confidential).
#pragma once

namespace dangbo::service {

// Registers the people in the plan on a date by post, with their roadmap complete or
// overdue (cadre.*, confidential: readers of cadre planning only). REQUIRES: called once,
// by the catalogue (service/report/catalogue.cc).
void RegisterCadreIndicators();

}  // namespace dangbo::service
