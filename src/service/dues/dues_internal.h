// Internal to the dues domain: the amount due of members in a month, the unit tally, the
// removal-line counts and the checks shared by the dues files.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rules/dues.h"
#include "service/dues/dues.h"
#include "service/orgs/orgs.h"
#include "store/database.h"

namespace dangbo::service::dues_internal {

// The month's last day (the date its rules are taken on).
Date MonthEnd(const Date& first);
// "YYYY-MM" of a date.
std::string MonthCode(const Date& d);
// The rule set of a month ("YYYY-MM", valid).
const rules::DuesRules& RulesOfMonth(const std::string& month);

// What the rules give a member for a month: income, base, relief and the amount due.
struct MemberDue {
  std::string income;  // "" = no basis recorded: the other members' fixed amount
  int64_t base = 0;
  int reduction_percent = 0;
  std::string relief_reason;
  int64_t due = 0;
};
// The amount due of each of `members` for `month` (bases and reliefs read in one query each).
std::map<int64_t, MemberDue> DuesOfMonth(store::Transaction& tx,
                                         const std::vector<int64_t>& members,
                                         const std::string& month);

// Rewrites the unit's tally of the month from its payment rows, recorded at `now` (the rows
// it replaces kept as retired: reports as recorded read them).
void RefreshTally(store::Transaction& tx, int64_t org_id, const std::string& month,
                  const std::string& now);
// The same for every unit of a month at once (set-based; the generators).
void RefreshTallyOfMonth(store::Transaction& tx, const std::string& month, const std::string& now);

// Each member's months with payment rows and unpaid months of a year, bit 0 January
// (dues_standing), and each unit's months with a tally (dues_kept): rewritten for the
// members with rows in the unit's month and for the unit after its tally (RefreshTally
// calls it), or for a whole month (RefreshTallyOfMonth).
inline constexpr int64_t kAllMonths = 0xFFF;
void RefreshStanding(store::Transaction& tx, int64_t org_id, const std::string& month);
void RefreshStandingOfMonth(store::Transaction& tx, const std::string& month);

// Records every remittance of the month not recorded yet in the subtree of `root`, as the
// rules give them (children before parents); answers how many were written. Unscoped.
int64_t RemitMonth(store::Transaction& tx, const Org& root, const std::string& month,
                   const std::string& on, const std::string& recorded_at, const std::string& by);

// Whether the actor's roles may read dues (dues.read).
Status CheckReader(const Actor& actor);
// The organization a dues read names, for a reader (dues.read) whose scope holds it, and the
// year asked when given (not 0): 1930–2200. Outside the scope: OrgNotFound, as a missing id.
Result<Org> ReadableOrg(store::Transaction& tx, const Actor& actor, int64_t org_id, int year);
// A month field: "YYYY-MM", not after the current month.
void CheckMonth(Validator& v, const std::string& month, const std::string& field,
                const Date& today);

// Branch-like organization kinds, as an SQL list.
inline constexpr const char* kSheetKinds = "'grassroots_branch','branch'";

}  // namespace dangbo::service::dues_internal
