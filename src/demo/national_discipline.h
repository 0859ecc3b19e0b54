// The national generator's inspection and discipline phase (national_discipline.cc).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"
#include "service/core/env.h"

namespace dangbo::demo {

// For the year ending on `as_of`: about a third of the grassroots organizations among
// `org_ids` inspected or supervised by their parent committee (concluded, fixed and closed
// as far as the year allows), and about one member in a thousand disciplined (khiển trách or
// cảnh cáo, decided by the member's unit). Set-based: multi-row INSERTs in one transaction.
// Answers the cases written.
int64_t GenerateNationalCases(const service::Env& env, const Date& as_of,
                              const std::vector<int64_t>& org_ids, const std::string& now,
                              uint64_t seed);

}  // namespace dangbo::demo
