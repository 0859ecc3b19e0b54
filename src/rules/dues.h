// Dues (đảng phí) as pure functions over the rule set of the month: the monthly amount due of
// a basis (income kind and amount), its rounding, exemption by party age, and the shares kept
// and remitted at each level of the tree (DOMAIN.md §5).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "base/vocab.h"
#include "rules/ruleset.h"

namespace dangbo::rules {

// What a member's dues are computed from.
enum class DuesIncome {
  kSalaried,   // paid a salary: the salary (and allowances) subject to social insurance
  kPensioner,  // the pension
  kStudent,    // pupils and students: a fixed amount under 01-QĐ/TW
  kOther,      // other members: a fixed amount (the provincial figure)
};
std::span<const vocab::Entry<DuesIncome>> VocabOf(DuesIncome);

// The rule set that decides a month's dues: the one in force on the month's last day, so
// February 2026 is under 01-QĐ/TW (in force from 3/2/2026) and January 2026 under 342-QĐ/TW.
const RuleSet& DuesRulesOfMonth(const RuleBook& book, int year, int month);

// `amount` rounded to the nearest multiple of `unit` đồng, halves up; a positive amount never
// rounds to zero (it becomes one unit). unit <= 1: unchanged.
int64_t RoundDues(int64_t amount, int64_t unit);

// The month's amount due in đồng for a basis: salaried base × salaried rate, pension ×
// pensioner rate (rates in basis points), students the rule's fixed amount (or, where the
// rule has none, the other members' amount), others the fixed amount; less a temporary
// reduction of `reduction_percent` (0–100; 100 = exempt); rounded by RoundDues. Zero when
// exempt. `base_vnd` is ignored for the fixed amounts.
int64_t MonthlyDue(const DuesRules& rules, DuesIncome income, int64_t base_vnd,
                   int reduction_percent);

// Whether a member of `party_age_years` (full years at the month's end) is exempt by age
// under the month's rules (01-QĐ/TW: 50 years; 342-QĐ/TW: no such exemption).
bool ExemptByPartyAge(const DuesRules& rules, int party_age_years);

// The levels of the tree as dues flow up.
enum class DuesLevel {
  kBranch,             // a branch under a grassroots committee (or a sub-committee)
  kSubCommittee,       // đảng bộ bộ phận: passes everything up
  kGrassroots,         // a grassroots organization (committee or branch)
  kGrassrootsCommune,  // a grassroots organization in a commune or ward
  kHigher,             // a committee above the grassroots
};

// The percent a unit keeps of what it handles in a month: for a branch, its own share
// (`branch_share`, when set and inside the rule's range) or the rule's default; for a
// grassroots organization, of the total collected in its whole subtree; for a higher level,
// of what it collected and received.
int KeepPercent(const DuesRules& rules, DuesLevel level, std::optional<int> branch_share);

// What a unit remits up in a month, in đồng: `base` × (100 − keep) / 100, rounded down (the
// remainder of a đồng stays with the unit). The base is the unit's collection plus what it
// received for a branch, sub-committee or higher level, and its subtree's collection for a
// grassroots organization (its branches' shares then come out of its 70% or 90%).
int64_t RemitAmount(int64_t base, int keep_percent);

}  // namespace dangbo::rules
