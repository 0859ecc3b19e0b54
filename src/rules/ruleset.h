// The numbers of the party's regulations as versioned rule sets: each set says from which date
// it is in force, so a figure for 2022 is computed with the rules of 2022 (DOMAIN.md §5).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/vocab.h"

namespace dangbo::rules {

// A day of the year, e.g. {5, 19} for 19/5.
struct MonthDay {
  int month = 1;
  int day = 1;
  bool operator==(const MonthDay&) const = default;
};

// Forms of discipline (Điều lệ Đảng, Điều 35): members get khiển trách, cảnh cáo, cách chức
// (only when holding a post), khai trừ; probationary members only khiển trách, cảnh cáo;
// organizations khiển trách, cảnh cáo, giải tán.
enum class DisciplineForm { kReprimand, kWarning, kDismissal, kExpulsion, kDissolution };
// Codes and labels (discipline_case.form), mildest first.
std::span<const vocab::Entry<DisciplineForm>> VocabOf(DisciplineForm);

struct DisciplineRules {
  std::string source = "Quy định 22-QĐ/TW (2021); Quy định 69-QĐ/TW (2022)";
  // Thời hiệu xử lý kỷ luật, in months counted from the violation (V). Khai trừ and giải tán
  // have none (DisciplineStatuteMonths answers nullopt).
  int reprimand_statute_months = 60;
  int warning_statute_months = 120;
  int dismissal_statute_months = 120;
  // Months after a discipline decision before a member may be proposed for a badge (S).
  int reprimand_badge_wait_months = 6;
  int warning_badge_wait_months = 9;
  int dismissal_badge_wait_months = 12;
  // An appeal (khiếu nại) is lodged within this many days of receiving the decision (V).
  int appeal_days = 30;
  // A decision lapses this many months after its announcement when there is no appeal and no
  // new violation, except khai trừ (V, older rule: kept for the discipline issue to confirm).
  int lapse_months = 12;
};

struct BadgeRules {
  std::string source = "Quy định 54-QĐ/TW (2021) về xét tặng Huy hiệu Đảng";
  // Party ages (years) that earn a badge (V).
  std::vector<int> milestones_years = {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};
  // Award rounds (V): 3/2, 19/5, 2/9, 7/11, in calendar order.
  std::vector<MonthDay> rounds = {{2, 3}, {5, 19}, {9, 2}, {11, 7}};
  // Early award for a member seriously ill (V): at most this many months before the
  // milestone; `early_illness_long_months` applies from `early_illness_long_from_years` on
  // (30–65 years: 12 months; 70–90 years: 24 months).
  int early_illness_months = 12;
  int early_illness_long_months = 24;
  int early_illness_long_from_years = 70;
  // Posthumous award: at most 12 months before the milestone (V).
  int early_posthumous_months = 12;
};

// Dues (đảng phí). Rates are in basis points of the base: 100 = 1%, 50 = 0.5%.
struct DuesRules {
  std::string source;
  // Members paid a salary: 1% of the monthly salary. Under 342-QĐ/TW the base is the salary
  // and the allowances subject to social insurance; under 01-QĐ/TW the salary used for
  // social insurance (S).
  int salaried_rate_bp = 100;
  // Pensioners: 0.5% of the pension.
  int pensioner_rate_bp = 50;
  // Pupils and students: a fixed amount per month (01-QĐ/TW: 5,000 đ). Under 342-QĐ/TW
  // they are among the "other members" who pay small fixed amounts set by the provincial
  // committee, so there is no national figure (nullopt).
  std::optional<int64_t> student_monthly_vnd;
  // Members of this party age or more are exempt (01-QĐ/TW: 50 years, S); nullopt: none.
  std::optional<int> exempt_from_party_age_years;
  // Share kept at each level (342-QĐ/TW, S), in percent: a branch under a grassroots
  // committee keeps 30–50%; a grassroots organization 70% (90% in communes and wards); each
  // higher level 50%, and a provincial bloc committee sends 50% to the Tỉnh ủy. Carried over
  // unchanged into the 01-QĐ/TW set until that regulation's figures are confirmed.
  int branch_keep_min_percent = 30;
  int branch_keep_max_percent = 50;
  int grassroots_keep_percent = 70;
  int grassroots_commune_keep_percent = 90;
  int higher_level_keep_percent = 50;
  // What a branch under a grassroots committee keeps unless its committee set its own share
  // within [branch_keep_min_percent, branch_keep_max_percent] (dues_retention).
  int branch_keep_default_percent = 30;
  // Other members (neither salaried, pensioners nor students): a fixed amount a month. The
  // regulations leave the figure to the provincial committees; the product ships 5,000 đ.
  int64_t other_monthly_vnd = 5000;
  // A month's amount due is rounded to the nearest multiple of this many đồng, halves up
  // (46.800 đ → 47.000 đ; 46.499 đ → 46.000 đ); a positive amount below half of it is one
  // multiple, never zero. 1 = exact.
  int64_t rounding_vnd = 1000;
};

enum class RatingLevel {
  kExcellent,     // hoàn thành xuất sắc nhiệm vụ
  kGood,          // hoàn thành tốt nhiệm vụ
  kCompleted,     // hoàn thành nhiệm vụ
  kNotCompleted,  // không hoàn thành nhiệm vụ
};

enum class RatingScheme {
  kQuota,  // levels judged by criteria; "xuất sắc" capped at a share of those rated "tốt"
  kScore,  // a 100-point score with thresholds
};
// Codes and labels (rating.*_level, rating.scheme): the levels best first.
std::span<const vocab::Entry<RatingLevel>> VocabOf(RatingLevel);
std::span<const vocab::Entry<RatingScheme>> VocabOf(RatingScheme);

// Annual evaluation and rating (đánh giá, xếp loại chất lượng).
struct RatingRules {
  std::string source;
  RatingScheme scheme = RatingScheme::kQuota;
  // kQuota: "xuất sắc" at most this percent of those rated "tốt", per grassroots
  // organization (V).
  int excellent_max_percent_of_good = 20;
  // kScore (366-QĐ/TW, S): ≥ 90 xuất sắc (with conditions), 70–<90 tốt, 50–<70 hoàn thành,
  // < 50 không hoàn thành.
  int excellent_min_score = 90;
  int good_min_score = 70;
  int completed_min_score = 50;
  // A member disciplined during the year is rated "không hoàn thành nhiệm vụ" (S).
  bool disciplined_not_completed = true;
};

// One version of the rules. Every number carries its default from the regulations of 2021;
// later versions copy the previous one and change what changed.
struct RuleSet {
  Date effective_from;
  // The documents this version rests on, for people: the Điều lệ and its implementing rules,
  // and the regulation whose change opened the version. Each part below names its own.
  std::string source;

  // --- Admission (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, then 294-QĐ/TW) ---
  // Age at the branch vote, in whole months: from full 18 to full 60 years (V).
  int min_admission_age_months = 216;
  int max_admission_age_months = 720;
  // Lowest general education: lower-secondary, i.e. grade 9 of the 12-year system or grade
  // 7 of the old 10-year system (V).
  int min_education_grade_of_12 = 9;
  int min_education_grade_of_10 = 7;
  // Introducers: two official members (one when the youth union or trade union committee
  // introduces as well), who worked or studied with the applicant in the same unit for at
  // least 12 months up to the vote (V/S).
  int introducers_required = 2;
  int introducer_min_months_together = 12;
  // The certificate of the class "bồi dưỡng nhận thức về Đảng" is used for admission within
  // 60 months of the class (S: Hướng dẫn of the Central Organization Commission); older
  // certificates are flagged on the worklist for a new class.
  int candidate_certificate_valid_months = 60;
  // Votes needed at the branch: at least two thirds of the official members (V).
  int vote_numerator = 2;
  int vote_denominator = 3;
  // Deadlines in working days. Ceremony: within 30 of the admission decision (V). The
  // competent committee decides within 60 of the branch resolution, with one extension of
  // at most 30 (V).
  int ceremony_deadline_working_days = 30;
  int decision_deadline_working_days = 60;
  int decision_extension_working_days = 30;

  // --- Probation and recognition ---
  // Probation: 12 calendar months from the admission (ceremony) date (V).
  int probation_months = 12;
  // The branch considers recognition within 30 working days after probation ends (V).
  int recognition_deadline_working_days = 30;
  // The competent committee decides on recognition within 30 working days of the branch
  // resolution (DOMAIN §5 "recognition within 30 working days", V; not used yet).
  int recognition_decision_deadline_working_days = 30;

  // --- Re-admission ---
  // At least 36 months after leaving the party, and only once (V).
  int readmission_min_months = 36;
  int readmission_max_times = 1;

  // --- Transfers ---
  // Temporary transfer: work or residence away from 3 to under 12 months; domestic study
  // from 3 to 24 months (V).
  int temporary_work_min_months = 3;
  int temporary_work_max_months_exclusive = 12;
  int temporary_study_min_months = 3;
  int temporary_study_max_months = 24;
  // Permanent transfer: the file is sent within 60 working days and the introduction letter
  // presented to the receiving unit within 30 (S; for the transfer issue).
  int transfer_file_working_days = 60;
  int transfer_present_working_days = 30;

  // --- Meetings and removal ---
  // A branch (and its committee) meets monthly; a thematic meeting at least once a quarter
  // (S); a grassroots committee twice a year (S). For the meetings issue.
  int branch_meetings_per_year = 12;
  int thematic_meetings_min_per_quarter = 1;
  int grassroots_committee_meetings_per_year = 2;
  // Removal (xóa tên) when a member skips meetings or dues for 3 months in a year without
  // good reason (V); the software warns before the line is crossed.
  int meeting_skip_removal_months = 3;
  // Removal when there is no progress this many months after counselling (V).
  int counselling_removal_months = 12;

  BadgeRules badges;
  DisciplineRules discipline;
  DuesRules dues;
  RatingRules rating;
};

// The statute of limitations for a form, in months from the violation; nullopt for khai trừ
// and giải tán, which have none.
std::optional<int> DisciplineStatuteMonths(const RuleSet& rules, DisciplineForm form);
// Months after a decision of this form before a badge may be proposed; nullopt for khai trừ
// and giải tán (no longer a member / not a member's discipline).
std::optional<int> BadgeWaitMonths(const RuleSet& rules, DisciplineForm form);

// kQuota: the most members (or organizations) that may be rated "xuất sắc" when
// `rated_good` are rated "tốt": floor(rated_good × percent / 100). kScore has no quota and
// answers `rated_good` unchanged.
int MaxExcellent(const RatingRules& rating, int rated_good);
// kScore: the level a score qualifies for (xuất sắc also needs the regulation's conditions,
// checked elsewhere). kQuota: nullopt (levels are not scored).
std::optional<RatingLevel> RatingForScore(const RatingRules& rating, double score);

// The shipped rule sets in effective-date order, and the one in force on a date.
class RuleBook {
 public:
  // `sets` must be non-empty; they are sorted by effective_from, which must be distinct.
  explicit RuleBook(std::vector<RuleSet> sets);

  // The versions the product ships:
  //   2021-07-30  Điều lệ Đảng; Quy định 24-QĐ/TW; 342-QĐ/TW (dues); 124-QĐ/TW (rating)
  //   2025-05-26  Quy định 294-QĐ/TW replaces 24-QĐ/TW (same numbers as far as known)
  //   2025-08-30  Quy định 366-QĐ/TW replaces 124-QĐ/TW: 100-point rating
  //   2026-02-03  Quy định 01-QĐ/TW replaces 342-QĐ/TW on dues
  static const RuleBook& Shipped();

  // The set in force on `d`: the latest with effective_from <= d; the earliest set also
  // answers for dates before it.
  const RuleSet& At(const Date& d) const;
  const std::vector<RuleSet>& sets() const { return sets_; }

 private:
  std::vector<RuleSet> sets_;
};

}  // namespace dangbo::rules
