// Party badges (Huy hiệu Đảng): who is due at an award round (party age with its gaps at
// the milestones, first round on or after the milestone, held back after discipline), the
// proposal → decision → award of each badge with its decision number and date, and the
// badges of a member's file.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

enum class BadgeBasis { kRegular, kIllness, kPosthumous };  // badge.basis
std::span<const vocab::Entry<BadgeBasis>> VocabOf(BadgeBasis);
enum class BadgeStatus { kProposed, kDecided, kAwarded };  // badge.status
std::span<const vocab::Entry<BadgeStatus>> VocabOf(BadgeStatus);

struct Badge {
  int64_t id = 0;
  int64_t member_id = 0;
  std::string full_name;
  int64_t org_id = 0;
  std::string org_name;
  int milestone = 0;
  std::string round_on;
  std::string basis;
  std::string status;
  int party_age_years = 0, party_age_months = 0;  // at the round
  std::string proposed_on, proposed_by, decision_no, decision_on, decided_by, awarded_on,
      awarded_by, note;
  int64_t version = 0;
};

// A member due for a badge at a round.
struct BadgeDueRow {
  int64_t member_id = 0;
  std::string full_name;
  int64_t org_id = 0;
  std::string org_name;
  std::string admitted_on;
  int milestone = 0;
  std::string reached_on;  // party age reaches the milestone
  std::string round_on;    // the first round on or after it (may be before the asked round)
  int party_age_years = 0, party_age_months = 0;  // at the asked round
  std::string hold_reason;          // why not to propose now (discipline), empty when none
  std::optional<int64_t> badge_id;  // a proposal for the milestone already made
  std::string badge_status;
};

// The award rounds of a year (3/2, 19/5, 2/9, 7/11 under the rules in force).
std::vector<Date> BadgeRoundsOf(int year);

// Which part of a round's due list to answer.
struct BadgeDueQuery {
  int milestone = 0;  // only this milestone; 0 every one
  int page = 1;       // from 1
  int page_size = 0;  // 0: every row (exports, the CLI)
};
struct BadgeDueList {
  std::vector<BadgeDueRow> items;  // the page asked
  int64_t total = 0;               // rows of the list (of the milestone asked)
  // The whole round, whatever milestone was asked: members due per milestone (highest
  // first), and how many of them are neither proposed yet nor held back.
  std::vector<std::pair<int, int64_t>> by_milestone;
  int64_t to_propose = 0;
};

// Members of the subtree active now who are due at `round` (an award round date): the next
// milestone above their last award is reached on or before the round. Ordered by milestone
// (highest first), then name (the registry's list order).
Result<BadgeDueList> BadgesDue(const Env& env, const Actor& actor, int64_t org_id,
                               const Date& round, const BadgeDueQuery& q = {});

// The list of a round as offices send it up (STT, name, unit, admission date, milestone,
// party age at the round, note): `format` "xlsx", a workbook titled with the organization
// and the round, or "docx", the committee's list document (service/report/narrative.h).
Result<std::string> ExportBadgesDue(const Env& env, const Actor& actor, int64_t org_id,
                                    const Date& round, const std::string& format = "xlsx",
                                    int milestone = 0);

struct BadgeProposal {
  int milestone = 0;
  std::string round_on;
  std::string basis = "regular";  // regular | illness | posthumous
  std::string proposed_on;
  std::string note;
};
// Proposes a member for the milestone at the round (badge.write on the member's unit):
// the milestone is above the member's last award and not already proposed; party age at
// the round reaches it (early: at most 12 or 24 months for serious illness, 12 posthumous);
// no discipline waiting period runs at the round.
Result<Badge> ProposeBadge(const Env& env, const Actor& actor, int64_t member_id,
                           const BadgeProposal& in);

struct BadgeStepInput {
  std::string step;         // decide | award | void
  std::string decision_no;  // decide
  std::string on;           // the decision's date (decide), the award's (award), or today
  std::string reason;       // void
  int64_t expected_version = 0;
};
Result<Badge> RecordBadgeStep(const Env& env, const Actor& actor, int64_t badge_id,
                              const BadgeStepInput& in);

struct BadgeQuery {
  std::string round_on;  // "" any
  std::string status;    // "" any
  std::string from, to;  // proposed or awarded in [from, to]; "" open
  int page = 1;
  int page_size = 50;
};
Result<Page<Badge>> ListBadges(const Env& env, const Actor& actor, int64_t org_id,
                               const BadgeQuery& q);
Result<std::vector<Badge>> MemberBadges(const Env& env, const Actor& actor, int64_t member_id);

// A whole round at once: every listed member proposed, decided and awarded (the demo; an
// office entering a past round). Each is checked as by ProposeBadge; one transaction, one
// audit row. Answers how many were written.
struct RoundAward {
  int64_t member_id = 0;
  int milestone = 0;
};
struct RoundDates {
  std::string round_on, proposed_on, decision_no, decision_on, awarded_on;
};
Result<int64_t> ImportBadgeRound(const Env& env, const Actor& actor, int64_t org_id,
                                 const RoundDates& dates, const std::vector<RoundAward>& awards);

}  // namespace dangbo::service
