// Pure checks and dates of a member's life in the party: admission conditions, deadlines,
// probation, transfers, re-admission, card, party age and badges (DOMAIN.md §4–§5).
//
// Every function takes the rule set and the dates it needs; none reads a clock. The rule set
// is the one in force on the date the comment names (RuleBook::At). Refusals are
// Error::Rule with a stable code and a Vietnamese explanation; malformed input is
// Error::Invalid.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "rules/calendar.h"
#include "rules/ruleset.h"

namespace dangbo::rules {

// Something late or unusual that the regulations do not forbid: shown, not refused.
struct Warning {
  std::string code;     // stable, e.g. "ceremony_late"
  std::string message;  // Vietnamese
};

// --- Admission (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, then 294-QĐ/TW) ---

// Age is counted in whole months at the branch vote (chi bộ xét kết nạp), using
// FullMonthsBetween: someone born on day D of a month has a whole month more on day D of a
// later month, or on that month's last day when it has no day D (Date::AddMonths clamps).
// So someone born 21/11/2008 is 216 months old on 21/11/2026 (not 20/11), and someone born
// 29/2/2008 on 28/2/2026. "Đến đủ 60 tuổi" admits every vote date while the age in whole
// months is still 720: born 15/3/1966, the last such date is 14/4/2026.
struct AgeWindow {
  Date first;  // the first vote date at which the applicant is old enough
  Date last;   // the last vote date at which the applicant is not too old
};
AgeWindow AdmissionAgeWindow(const RuleSet& rules, const Date& birth);
// Codes "age_below_minimum", "age_above_maximum". Rules: the set in force on `vote_date`.
// (Admitting someone over 60 is decided by the committee directly under the Central
// Committee; that exception is recorded elsewhere, not here.)
Status CheckAdmissionAge(const RuleSet& rules, const Date& birth, const Date& vote_date);

// `general_education` as recorded in the file: "9/12", "12/12" (12-year system) or "7/10",
// "10/10" (the old 10-year system). At least lower-secondary: 9/12 or 7/10 (V). Code
// "education_too_low"; another shape is Error::Invalid on field "general_education".
Status CheckEducation(const RuleSet& rules, std::string_view general_education);

struct Introducer {
  bool official_on_vote_date = false;  // an official (not probationary) member that day
  bool same_unit = false;              // works or studies in the applicant's unit
  Date together_since;                 // since when they have worked or studied together
};
// Two introducers (one when the youth union or trade union committee of the grassroots unit
// introduces as well: `union_introduces`), each an official member on the vote date, in the
// same unit, having worked together at least 12 whole months up to the vote date (V/S).
// Codes "introducer_count", "introducer_not_official", "introducer_other_unit",
// "introducer_too_short"; the first problem found is reported. Rules: on `vote_date`.
Status CheckIntroducers(const RuleSet& rules, const std::vector<Introducer>& introducers,
                        const Date& vote_date, bool union_introduces = false);

// The day by which the competent committee decides on admission: 60 working days after the
// branch resolution, 90 when the one extension of 30 is used (V). Rules: on the resolution.
Date DecisionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                      const Date& branch_resolution, bool extended = false);

// The ceremony is due within 30 working days of the admission decision (V).
// Rules: on the decision date.
Date CeremonyDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                      const Date& decision_date);
// A ceremony before the decision is refused ("ceremony_before_decision"); one after the
// deadline is allowed with a Warning "ceremony_late".
Result<std::optional<Warning>> CheckCeremony(const RuleSet& rules, const WorkingCalendar& calendar,
                                             const Date& decision_date, const Date& ceremony_date);

// --- Probation and recognition (Điều lệ Đảng, Điều 5) ---

// Probation lasts 12 calendar months from the admission date (the ceremony): 31/1/2025 →
// 31/1/2026; 29/2/2024 → 28/2/2025; 31/3/2025 → 31/3/2026. Rules: on the admission date.
Date ProbationEnd(const RuleSet& rules, const Date& admission);
// Official membership dates from the end of probation, even when the branch meets later.
Date OfficialDate(const RuleSet& rules, const Date& admission);
// The branch must consider recognition within 30 working days after probation ends (V).
Date RecognitionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                         const Date& admission);
// The competent committee decides on recognition within 30 working days of the branch
// resolution. Rules: on the resolution.
Date RecognitionDecisionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                                 const Date& branch_resolution);

// --- Transfers ---

enum class TemporaryReason {
  kWork,   // working or living away: 3 to under 12 months
  kStudy,  // studying in Vietnam: 3 to 24 months
};
// The planned stay [from, until] in whole months (FullMonthsBetween): at least the minimum;
// for work fewer than 12; for study `until` no later than from + 24 months (a stay of 24
// months and one day is too long). Code "temporary_duration". Rules: on `from`.
Status CheckTemporaryTransfer(const RuleSet& rules, TemporaryReason reason, const Date& from,
                              const Date& until);

// --- Re-admission (kết nạp lại) ---

// At least 36 whole months from leaving the party (`left_on`) to the branch vote, and only
// once: `previous_readmissions` counts earlier re-admissions. Codes "readmission_too_early",
// "readmission_twice". Rules: on `vote_date`.
Status CheckReadmission(const RuleSet& rules, const Date& left_on, const Date& vote_date,
                        int previous_readmissions);

// --- Party card ---

// A card is issued only to an official member: `official_on` set and not after the issue
// date. Code "card_requires_official".
Status CheckCardIssue(const std::optional<Date>& official_on, const Date& issue_date);

// --- Party age (tuổi đảng) and badges (Huy hiệu Đảng) ---

// A period that does not count towards party age: after expulsion or removal, out of
// contact, a gap in a transfer. `from` is the first day not counted, `to` the first day
// counted again (e.g. the re-admission decision); so the days in [from, to) are left out.
struct Gap {
  Date from;
  Date to;
};

struct PartyAge {
  int years = 0;
  int months = 0;
  int days = 0;
  int64_t counted_days = 0;  // days from the admission decision to `on`, less the gaps
};
// Party age on `on`, counted from the admission decision (re-admitted members from the
// first admission) less the gaps (V). Gaps are clipped to [admission, on) and may overlap.
// Convention: `counted_days` is exact; years, months and days are the calendar difference
// (whole months by FullMonthsBetween, then days) from the admission to `on` moved back by
// the days left out. So the age stands still during a gap, and without gaps a member
// admitted on 19/5/1996 is 30 years old on 19/5/2026 (29 years 11 months 29 days the day
// before). Zero when `on` is before the admission.
PartyAge ComputePartyAge(const Date& admission_decision, const std::vector<Gap>& gaps,
                         const Date& on);
// The first day on which the party age is `years` years (the same convention): the
// admission date plus `years` calendar years (29/2 + 30 years = 28/2), moved forward by the
// gaps that start before that day.
Date PartyAgeReached(const Date& admission_decision, const std::vector<Gap>& gaps, int years);

// The first award round (3/2, 19/5, 2/9, 7/11) on or after `d`. Rules: on `d`.
Date BadgeRoundOnOrAfter(const RuleSet& rules, const Date& d);

struct BadgeDue {
  int milestone_years = 0;
  Date reached_on;  // party age reaches the milestone
  Date round;       // the round on or after `reached_on`, where the member is proposed
};
// The next milestone above `last_awarded_years` (0 when none was awarded) with the day it is
// reached and its round; nullopt when no milestone is left. A member reaching 30 years on
// 19/5 is in the 19/5 round, on 20/5 in the 2/9 round.
std::optional<BadgeDue> NextBadge(const RuleSet& rules, const Date& admission_decision,
                                  const std::vector<Gap>& gaps, int last_awarded_years);

enum class EarlyAward {
  kSeriousIllness,  // up to 12 months early for 30–65 years, 24 months for 70–90 (V)
  kPosthumous,      // up to 12 months early (V)
};
// The earliest day on which a member may be proposed early (for kPosthumous: the earliest
// death date that still allows it) for a milestone reached on `reached_on`.
Date EarliestEarlyAward(const RuleSet& rules, EarlyAward reason, int milestone_years,
                        const Date& reached_on);

// After a discipline decision a badge may be proposed again from decision + 6 (khiển
// trách), 9 (cảnh cáo) or 12 (cách chức) months (S); nullopt for khai trừ and giải tán.
// Rules: on the decision date.
std::optional<Date> BadgeEligibleAfterDiscipline(const RuleSet& rules, DisciplineForm form,
                                                 const Date& decision_date);

}  // namespace dangbo::rules
