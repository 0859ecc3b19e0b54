// The shipped rule-set versions and the look-up of the set in force on a date.
#include "rules/ruleset.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <utility>

namespace dangbo::rules {

std::optional<int> DisciplineStatuteMonths(const RuleSet& rules, DisciplineForm form) {
  switch (form) {
    case DisciplineForm::kReprimand:
      return rules.discipline.reprimand_statute_months;
    case DisciplineForm::kWarning:
      return rules.discipline.warning_statute_months;
    case DisciplineForm::kDismissal:
      return rules.discipline.dismissal_statute_months;
    case DisciplineForm::kExpulsion:
    case DisciplineForm::kDissolution:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<int> BadgeWaitMonths(const RuleSet& rules, DisciplineForm form) {
  switch (form) {
    case DisciplineForm::kReprimand:
      return rules.discipline.reprimand_badge_wait_months;
    case DisciplineForm::kWarning:
      return rules.discipline.warning_badge_wait_months;
    case DisciplineForm::kDismissal:
      return rules.discipline.dismissal_badge_wait_months;
    case DisciplineForm::kExpulsion:
    case DisciplineForm::kDissolution:
      return std::nullopt;
  }
  return std::nullopt;
}

namespace {
constexpr std::array<vocab::Entry<RatingLevel>, 4> kLevels = {{
    {RatingLevel::kExcellent, "excellent", "Hoàn thành xuất sắc nhiệm vụ"},
    {RatingLevel::kGood, "good", "Hoàn thành tốt nhiệm vụ"},
    {RatingLevel::kCompleted, "completed", "Hoàn thành nhiệm vụ"},
    {RatingLevel::kNotCompleted, "not_completed", "Không hoàn thành nhiệm vụ"},
}};
static_assert(vocab::WellFormed<RatingLevel>(kLevels));

constexpr std::array<vocab::Entry<RatingScheme>, 2> kSchemes = {{
    {RatingScheme::kQuota, "quota", "Xếp loại theo mức (tối đa 20% xuất sắc)"},
    {RatingScheme::kScore, "score", "Chấm điểm thang 100 (Quy định 366-QĐ/TW)"},
}};
static_assert(vocab::WellFormed<RatingScheme>(kSchemes));

}  // namespace

std::span<const vocab::Entry<RatingLevel>> VocabOf(RatingLevel) { return kLevels; }

namespace {
constexpr vocab::Entry<DisciplineForm> kDisciplineForms[] = {
    {DisciplineForm::kReprimand, "reprimand", "Khiển trách"},
    {DisciplineForm::kWarning, "warning", "Cảnh cáo"},
    {DisciplineForm::kDismissal, "dismissal", "Cách chức"},
    {DisciplineForm::kExpulsion, "expulsion", "Khai trừ"},
    {DisciplineForm::kDissolution, "dissolution", "Giải tán"},
};
static_assert(vocab::WellFormed<DisciplineForm>(kDisciplineForms));
}  // namespace

std::span<const vocab::Entry<DisciplineForm>> VocabOf(DisciplineForm) { return kDisciplineForms; }
std::span<const vocab::Entry<RatingScheme>> VocabOf(RatingScheme) { return kSchemes; }

int MaxExcellent(const RatingRules& rating, int rated_good) {
  if (rating.scheme != RatingScheme::kQuota || rated_good <= 0) return std::max(rated_good, 0);
  return static_cast<int>(static_cast<int64_t>(rated_good) * rating.excellent_max_percent_of_good /
                          100);
}

std::optional<RatingLevel> RatingForScore(const RatingRules& rating, double score) {
  if (rating.scheme != RatingScheme::kScore || std::isnan(score)) return std::nullopt;
  if (score >= rating.excellent_min_score) return RatingLevel::kExcellent;
  if (score >= rating.good_min_score) return RatingLevel::kGood;
  if (score >= rating.completed_min_score) return RatingLevel::kCompleted;
  return RatingLevel::kNotCompleted;
}

RuleBook::RuleBook(std::vector<RuleSet> sets) : sets_(std::move(sets)) {
  assert(!sets_.empty());
  std::sort(sets_.begin(), sets_.end(),
            [](const RuleSet& a, const RuleSet& b) { return a.effective_from < b.effective_from; });
}

const RuleSet& RuleBook::At(const Date& d) const {
  // The last set with effective_from <= d, or the first set.
  const auto it =
      std::upper_bound(sets_.begin(), sets_.end(), d,
                       [](const Date& x, const RuleSet& s) { return x < s.effective_from; });
  return it == sets_.begin() ? sets_.front() : *(it - 1);
}

namespace {

std::vector<RuleSet> ShippedSets() {
  std::vector<RuleSet> sets;

  // Điều lệ Đảng (2011) and Quy định 24-QĐ/TW of 30/7/2021 on its implementation, with
  // Hướng dẫn 12-HD/BTCTW (2022); dues under Quy định 342-QĐ/TW (28/12/2010); rating under
  // Quy định 132-QĐ/TW (2018) and 124-QĐ/TW (2023), which have the same quota. This set also
  // answers for dates before 30/7/2021: the numbers in it were the same under Quy định
  // 29-QĐ/TW (2016).
  RuleSet base;
  base.effective_from = Date(2021, 7, 30);
  base.source = "Điều lệ Đảng; Quy định 24-QĐ/TW (2021)";
  base.dues.source = "Quy định 342-QĐ/TW (2010)";
  base.dues.salaried_rate_bp = 100;
  base.dues.pensioner_rate_bp = 50;
  base.dues.student_monthly_vnd = std::nullopt;
  base.dues.exempt_from_party_age_years = std::nullopt;
  base.rating.source = "Quy định 132-QĐ/TW (2018); Quy định 124-QĐ/TW (2023)";
  base.rating.scheme = RatingScheme::kQuota;
  sets.push_back(base);

  // Quy định 294-QĐ/TW of 26/5/2025 replaces 24-QĐ/TW. The numbers this module holds are the
  // same in both as far as is known (DOMAIN.md §5); the version exists so that the source
  // cited for a decision is the one in force.
  RuleSet v294 = sets.back();
  v294.effective_from = Date(2025, 5, 26);
  v294.source = "Điều lệ Đảng; Quy định 294-QĐ/TW (2025)";
  sets.push_back(v294);

  // Quy định 366-QĐ/TW, in force from 30/8/2025, replaces 124-QĐ/TW: a 100-point score.
  RuleSet v366 = sets.back();
  v366.effective_from = Date(2025, 8, 30);
  v366.source = "Điều lệ Đảng; Quy định 294-QĐ/TW (2025); Quy định 366-QĐ/TW (2025)";
  v366.rating.source = "Quy định 366-QĐ/TW (2025)";
  v366.rating.scheme = RatingScheme::kScore;
  sets.push_back(v366);

  // Quy định 01-QĐ/TW of 3/2/2026 replaces 342-QĐ/TW on dues: 1% of the salary used for
  // social insurance, 0.5% of the pension, 5,000 đ a month for pupils and students, and
  // exemption from 50 years of party age (S).
  RuleSet v01 = sets.back();
  v01.effective_from = Date(2026, 2, 3);
  v01.source = "Điều lệ Đảng; Quy định 294-QĐ/TW (2025); Quy định 01-QĐ/TW (2026)";
  v01.dues.source = "Quy định 01-QĐ/TW (2026)";
  v01.dues.salaried_rate_bp = 100;
  v01.dues.pensioner_rate_bp = 50;
  v01.dues.student_monthly_vnd = 5000;
  v01.dues.exempt_from_party_age_years = 50;
  sets.push_back(v01);

  return sets;
}

}  // namespace

const RuleBook& RuleBook::Shipped() {
  static const RuleBook kBook(ShippedSets());
  return kBook;
}

}  // namespace dangbo::rules
