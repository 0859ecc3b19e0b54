// The rules as people read them beside a form's field: one sentence per rule, written from the
// numbers of the rule set in force on a date, with the documents it rests on. The web shows
// them under the fields they govern (GET /api/rules/notes?at=).
#pragma once

#include <string>
#include <vector>

#include "rules/ruleset.h"

namespace dangbo::rules {

struct RuleNote {
  std::string key;     // "admission_age": the field a form shows it beside
  std::string text;    // "Người vào Đảng phải đủ 18 tuổi …"
  std::string source;  // "Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW …"
};

// Every note of `rs`, in a fixed order; each key once.
std::vector<RuleNote> RuleNotes(const RuleSet& rs);

}  // namespace dangbo::rules
