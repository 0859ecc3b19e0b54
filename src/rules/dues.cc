// Dues amounts, rounding and the shares of each level, by the rule set of the month.
#include "rules/dues.h"

#include <algorithm>
#include <array>

namespace dangbo::rules {

namespace {

constexpr std::array<vocab::Entry<DuesIncome>, 4> kIncomes = {{
    {DuesIncome::kSalaried, "salaried", "Hưởng lương (tiền lương đóng bảo hiểm xã hội)"},
    {DuesIncome::kPensioner, "pensioner", "Hưởng lương hưu"},
    {DuesIncome::kStudent, "student", "Học sinh, sinh viên"},
    {DuesIncome::kOther, "other", "Đảng viên khác (mức cố định)"},
}};
static_assert(vocab::WellFormed<DuesIncome>(kIncomes));

}  // namespace

std::span<const vocab::Entry<DuesIncome>> VocabOf(DuesIncome) { return kIncomes; }

const RuleSet& DuesRulesOfMonth(const RuleBook& book, int year, int month) {
  return book.At(Date(year, month, Date::DaysInMonth(year, month)));
}

int64_t RoundDues(int64_t amount, int64_t unit) {
  if (unit <= 1 || amount <= 0) return std::max<int64_t>(amount, 0);
  const int64_t rounded = (amount + unit / 2) / unit * unit;
  return rounded == 0 ? unit : rounded;
}

int64_t MonthlyDue(const DuesRules& rules, DuesIncome income, int64_t base_vnd,
                   int reduction_percent) {
  const int reduction = std::clamp(reduction_percent, 0, 100);
  if (reduction == 100) return 0;
  int64_t full = 0;
  switch (income) {
    case DuesIncome::kSalaried:
      full = std::max<int64_t>(base_vnd, 0) * rules.salaried_rate_bp / 10'000;
      break;
    case DuesIncome::kPensioner:
      full = std::max<int64_t>(base_vnd, 0) * rules.pensioner_rate_bp / 10'000;
      break;
    case DuesIncome::kStudent:
      full = rules.student_monthly_vnd.value_or(rules.other_monthly_vnd);
      break;
    case DuesIncome::kOther:
      full = rules.other_monthly_vnd;
      break;
  }
  return RoundDues(full * (100 - reduction) / 100, rules.rounding_vnd);
}

bool ExemptByPartyAge(const DuesRules& rules, int party_age_years) {
  return rules.exempt_from_party_age_years && party_age_years >= *rules.exempt_from_party_age_years;
}

int KeepPercent(const DuesRules& rules, DuesLevel level, std::optional<int> branch_share) {
  switch (level) {
    case DuesLevel::kBranch:
      if (branch_share && *branch_share >= rules.branch_keep_min_percent &&
          *branch_share <= rules.branch_keep_max_percent) {
        return *branch_share;
      }
      return rules.branch_keep_default_percent;
    case DuesLevel::kSubCommittee:
      return 0;
    case DuesLevel::kGrassroots:
      return rules.grassroots_keep_percent;
    case DuesLevel::kGrassrootsCommune:
      return rules.grassroots_commune_keep_percent;
    case DuesLevel::kHigher:
      return rules.higher_level_keep_percent;
  }
  return 0;
}

int64_t RemitAmount(int64_t base, int keep_percent) {
  if (base <= 0) return 0;
  return base * (100 - std::clamp(keep_percent, 0, 100)) / 100;
}

}  // namespace dangbo::rules
