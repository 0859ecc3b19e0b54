// Recognition of probationary members as official (công nhận đảng viên chính thức), or
// refusal. Probation is 12 calendar months from the ceremony; official membership dates from
// its end even when the branch meets later.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "rules/lifecycle.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

struct RecognitionInput {
  std::string resolution_on;  // the branch's resolution (after probation ended)
  Decision decision;          // the competent committee's decision (number, date)
  bool recognize = true;      // false: not recognised (the member is removed, xóa tên)
  std::string reason;         // required when refusing
};

struct RecognitionResult {
  std::string status;       // official | removed
  std::string official_on;  // the end of probation, when recognised
  std::vector<rules::Warning> warnings;
};

// The ceremony date of the member's admission (probation starts there); the admission date
// for files entered without one. ENSURES: never before `admitted_on` (a ceremony follows the
// decision, a readmission the first admission; a date before it is taken as the admission).
Date ProbationStart(store::Transaction& tx, int64_t member_id, const Date& admitted_on);
// The same from the detail of the member's latest admitted/readmitted event.
Date ProbationStartFrom(const std::string& event_detail_json, const Date& admitted_on);

Result<RecognitionResult> Recognize(const Env& env, const Actor& actor, int64_t member_id,
                                    const RecognitionInput& in);

}  // namespace dangbo::service
