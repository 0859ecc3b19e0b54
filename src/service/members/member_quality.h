// The official quality-analysis tables of a subtree at a date (members by age band, sex,
// ethnicity, religion, general education, professional qualification, political theory,
// state management and party age), registered as stock indicators members.<dimension>.<band>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace dangbo::service {

// What the classifiers read of one member (the member file as recorded now; age and
// party age are taken at the report's date).
struct QualityFacts {
  std::string sex, birth_date, ethnicity, religion, general_education, professional_level,
      theory_level, state_mgmt_level, admitted_on;
};

// One band of a dimension: its key and its heading in the tables.
struct QualityBand {
  const char* key;
  const char* label;
};

// A dimension: code ("age"), title ("Độ tuổi"), its bands in table order, and which band a
// member falls in on a date (every member falls in exactly one).
struct QualityDimension {
  const char* code;
  const char* title;
  std::vector<QualityBand> bands;
  std::string (*classify)(const QualityFacts& m, const Date& at);
  std::string QualityFacts::*reads;  // the one fact `classify` reads
};
const std::vector<QualityDimension>& QualityDimensions();

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterQualityIndicators();

}  // namespace dangbo::service
