// Admission conditions, lifecycle deadlines, party age and badge rounds, computed from a rule
// set and explicit dates.
#include "rules/lifecycle.h"

#include <algorithm>
#include <utility>

namespace dangbo::rules {

namespace {

std::string Months(int n) { return std::to_string(n) + " tháng"; }

std::string Ordinal(size_t i) {
  switch (i) {
    case 0:
      return "thứ nhất";
    case 1:
      return "thứ hai";
    default:
      return "thứ " + std::to_string(i + 1);
  }
}

// Gaps clipped to [lo, hi), sorted and merged; empty ones dropped.
std::vector<Gap> Normalize(const std::vector<Gap>& gaps, const Date& lo, const Date& hi) {
  std::vector<Gap> out;
  for (const Gap& g : gaps) {
    const Date from = std::max(g.from, lo);
    const Date to = std::min(g.to, hi);
    if (from < to) out.push_back({from, to});
  }
  std::sort(out.begin(), out.end(), [](const Gap& a, const Gap& b) { return a.from < b.from; });
  std::vector<Gap> merged;
  for (const Gap& g : out) {
    if (!merged.empty() && g.from <= merged.back().to) {
      merged.back().to = std::max(merged.back().to, g.to);
    } else {
      merged.push_back(g);
    }
  }
  return merged;
}

int64_t Length(const Gap& g) { return g.to.DayNumber() - g.from.DayNumber(); }

}  // namespace

// --- Admission ---

AgeWindow AdmissionAgeWindow(const RuleSet& rules, const Date& birth) {
  return {birth.AddMonths(rules.min_admission_age_months),
          birth.AddMonths(rules.max_admission_age_months + 1).AddDays(-1)};
}

Status CheckAdmissionAge(const RuleSet& rules, const Date& birth, const Date& vote_date) {
  const int months = FullMonthsBetween(birth, vote_date);
  const AgeWindow window = AdmissionAgeWindow(rules, birth);
  // "Người vào Đảng <bound> N tuổi (…) vào ngày chi bộ xét kết nạp: sinh ngày <birth><then>"
  const auto refuse = [&](const char* code, const char* bound, int limit_months,
                          const std::string& then) {
    return Error::Rule(
        code, std::string("Người vào Đảng ") + bound + " " + std::to_string(limit_months / 12) +
                  " tuổi (" + Months(limit_months) + ") vào ngày chi bộ xét kết nạp: sinh ngày " +
                  birth.Vietnamese() + then);
  };
  if (months < rules.min_admission_age_months) {
    return refuse("age_below_minimum", "phải đủ", rules.min_admission_age_months,
                  " thì từ ngày " + window.first.Vietnamese() + " mới đủ tuổi.");
  }
  if (months > rules.max_admission_age_months) {
    return refuse("age_above_maximum", "không quá", rules.max_admission_age_months,
                  " thì hạn cuối là ngày " + window.last.Vietnamese() + ".");
  }
  return Status::Ok();
}

Status CheckEducation(const RuleSet& rules, std::string_view s) {
  const auto trim = [](std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  };
  const auto number = [](std::string_view v, int* out) {
    if (v.empty() || v.size() > 2) return false;
    int n = 0;
    for (char c : v) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
  };
  const size_t slash = s.find('/');
  int grade = 0, system = 0;
  if (slash == std::string_view::npos || !number(trim(s.substr(0, slash)), &grade) ||
      !number(trim(s.substr(slash + 1)), &system) || (system != 12 && system != 10) || grade < 1 ||
      grade > system) {
    const std::string message = "Giáo dục phổ thông ghi dạng “12/12” hoặc “9/10”.";
    return Error::Invalid(message, {{"general_education", message}});
  }
  const int min = system == 12 ? rules.min_education_grade_of_12 : rules.min_education_grade_of_10;
  if (grade < min) {
    return Error::Rule("education_too_low",
                       "Người vào Đảng phải có trình độ học vấn từ trung học cơ sở trở lên (" +
                           std::to_string(min) + "/" + std::to_string(system) + "); hồ sơ ghi " +
                           std::to_string(grade) + "/" + std::to_string(system) + ".");
  }
  return Status::Ok();
}

Status CheckIntroducers(const RuleSet& rules, const std::vector<Introducer>& introducers,
                        const Date& vote_date, bool union_introduces) {
  const int required =
      union_introduces ? rules.introducers_required - 1 : rules.introducers_required;
  if (static_cast<int>(introducers.size()) != required) {
    return Error::Rule("introducer_count",
                       union_introduces
                           ? "Khi ban chấp hành đoàn cơ sở hoặc công đoàn cơ sở giới thiệu, cần "
                             "thêm đúng " +
                                 std::to_string(required) +
                                 " đảng viên chính thức giới thiệu; hồ sơ có " +
                                 std::to_string(introducers.size()) + "."
                           : "Người vào Đảng phải có " + std::to_string(required) +
                                 " đảng viên chính thức giới thiệu; hồ sơ có " +
                                 std::to_string(introducers.size()) + ".");
  }
  for (size_t i = 0; i < introducers.size(); ++i) {
    const Introducer& in = introducers[i];
    const std::string who = "Người giới thiệu " + Ordinal(i);
    if (!in.official_on_vote_date) {
      return Error::Rule("introducer_not_official",
                         who + " phải là đảng viên chính thức vào ngày chi bộ xét kết nạp (" +
                             vote_date.Vietnamese() + ").");
    }
    if (!in.same_unit) {
      return Error::Rule("introducer_other_unit",
                         who + " phải cùng công tác, học tập trong một đơn vị với người vào Đảng.");
    }
    const int months = FullMonthsBetween(in.together_since, vote_date);
    if (months < rules.introducer_min_months_together) {
      return Error::Rule(
          "introducer_too_short",
          who + " mới cùng công tác với người vào Đảng " + Months(std::max(months, 0)) +
              " (từ ngày " + in.together_since.Vietnamese() + " đến ngày xét " +
              vote_date.Vietnamese() + "); cần ít nhất " +
              Months(rules.introducer_min_months_together) + ", tức từ ngày " +
              in.together_since.AddMonths(rules.introducer_min_months_together).Vietnamese() + ".");
    }
  }
  return Status::Ok();
}

Date DecisionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                      const Date& branch_resolution, bool extended) {
  return calendar.AddWorkingDays(branch_resolution,
                                 rules.decision_deadline_working_days +
                                     (extended ? rules.decision_extension_working_days : 0));
}

Date CeremonyDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                      const Date& decision_date) {
  return calendar.AddWorkingDays(decision_date, rules.ceremony_deadline_working_days);
}

Result<std::optional<Warning>> CheckCeremony(const RuleSet& rules, const WorkingCalendar& calendar,
                                             const Date& decision_date, const Date& ceremony_date) {
  if (ceremony_date < decision_date) {
    return Error::Rule("ceremony_before_decision",
                       "Lễ kết nạp (" + ceremony_date.Vietnamese() +
                           ") không thể trước ngày quyết định kết nạp (" +
                           decision_date.Vietnamese() + ").");
  }
  const Date deadline = CeremonyDeadline(rules, calendar, decision_date);
  if (ceremony_date > deadline) {
    return std::optional<Warning>(Warning{
        "ceremony_late", "Lễ kết nạp ngày " + ceremony_date.Vietnamese() + " quá thời hạn " +
                             std::to_string(rules.ceremony_deadline_working_days) +
                             " ngày làm việc kể từ ngày quyết định kết nạp " +
                             decision_date.Vietnamese() + " (hạn cuối " + deadline.Vietnamese() +
                             ")."});
  }
  return std::optional<Warning>();
}

// --- Probation and recognition ---

Date ProbationEnd(const RuleSet& rules, const Date& admission) {
  return admission.AddMonths(rules.probation_months);
}

Date OfficialDate(const RuleSet& rules, const Date& admission) {
  return ProbationEnd(rules, admission);
}

Date RecognitionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                         const Date& admission) {
  return calendar.AddWorkingDays(ProbationEnd(rules, admission),
                                 rules.recognition_deadline_working_days);
}

Date RecognitionDecisionDeadline(const RuleSet& rules, const WorkingCalendar& calendar,
                                 const Date& branch_resolution) {
  return calendar.AddWorkingDays(branch_resolution,
                                 rules.recognition_decision_deadline_working_days);
}

// --- Transfers ---

Status CheckTemporaryTransfer(const RuleSet& rules, TemporaryReason reason, const Date& from,
                              const Date& until) {
  const int months = FullMonthsBetween(from, until);
  const std::string span = "từ " + from.Vietnamese() + " đến " + until.Vietnamese();
  if (reason == TemporaryReason::kWork) {
    if (months < rules.temporary_work_min_months) {
      return Error::Rule("temporary_duration",
                         "Chỉ chuyển sinh hoạt tạm thời khi đi làm việc, cư trú nơi khác từ " +
                             Months(rules.temporary_work_min_months) + " trở lên; thời gian " +
                             span + " chưa đủ " + Months(rules.temporary_work_min_months) + ".");
    }
    if (months >= rules.temporary_work_max_months_exclusive) {
      return Error::Rule("temporary_duration",
                         "Đi làm việc, cư trú nơi khác từ " +
                             Months(rules.temporary_work_max_months_exclusive) +
                             " trở lên (thời gian " + span +
                             ") thì chuyển sinh hoạt đảng chính thức, không chuyển tạm thời.");
    }
    return Status::Ok();
  }
  if (months < rules.temporary_study_min_months) {
    return Error::Rule("temporary_duration",
                       "Chỉ chuyển sinh hoạt tạm thời khi đi học trong nước từ " +
                           Months(rules.temporary_study_min_months) + " trở lên; thời gian " +
                           span + " chưa đủ " + Months(rules.temporary_study_min_months) + ".");
  }
  if (until > from.AddMonths(rules.temporary_study_max_months)) {
    return Error::Rule("temporary_duration",
                       "Đi học trong nước quá " + Months(rules.temporary_study_max_months) +
                           " (thời gian " + span +
                           ") thì chuyển sinh hoạt đảng chính thức, không chuyển tạm thời.");
  }
  return Status::Ok();
}

// --- Re-admission ---

Status CheckReadmission(const RuleSet& rules, const Date& left_on, const Date& vote_date,
                        int previous_readmissions) {
  if (previous_readmissions >= rules.readmission_max_times) {
    return Error::Rule("readmission_twice",
                       "Chỉ xem xét kết nạp lại một lần; người này đã được kết nạp lại trước đây.");
  }
  if (FullMonthsBetween(left_on, vote_date) < rules.readmission_min_months) {
    return Error::Rule("readmission_too_early",
                       "Chỉ xem xét kết nạp lại sau ít nhất " +
                           Months(rules.readmission_min_months) + " kể từ khi ra khỏi Đảng (" +
                           left_on.Vietnamese() + "), tức từ ngày " +
                           left_on.AddMonths(rules.readmission_min_months).Vietnamese() + ".");
  }
  return Status::Ok();
}

// --- Party card ---

Status CheckCardIssue(const std::optional<Date>& official_on, const Date& issue_date) {
  if (!official_on) {
    return Error::Rule("card_requires_official",
                       "Chỉ cấp thẻ đảng viên cho đảng viên chính thức: chưa có ngày chính thức.");
  }
  if (*official_on > issue_date) {
    return Error::Rule("card_requires_official",
                       "Chỉ cấp thẻ đảng viên cho đảng viên chính thức: ngày cấp " +
                           issue_date.Vietnamese() + " trước ngày chính thức " +
                           official_on->Vietnamese() + ".");
  }
  return Status::Ok();
}

// --- Party age and badges ---

PartyAge ComputePartyAge(const Date& admission_decision, const std::vector<Gap>& gaps,
                         const Date& on) {
  PartyAge age;
  if (on < admission_decision) return age;
  int64_t left_out = 0;
  for (const Gap& g : Normalize(gaps, admission_decision, on)) left_out += Length(g);
  const Date end = on.AddDays(-left_out);
  const int months = FullMonthsBetween(admission_decision, end);
  age.years = months / 12;
  age.months = months % 12;
  age.days = static_cast<int>(end.DayNumber() - admission_decision.AddMonths(months).DayNumber());
  age.counted_days = end.DayNumber() - admission_decision.DayNumber();
  return age;
}

Date PartyAgeReached(const Date& admission_decision, const std::vector<Gap>& gaps, int years) {
  // Without gaps the day is `target`; each gap that starts before the candidate day pushes it
  // back by its length (and then ends before the new candidate), so gaps are visited in
  // order until one starts on or after the candidate.
  const Date target = admission_decision.AddYears(years);
  int64_t left_out = 0;
  for (const Gap& g : Normalize(gaps, admission_decision, Date(9999, 12, 31))) {
    if (g.from >= target.AddDays(left_out)) break;
    left_out += Length(g);
  }
  return target.AddDays(left_out);
}

Date BadgeRoundOnOrAfter(const RuleSet& rules, const Date& d) {
  for (int year = d.year(); year <= d.year() + 1; ++year) {
    for (const MonthDay& r : rules.badges.rounds) {
      const Date round(year, r.month, r.day);
      if (round >= d) return round;
    }
  }
  return d;  // unreachable with at least one round a year
}

std::optional<BadgeDue> NextBadge(const RuleSet& rules, const Date& admission_decision,
                                  const std::vector<Gap>& gaps, int last_awarded_years) {
  for (int years : rules.badges.milestones_years) {
    if (years <= last_awarded_years) continue;
    BadgeDue due;
    due.milestone_years = years;
    due.reached_on = PartyAgeReached(admission_decision, gaps, years);
    due.round = BadgeRoundOnOrAfter(rules, due.reached_on);
    return due;
  }
  return std::nullopt;
}

Date EarliestEarlyAward(const RuleSet& rules, EarlyAward reason, int milestone_years,
                        const Date& reached_on) {
  const BadgeRules& b = rules.badges;
  int months = b.early_posthumous_months;
  if (reason == EarlyAward::kSeriousIllness) {
    months = milestone_years >= b.early_illness_long_from_years ? b.early_illness_long_months
                                                                : b.early_illness_months;
  }
  return reached_on.AddMonths(-months);
}

std::optional<Date> BadgeEligibleAfterDiscipline(const RuleSet& rules, DisciplineForm form,
                                                 const Date& decision_date) {
  const std::optional<int> wait = BadgeWaitMonths(rules, form);
  if (!wait) return std::nullopt;
  return decision_date.AddMonths(*wait);
}

}  // namespace dangbo::rules
