// Party development (phát triển đảng viên): candidates (quần chúng ưu tú) prepared by a
// branch step by step — class, dossier, introducers, branch vote, committee proposal,
// admission decision, ceremony — each step dated and checked against the rules in force on
// its date. The ceremony admits: a probationary member whose history starts there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "rules/lifecycle.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

// Where a candidate's file stands (candidate.status); the closed ones take no more steps.
enum class CandidateStatus {
  kPreparing,
  kVoted,
  kProposed,
  kDecided,
  kAdmitted,
  kRefused,
  kWithdrawn,
};
inline constexpr uint32_t kCandidateClosed = 1;  // flag of candidate statuses: "closed"
std::span<const vocab::Entry<CandidateStatus>> VocabOf(CandidateStatus);
std::span<const vocab::FlagName> VocabFlagsOf(CandidateStatus);

// The steps RecordStep records (StepInput.step), in their order.
enum class AdmissionStep {
  kClass,
  kDossier,
  kIntroducers,
  kVote,
  kProposal,
  kDecision,
  kCeremony,
  kRefuse,
  kWithdraw,
};
std::span<const vocab::Entry<AdmissionStep>> VocabOf(AdmissionStep);

struct CandidateInput {
  int64_t org_id = 0;  // the branch-like unit preparing the candidate
  std::string full_name, sex, birth_date, national_id, ethnicity, religion;
  std::string general_education, occupation, job_title, home_town, residence;
  std::string identified_on;  // when the branch recognised them as quần chúng ưu tú
  std::string note;
};

struct Candidate {
  int64_t id = 0;
  std::string org_name;
  std::string status;  // preparing | voted | proposed | decided | admitted | refused | withdrawn
  CandidateInput data;
  std::string class_certificate_no, class_completed_on, dossier_completed_on;
  std::optional<int64_t> introducer1_id, introducer2_id;
  std::string introducer1_name, introducer2_name, introducer1_since, introducer2_since;
  std::string branch_vote_on, committee_proposal_on, decision_no, decision_on, ceremony_on;
  int votes_for = 0, votes_total = 0;
  std::optional<int64_t> member_id;
  int64_t version = 0;
  bool masked = false;  // the national ID is withheld from this actor (as for member files)
  // Deadlines that apply now (empty when not applicable), computed with the holiday table.
  std::string decision_deadline, ceremony_deadline, certificate_valid_until;
  // While preparing: set when the candidate turns the minimum admission age only after the
  // class certificate (taken, or one taken when identified) stops being valid. Shown, not
  // refused.
  std::string age_notice;
};

nlohmann::json CandidateJson(const Candidate& c);
// "Đang bồi dưỡng", "Chi bộ đã biểu quyết", ...
std::string CandidateStatusLabel(const std::string& status);

Result<Candidate> CreateCandidate(const Env& env, const Actor& actor, const CandidateInput& in);
Result<Candidate> GetCandidate(const Env& env, const Actor& actor, int64_t id);

struct CandidateQuery {
  int64_t org_id = 0;  // subtree; 0 = the actor's scope
  std::string status;  // "" = in progress (not admitted/refused/withdrawn); "all"; or one
  std::string q;
  int page = 1;
  int page_size = 50;
};
using CandidatePage = Page<Candidate>;
Result<CandidatePage> ListCandidates(const Env& env, const Actor& actor, const CandidateQuery& q);

// One step. `step`: class | dossier | introducers | vote | proposal | decision | ceremony |
// refuse | withdraw. `on` is the step's date (not in the future, not before the previous
// step). Fields used per step are named in the comments of StepInput.
struct StepInput {
  std::string step;
  std::string on;
  std::string certificate_no;                             // class
  std::optional<int64_t> introducer1_id, introducer2_id;  // introducers
  std::string introducer1_since, introducer2_since;       // introducers: together since
  int votes_for = 0, votes_total = 0;                     // vote
  std::string decision_no;                                // decision
  std::string reason;                                     // refuse, withdraw
  int64_t expected_version = 0;
};

struct StepResult {
  Candidate candidate;
  std::vector<rules::Warning> warnings;  // e.g. a late ceremony: shown, not refused
  std::optional<int64_t> member_id;      // set by the ceremony
};
Result<StepResult> RecordStep(const Env& env, const Actor& actor, int64_t candidate_id,
                              const StepInput& in);

// Yearly admission targets (chỉ tiêu kết nạp) of an organization.
Status SetAdmissionTarget(const Env& env, const Actor& actor, int64_t org_id, int year, int target);
struct AdmissionTarget {
  int year = 0;
  int64_t target = 0;
};
Result<std::vector<AdmissionTarget>> ListAdmissionTargets(const Env& env, const Actor& actor,
                                                          int64_t org_id);

}  // namespace dangbo::service
