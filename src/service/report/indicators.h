// Indicators for a subtree, a date and a period, for a user: the access checks around the
// report engine (src/report), which does the counting.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "report/indicator.h"
#include "report/period.h"
#include "report/render.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/orgs/orgs.h"
#include "service/report/catalogue.h"

namespace dangbo::service {

struct IndicatorQuery {
  int64_t org_id = 0;
  Date at;                                           // stocks
  report::Period period;                             // flows
  std::vector<const report::Indicator*> indicators;  // empty: every one the actor may read
  std::string breakdown;  // "" or "unit": the values of each direct child unit as well
};

// The values of one child unit (as it was on `at`) in a breakdown by unit.
struct UnitValues {
  report::OrgSpan unit;
  std::vector<report::Value> values;
};

struct IndicatorAnswer {
  Org org;  // as it is now
  Date at;
  report::Period period;
  std::vector<report::Value> values;  // in the order asked
  std::vector<UnitValues> units;      // breakdown "unit" only
};

// Out of the actor's scope answers as missing (404); indicators about members need the
// member read right (403 otherwise); a stock for a date before the organization existed
// answers org_not_existing (404).
Result<IndicatorAnswer> Indicators(const Env& env, const Actor& actor, const IndicatorQuery& q);

// The JSON of the API and of `dangbo report --json`: a catalogue row (code, label, shape,
// unit, breakdowns) and an answer {org, at, period: {code, from, to, label}, indicators:
// [{code, label, shape, unit, value}]} (value: a count, a percentage or null), with
// units: [{org: {id, name, kind}, indicators: [...]}] for a breakdown by unit.
nlohmann::json IndicatorJson(const report::Indicator& i);
nlohmann::json IndicatorAnswerJson(const IndicatorAnswer& a);

// The answer as a grid (the subtree's column, then one per unit) with its title lines, for
// the workbook of the API and the CLI's text table.
report::Grid IndicatorGrid(const IndicatorAnswer& a);
// The workbook's file name: "chi-tieu-<org id>-<at>.xlsx".
std::string IndicatorFileName(const IndicatorAnswer& a);

}  // namespace dangbo::service
