// Access control, in one place: which roles may do which action, and on which part of
// the organization tree. Every service calls these before reading or writing.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/audit.h"
#include "service/core/env.h"

namespace dangbo::service {

// What a role may do, as named actions with dotted codes ("org.read", ...) and Vietnamese
// labels (vocab::Code, vocab::Label). Which roles allow which action is one table in
// access.cc; the scope (a subtree) is checked separately, by InScope.
enum class Action {
  kOrgRead,          // org.read: see organizations and their data
  kOrgWrite,         // org.write: create and change organizations
  kUserManage,       // user.manage: create accounts, reset passwords
  kAuditRead,        // audit.read: read the audit trail
  kMemberRead,       // member.read: read member files and lists
  kMemberWrite,      // member.write: create and change member files
  kLifecycleWrite,   // lifecycle.write: record lifecycle events: transfers, cards, exemption,
                     // removal, expulsion, leaving, death, re-admission; void them
  kGlobalWrite,      // global.write: change data every organization shares (the holiday table
                     // behind every deadline, the host-unit catalogue): admins of a root only
  kReportRead,       // report.read: read figures and indicators of organizations
  kReportFreeze,     // report.freeze: keep a report as sent (frozen), withdraw it
  kMeetingWrite,     // meeting.write: plan and record meetings, attendance, assignments
  kRatingWrite,      // rating.write: record self-assessments and branch proposals of ratings
  kRatingApprove,    // rating.approve: decide ratings (grassroots) and approve them (higher)
  kBadgeWrite,       // badge.write: propose party badges, record decisions and awards
  kInspectionRead,   // inspection.read: read inspection and supervision files (confidential)
  kInspectionWrite,  // inspection.write: programmes, cases, conclusions, follow-up
  kDisciplineRead,   // discipline.read: read discipline files (confidential; every read audited)
  kDisciplineWrite,  // discipline.write: record discipline decisions, appeals and their outcome
  kDuesRead,         // dues.read: read dues sheets, bases, arrears, remittances
  kDuesCollect,      // dues.collect: record a month's collection and its corrections
  kDuesBasis,        // dues.basis: record members' dues bases, exemptions and reductions
  kDuesRemit,        // dues.remit: record remittances up the tree and retention shares
  kTrainingWrite,    // training.write: open classes, record learners, results, certificates
  kCadreRead,        // cadre.read: read cadre planning (confidential)
  kCadreWrite,       // cadre.write: plan cadres, their training roadmap, additions, removals
  kPropagandaRead,   // propaganda.read: read study sessions, conferences, contests, Directive 05
                     // models, collaborators, opinion reports
  kPropagandaWrite,  // propaganda.write: record and void them
  kRewardWrite,      // reward.write: record awards, emulation movements, "Dân vận khéo" models,
                     // cultural-standard units
  kTargetWrite,      // target.write: congress resolution targets, higher-level documents and
                     // their implementation
};
std::span<const vocab::Entry<Action>> VocabOf(Action);

// Whether the roles allow the action at all (ignores scope).
bool RoleAllows(const Actor& actor, Action action);
// The actions the actor's roles allow, in the vocabulary's order (the session lists them).
std::vector<Action> AllowedActions(const Actor& actor);
// Whether the actor reads every inspection and discipline file of its subtree (inspection
// staff, admins: the roles that also write them), not only the cases its own organization
// handles (a secretary); confidential indicators need it too.
bool ReadsAllCaseFiles(const Actor& actor);
// Whether `org_path` lies in the actor's subtree (its own organization included).
bool InScope(const Actor& actor, const std::string& org_path);
// Whether the actor's scope is a whole tree (a root organization, or the CLI operator).
bool RootScope(const Actor& actor);
// "Không tìm thấy tổ chức đảng có mã N." — the answer for a missing organization and, so
// that ids are no existence oracle, for one outside the actor's scope.
Error OrgNotFound(int64_t org_id);
// Both checks, the role first; a refusal is a kForbidden error with a Vietnamese reason.
// kGlobalWrite also needs RootScope. For an organization the actor knows of (a transfer's
// destination, a new parent); ids the caller names are checked by BeginAuthorizedWrite or
// CheckRouteAccess, which answer "not found" outside the scope.
Status Authorize(const Actor& actor, Action action, const std::string& org_path);

// Opens a write transaction and authorizes `action` on organization `org_id` inside it.
// On refusal the transaction is rolled back, a 'refused' audit row describing `attempt`
// (with the reason) is written, and the error is returned: kForbidden for the role, and
// for an organization outside the scope OrgNotFound, exactly as for a missing one.
Result<store::Transaction> BeginAuthorizedWrite(const Env& env, const Actor& actor, Action action,
                                                int64_t org_id, const AuditEntry& attempt);

// What a route's path parameter names. Each API route declares it with its action, and
// CheckRouteAccess resolves it before the handler runs (before any body is read).
enum class Target {
  kNone,            // no record in the path (lists, creations: the service checks body ids)
  kOrg,             // an organization
  kMember,          // a member file
  kCandidate,       // a candidate for admission
  kTransfer,        // a transfer: in scope when either side is
  kUser,            // an account
  kGlobal,          // data shared by every organization (the action is kGlobalWrite)
  kReportSnapshot,  // a report kept as sent: in scope with its organization
  kMeeting,         // a meeting (sinh hoạt) of an organization
  kInspection,      // an inspection or supervision case: in scope with its subject's unit
  kDiscipline,      // a discipline case: in scope with its subject's unit
  kTrainingClass,   // a training class: in scope with its organising organization
  kCadrePlan,       // a cadre plan entry: in scope with the organization whose post it is
  kCorrection,      // a member's correction request: in scope with the member's unit
  kPropaganda,      // a propaganda activity: in scope with its organization
  kDirective05,     // a Directive 05 model registration: in scope with its unit
  kCollaborator,    // a public-opinion collaborator: in scope with the unit served
  kReward,          // an award: in scope with the organization awarded (the member's unit)
  kEmulation,       // an emulation movement or model: in scope with its organization
  kCongressTarget,  // a congress resolution target: in scope with its organization
  kDocument,        // a higher-level document: in scope with the organization following it
};
std::string_view TargetCode(Target target);

// The check declared for a route: first the role grant (`action`; none = any signed-in
// user) — a refusal is kForbidden, the same for every id; then the record `id` of kind
// `target` must exist inside the actor's scope — outside it, the answer is exactly the
// "not found" of a missing id. Refusals (not missing ids) of writes are audited as
// `attempt` when it is given.
Status CheckRouteAccess(const Env& env, const Actor& actor, std::optional<Action> action,
                        Target target, int64_t id, const AuditEntry* attempt);

// The subtree range of a materialized path: rows with path in [lo, hi).
struct PathRange {
  std::string lo;
  std::string hi;
};
PathRange SubtreeRange(const std::string& org_path);

}  // namespace dangbo::service
