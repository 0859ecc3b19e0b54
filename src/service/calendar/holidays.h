// The holiday table (data, editable by admins): the days off and working Saturdays that
// working-day deadlines are counted with. Shipped seeds fill the years the product covers.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "rules/calendar.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

// Inserts the shipped seeds for every day not in the table yet (an admin's edit of a day is
// kept). Returns how many rows were added. Idempotent; audited when it adds rows.
int64_t EnsureShippedHolidays(const Env& env);

// The working calendar from the table, read in `tx`.
rules::WorkingCalendar LoadCalendar(store::Transaction& tx);

struct HolidayRow {
  std::string day;
  std::string name;
  std::string kind;    // holiday | compensatory | working_saturday
  std::string source;  // shipped | admin
  std::string updated_by;
};
Result<std::vector<HolidayRow>> ListHolidays(const Env& env, const Actor& actor, int year);
// Admins add or change one day, or remove it.
Result<HolidayRow> PutHoliday(const Env& env, const Actor& actor, const HolidayRow& in);
Status DeleteHoliday(const Env& env, const Actor& actor, const std::string& day);

}  // namespace dangbo::service
