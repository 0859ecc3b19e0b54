// What ratings and badges need to know about discipline, as a small read interface: the
// discipline domain does not exist yet, so the shipped reader knows of none. When it lands
// it installs its own reader (SetDisciplineFacts); tests install doubles.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "base/date.h"
#include "rules/ruleset.h"
#include "store/database.h"

namespace dangbo::service {

// One discipline decision on a member.
struct DisciplineDecision {
  rules::DisciplineForm form = rules::DisciplineForm::kReprimand;
  Date decided_on;
};

class DisciplineFacts {
 public:
  virtual ~DisciplineFacts() = default;
  // Whether the member was disciplined by a decision dated in `year`.
  virtual bool DisciplinedInYear(store::Transaction& tx, int64_t member_id, int year) const = 0;
  // The member's latest discipline decision dated on or before `on`, if any.
  virtual std::optional<DisciplineDecision> LatestBefore(store::Transaction& tx, int64_t member_id,
                                                         const Date& on) const = 0;
  // The same for each of `members` (sorted ascending) that has one: by default one read per
  // member; a reader over a table overrides it with one read.
  virtual std::map<int64_t, DisciplineDecision> LatestBeforeEach(
      store::Transaction& tx, const std::vector<int64_t>& members, const Date& on) const;
};

// The reader in force: by default one that knows of no discipline.
const DisciplineFacts& Discipline();
// Installs `facts` (not owned; nullptr restores the default) and answers the previous one.
const DisciplineFacts* SetDisciplineFacts(const DisciplineFacts* facts);

}  // namespace dangbo::service
