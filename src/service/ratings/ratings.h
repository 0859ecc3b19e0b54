// Yearly ratings (đánh giá, xếp loại chất lượng) of members and organizations: the
// self-assessment, the branch's proposal, the grassroots committee's decision and the higher
// committee's approval, each dated with who recorded it, under the rule set in force for the
// year (four levels with the "xuất sắc" cap until 366-QĐ/TW, then a 100-point score).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/result.h"
#include "base/vocab.h"
#include "rules/ruleset.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

enum class RatingSubject { kMember, kOrg };  // rating.subject
std::span<const vocab::Entry<RatingSubject>> VocabOf(RatingSubject);

// The steps, in order (rating.stage is the latest one recorded).
enum class RatingStage { kSelf, kProposed, kDecided, kApproved };
std::span<const vocab::Entry<RatingStage>> VocabOf(RatingStage);

// The rule set that decides a year's ratings: the one in force at the end of the year.
const rules::RatingRules& RatingRulesFor(int year);

// One step as recorded.
struct RatingStep {
  std::string level;  // code; empty when the step is not recorded
  std::optional<int> score;
  std::string on;  // ISO date
  std::string by;  // who recorded it
};

struct Rating {
  int64_t id = 0;
  int year = 0;
  std::string subject;  // member | org
  std::optional<int64_t> member_id;
  int64_t org_id = 0;
  std::string org_name;
  std::optional<int64_t> grassroots_id;
  std::string scheme;  // quota | score
  std::string stage;   // self | proposed | decided | approved
  std::string level;   // the latest step's level
  RatingStep self, proposed, decided;
  std::string approved_on, approved_by, approval_no, note;
  int64_t version = 0;
};

// The subject of a step: a member (their rating as a member) or an organization.
struct RatingTarget {
  RatingSubject subject = RatingSubject::kMember;
  int64_t id = 0;
};

struct RatingStepInput {
  int year = 0;
  std::string step;          // self | proposed | decided | approved
  std::string on;            // the step's date
  std::string level;         // quota scheme: required (self, proposed, decided)
  std::optional<int> score;  // score scheme: required (self, proposed, decided), 0–100
  std::string approval_no;   // approved: the approving document, optional
  std::string note;
  int64_t expected_version = 0;  // 0: do not check
};

struct RatingStepResult {
  Rating rating;
  std::vector<std::string> warnings;  // e.g. the TCCSĐ is over the "xuất sắc" cap
};

// Records one step. Self-assessment and proposal need rating.write on the unit; the
// decision rating.approve on the TCCSĐ; the approval rating.approve above the TCCSĐ, and is
// refused while the TCCSĐ is over the "xuất sắc" cap for the year (code
// "rating_quota_exceeded").
Result<RatingStepResult> RecordRatingStep(const Env& env, const Actor& actor,
                                          const RatingTarget& target, const RatingStepInput& in);

// A row of the list of a subtree for a year: a member (or organization) with its rating,
// if any.
struct RatingRow {
  std::string subject;
  int64_t id = 0;  // member or organization id
  std::string name;
  int64_t org_id = 0;  // the unit (for organizations, the organization itself)
  std::string org_name;
  std::optional<Rating> rating;
};
struct RatingQuery {
  int year = 0;
  std::string subject = "member";
  std::string stage;  // "" any; "none": not rated yet; or a stage code
  std::string level;  // "" any; or a level code
  int page = 1;
  int page_size = 50;
};
Result<Page<RatingRow>> ListRatings(const Env& env, const Actor& actor, int64_t org_id,
                                    const RatingQuery& q);

// The cap of one TCCSĐ for a year: members decided "tốt" and "xuất sắc", the most allowed.
struct RatingQuota {
  int64_t grassroots_id = 0;
  std::string name;
  int64_t good = 0;
  int64_t excellent = 0;
  int64_t max_excellent = 0;
  int max_percent = 20;  // of those rated "tốt"
  bool exceeded = false;
};
struct LevelCounts {
  int64_t rated = 0;
  int64_t by_level[4] = {0, 0, 0, 0};  // RatingLevel order
  int64_t good_or_better() const { return by_level[0] + by_level[1]; }
};
struct RatingSummary {
  int year = 0;
  std::string scheme;
  std::string rules_source;
  int target_percent = 90;          // seed target: ≥ 90% "tốt" or better
  LevelCounts members, grassroots;  // decided (or approved) ratings of the subtree
  LevelCounts previous_members, previous_grassroots;  // the year before
  std::vector<RatingQuota> quotas;  // quota scheme: each TCCSĐ with decided member ratings
};
Result<RatingSummary> SummarizeRatings(const Env& env, const Actor& actor, int64_t org_id,
                                       int year);

// A member's ratings, newest year first (the member file).
Result<std::vector<Rating>> MemberRatings(const Env& env, const Actor& actor, int64_t member_id);

// --- A whole year at once (the demo; a committee entering last year's results) ---

// A subject to rate and the level (and score, score scheme) it gets, decided and approved.
struct YearRating {
  RatingTarget target;
  std::string level;
  std::optional<int> score;
};
// Who can be rated for `year` in the subtree: members active at the end of the year (in
// their unit then) and the organizations below `org_id` existing then, each with the TCCSĐ
// whose cap it counts in (members) or that holds it (organizations).
struct Ratable {
  RatingTarget target;
  std::optional<int64_t> grassroots_id;
};
Result<std::vector<Ratable>> RatableIn(const Env& env, const Actor& actor, int64_t org_id,
                                       int year);
// Writes every rating of `ratings` decided and approved on the given dates in one
// transaction with one audit row; the same rules as step by step (levels, scores,
// discipline, the cap per TCCSĐ). Answers how many were written.
struct YearDates {
  std::string proposed_on, decided_on, approved_on, approval_no;
};
Result<int64_t> ImportYearRatings(const Env& env, const Actor& actor, int64_t org_id, int year,
                                  const YearDates& dates, const std::vector<YearRating>& ratings);

}  // namespace dangbo::service
