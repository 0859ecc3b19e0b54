// Discipline (kỷ luật): decisions on members and organizations, the forms each subject may
// receive, the statute of limitations, the appeal and its outcome, the lapse of a decision,
// and the effects (khai trừ ends the membership, giải tán dissolves the organization) written
// in the same transaction. Files are confidential; every read of one is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "rules/ruleset.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"
#include "service/inspection/inspection.h"

namespace dangbo::service {

// The state of a decision: lapsed is not stored but read (one year after the decision
// without appeal or new violation, except khai trừ, under the rules of the decision date).
enum class DisciplineStatus { kInForce, kAppealed, kChanged, kAnnulled, kLapsed };
std::span<const vocab::Entry<DisciplineStatus>> VocabOf(DisciplineStatus);
enum class AppealOutcome { kUpheld, kChanged, kAnnulled };
std::span<const vocab::Entry<AppealOutcome>> VocabOf(AppealOutcome);

struct DisciplineCase {
  int64_t id = 0;
  std::string subject;  // member | org
  std::optional<int64_t> member_id;
  std::string member_name;
  int64_t org_id = 0;  // the member's unit, or the organization disciplined
  std::string org_name;
  int64_t handling_org_id = 0;
  std::string handling_org_name;
  std::optional<int64_t> inspection_case_id;
  std::string form;            // as decided
  std::string effective_form;  // after an appeal that changed it
  std::string member_status, post, violation_on, violation, decision_no, decided_on, received_on;
  std::string status;        // DisciplineStatus code, lapsed computed for today
  std::string lapses_on;     // when it lapses (or lapsed) without a new violation; "" none
  std::string appeal_until;  // the last day to appeal
  std::string appeal_on, appeal_outcome, appeal_decided_on, appeal_decision_no;
  std::optional<int64_t> effect_event_id;
  std::string note, recorded_by;
  int64_t version = 0;
};

struct DisciplineInput {
  std::string subject;         // member | org
  int64_t member_id = 0;       // subject member
  int64_t subject_org_id = 0;  // subject organization
  int64_t inspection_case_id = 0;
  std::string form;
  std::string post;  // cách chức: the post held (else taken from the committee seats)
  std::string violation_on, violation, decision_no, decided_on, received_on, note;
};
// Records a decision of committee `org_id` (discipline.write) on a subject of its subtree:
// the form must fit the subject and its status, the case must not be time-barred; khai trừ
// and giải tán take effect through the lifecycle and the organization history.
Result<DisciplineCase> RecordDiscipline(const Env& env, const Actor& actor, int64_t org_id,
                                        const DisciplineInput& in);

struct AppealInput {
  std::string appeal_on;
  int64_t expected_version = 0;
};
// Lodges an appeal: within the rule set's days of receiving the decision.
Result<DisciplineCase> LodgeAppeal(const Env& env, const Actor& actor, int64_t id,
                                   const AppealInput& in);
struct AppealDecisionInput {
  std::string outcome;  // upheld | changed | annulled
  std::string decided_on, decision_no;
  std::string new_form;  // changed: a milder form the subject may receive
  int64_t expected_version = 0;
};
Result<DisciplineCase> DecideAppeal(const Env& env, const Actor& actor, int64_t id,
                                    const AppealDecisionInput& in);
// Voids a case recorded by mistake (not one whose effect — khai trừ, giải tán — was written).
Status VoidDiscipline(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

struct DisciplineQuery {
  int year = 0;  // decided in the year; 0 any
  std::string form, subject;
  int page = 1;
  int page_size = 50;
};
// Cases about the subtree of `org_id`; a reader of every case file sees all, others only the
// cases their own organization decided. Lists are not audited; opening a file is.
Result<Page<DisciplineCase>> ListDiscipline(const Env& env, const Actor& actor, int64_t org_id,
                                            const DisciplineQuery& q);
// One file, audited as discipline.read.
Result<DisciplineCase> GetDiscipline(const Env& env, const Actor& actor, int64_t id);

// Installs the discipline reader that ratings and badges consult (service/core/
// discipline_facts.h): the server and the CLI call it at start.
void InstallDisciplineFacts();

nlohmann::json DisciplineJson(const DisciplineCase& c);

}  // namespace dangbo::service
