// Checks of single input values that every domain shares, made before a transaction
// opens: the one date check, the one text check and the one decision check.
#pragma once

#include <cstddef>
#include <string>

#include "base/date.h"
#include "base/result.h"

namespace dangbo::service {

// The decision behind a dated fact (a change of the tree, a member's event). effective_on
// is required and may not be in the future (a decision is recorded when it takes effect);
// decision_date, when given, may not be after it.
struct Decision {
  std::string effective_on;
  std::string decision_no;    // e.g. "125-QĐ/ĐUK"
  std::string decision_date;  // optional
};

// Valid UTF-8, at most `max` bytes, and not blank when `required`.
void CheckText(Validator& v, const std::string& value, const std::string& field,
               const std::string& label, size_t max, bool required);
// A real date (YYYY-MM-DD) not after `today`; present when `required`.
void CheckPastDate(Validator& v, const std::string& value, const std::string& field,
                   const std::string& label, const Date& today, bool required);
// The decision's dates as above; decision_no present when `number_required`.
void CheckDecision(Validator& v, const Decision& d, const Date& today, bool number_required);

}  // namespace dangbo::service
