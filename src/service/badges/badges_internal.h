// Internal to badges: the row reader, a member's badge facts and the one eligibility check
// shared by the due list, the proposal and the whole-round import.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/lifecycle.h"
#include "service/badges/badges.h"
#include "service/core/discipline_facts.h"
#include "store/database.h"

namespace dangbo::service::badges_internal {

// The badge columns over `b` joined to `m` (member) and `o` (unit); ends with the FROM.
extern const char* const kBadgeSelect;
Badge BadgeFromRow(const store::Row& r);

// What the rules need to know of a member.
struct MemberFacts {
  int64_t id = 0;
  std::string full_name;
  int64_t org_id = 0;
  std::string org_path;
  std::string status;
  std::optional<Date> admitted_on;
  std::vector<rules::Gap> gaps;
  int last_awarded = 0;              // highest milestone awarded, 0 when none
  std::vector<int> open_milestones;  // milestones with a proposal in progress or awarded
};
std::optional<MemberFacts> LoadMemberFacts(store::Transaction& tx, int64_t member_id);

// The highest milestone above the last award whose round (the first on or after the day it
// is reached) is on or before `round`; nullopt when none.
std::optional<rules::BadgeDue> DueAt(const rules::RuleSet& rules, const MemberFacts& m,
                                     const Date& round);
// Why a member may not be proposed at `round` because of discipline ("" when nothing holds).
std::string DisciplineHold(store::Transaction& tx, const rules::RuleSet& rules, int64_t member_id,
                           const Date& round);
// The same from the member's latest decision by the round (none: "").
std::string DisciplineHoldOf(const rules::RuleSet& rules,
                             const std::optional<DisciplineDecision>& latest, const Date& round);
// Every check of a proposal of `m` for `milestone` at `round` on `basis`.
Status CheckEligible(store::Transaction& tx, const MemberFacts& m, int milestone, const Date& round,
                     BadgeBasis basis);
// Whether `d` is an award round under the rules in force on it.
bool IsRound(const Date& d);

}  // namespace dangbo::service::badges_internal
