// The preset reports (the usual documents an office sends up) as data: a code, a title, a
// description, the indicators (codes, or "prefix.*" for every indicator under a prefix) and
// the breakdown their table uses.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/indicator.h"

namespace dangbo::service {

struct ReportPreset {
  std::string code, label, description;
  std::vector<const report::Indicator*> indicators;  // expanded, in catalogue order per entry
  std::string breakdown;                             // "grassroots", "unit" or ""
};

// Every preset, with its indicators resolved against the catalogue.
const std::vector<ReportPreset>& ReportPresets();
const ReportPreset* FindPreset(const std::string& code);

// {code, label, description, indicators: [codes], breakdown}
nlohmann::json PresetJson(const ReportPreset& p);

}  // namespace dangbo::service
