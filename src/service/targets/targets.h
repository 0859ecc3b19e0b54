// Congress resolution targets (chỉ tiêu Nghị quyết Đại hội) of an organization for a term,
// with the yearly plan and the actual value of each year: typed, or — for a target linked to
// an indicator of the report catalogue (admissions, members rated "tốt" or better…) —
// computed by evaluating the indicator for the organization's subtree and the year. A year is
// summed up as "9/10 chỉ tiêu đạt và vượt".
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

// How the actual value meets the plan (congress_target.comparison).
enum class TargetComparison { kAtLeast, kAtMost };
std::span<const vocab::Entry<TargetComparison>> VocabOf(TargetComparison);

struct TargetYear {
  int year = 0;
  std::optional<double> plan;    // the year's plan, else the term's
  std::optional<double> actual;  // typed, or computed from the indicator
  bool computed = false;
  std::optional<bool> met;  // when both are known
  std::string note;
};

struct CongressTarget {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name, term, title, unit, comparison, indicator, indicator_label;
  int position = 0;
  std::optional<double> term_plan;
  std::vector<TargetYear> years;  // every year of the term
};

struct TargetInput {
  std::string term;  // "2025-2030": a congress term of the report engine
  std::string title, unit, comparison, indicator;
  std::string term_plan;  // a number ("90", "94,5"); empty: none
  int position = 0;
};
// Adds a target of organization `org_id`'s resolution for the term (target.write).
Result<CongressTarget> CreateTarget(const Env& env, const Actor& actor, int64_t org_id,
                                    const TargetInput& in);
// Voids a target recorded by mistake (with the reason).
Status VoidTarget(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

struct TargetYearInput {
  std::string plan;    // a number; empty: the term's plan
  std::string actual;  // a number; refused for a computed target and for a future year
  std::string note;
};
// Records the plan (and, for a typed target, the actual value) of `year` in the term.
Result<CongressTarget> SetTargetYear(const Env& env, const Actor& actor, int64_t id, int year,
                                     const TargetYearInput& in);

struct TargetBoard {
  std::string term;
  int year = 0;  // the year summed up
  std::vector<CongressTarget> targets;
  int64_t measured = 0, met = 0;  // targets with both values in `year`, those met
};
// The targets of organization `org_id` (report.read in its subtree) for `term`, every year
// of the term filled, `year` summed up (0: the last year of the term that has begun).
Result<TargetBoard> GetTargets(const Env& env, const Actor& actor, int64_t org_id,
                               const std::string& term, int year);

// "94,5" or "94.5" or "120" to a number (at most four decimals); nullopt when malformed.
std::optional<double> ParseTargetNumber(const std::string& text);

nlohmann::json TargetBoardJson(const TargetBoard& b);
nlohmann::json CongressTargetJson(const CongressTarget& t);

}  // namespace dangbo::service
