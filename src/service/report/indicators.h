// Indicators for a subtree, a date and a period, for a user: the access checks around the
// report engine (src/report), which does the counting.
#pragma once

#include <cstdint>
#include <optional>
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
  // "", "unit" (the values of each direct child unit as well) or "grassroots" (of each
  // grassroots organization, TCCSĐ, of the subtree), as they were on `at`.
  std::string breakdown;
  bool compare = false;  // also the same period a year earlier (stocks: a year before `at`)
  // "": the data as it is; a moment (report/as_recorded.h): as it was recorded then.
  std::string recorded;
};

// The values of one unit (as it was on `at`) in a breakdown.
struct UnitValues {
  report::OrgSpan unit;
  std::vector<report::Value> values;
  // When compared: the same indicators a year earlier; none when the unit did not exist.
  std::optional<std::vector<report::Value>> previous;
};

struct IndicatorAnswer {
  Org org;  // as it is now
  Date at;
  report::Period period;
  std::vector<report::Value> values;  // in the order asked
  std::string breakdown;              // as asked
  std::vector<UnitValues> units;      // breakdowns only
  bool compared = false;
  std::optional<std::vector<report::Value>> previous;  // as in UnitValues
  std::string recorded;                                // as asked
};

// Out of the actor's scope answers as missing (404); indicators about members need the
// member read right (403 otherwise); a stock for a date before the organization existed
// answers org_not_existing (404).
Result<IndicatorAnswer> Indicators(const Env& env, const Actor& actor, const IndicatorQuery& q);

// The people or organizations behind one indicator's value for a subtree.
struct PeopleQuery {
  int64_t org_id = 0;
  const report::Indicator* indicator = nullptr;  // REQUIRES: set
  Date at;
  report::Period period;
  int page = 1, page_size = 50;
  std::string recorded;  // as in IndicatorQuery
  std::string search;    // "": all; else the entries whose name holds these words (folded)
};
struct PeopleAnswer {
  const report::Indicator* indicator = nullptr;
  int64_t total = 0;
  std::vector<report::ListEntry> items;  // the page asked
};
// Access as for Indicators; a list of members needs the member read right whatever the
// indicator; an indicator without a list (a target, a percentage's base) is refused (400).
Result<PeopleAnswer> IndicatorPeople(const Env& env, const Actor& actor, const PeopleQuery& q);
nlohmann::json PeopleAnswerJson(const PeopleAnswer& a);
// The whole list (every page, the search applied) as `format` "xlsx" (a workbook titled with
// the indicator, the organization and the period) or "docx" (the committee's list document).
Result<std::string> ExportIndicatorPeople(const Env& env, const Actor& actor, PeopleQuery q,
                                          const std::string& format);

// The JSON of the API and of `dangbo report --json`: a catalogue row (code, label, shape,
// unit, breakdowns) and an answer {org, at, period: {code, from, to, label}, indicators:
// [{code, label, shape, unit, value}]} (value: a count, a percentage or null), with
// units: [{org: {id, name, kind}, indicators: [...]}] for a breakdown; when compared, every
// value object has previous (null when unknown) and change (value − previous; null for
// percentages), and the answer previous_period and previous_at.
nlohmann::json IndicatorJson(const report::Indicator& i);
nlohmann::json IndicatorAnswerJson(const IndicatorAnswer& a);

// "Số liệu như đã ghi nhận đến 30/06/2025 lúc 23:59": the line under a report's title
// when it reads the data as recorded at `moment`.
std::string RecordedLine(const std::string& moment);

// The answer as a grid (the subtree's column, then one per unit) with its title lines, for
// the workbook of the API and the CLI's text table.
report::Grid IndicatorGrid(const IndicatorAnswer& a);
// The workbook's file name: "chi-tieu-<org id>-<at>.xlsx".
std::string IndicatorFileName(const IndicatorAnswer& a);

}  // namespace dangbo::service
