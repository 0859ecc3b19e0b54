// Access control, in one place: which roles may do which action, and on which part of
// the organization tree. Every service calls these before reading or writing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/audit.h"
#include "service/core/env.h"

namespace dangbo::service {

enum class Action {
  kOrgRead,          // see organizations and their data
  kOrgWrite,         // create and change organizations
  kUserManage,       // create accounts, reset passwords
  kAuditRead,        // read the audit trail
  kMemberRead,       // read member files and lists
  kMemberWrite,      // create and change member files
  kMemberLifecycle,  // record lifecycle events: transfers, cards, exemption, removal,
                     // expulsion, leaving, death, re-admission; void them
  kGlobalWrite,      // change data every organization shares (the holiday table behind
                     // every deadline, the host-unit catalogue): admins of a root only
};

// The codes of the actions ("org_read", ...), as the route table lists them.
std::string_view ActionCode(Action action);
const std::vector<Action>& AllActions();

// Whether the roles allow the action at all (ignores scope).
bool RoleAllows(const Actor& actor, Action action);
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
  kNone,       // no record in the path (lists, creations: the service checks body ids)
  kOrg,        // an organization
  kMember,     // a member file
  kCandidate,  // a candidate for admission
  kTransfer,   // a transfer: in scope when either side is
  kUser,       // an account
  kGlobal,     // data shared by every organization (the action is kGlobalWrite)
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
