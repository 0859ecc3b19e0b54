// The training domain's indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the training fact tables (classes, learners, learners completed, by class kind)
// and the committee members trained, with the training.* indicators. REQUIRES: called once,
// by the catalogue (service/report/catalogue.cc).
void RegisterTrainingIndicators();

}  // namespace dangbo::service
