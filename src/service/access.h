// Access control, in one place: which roles may do which action, and on which part of
// the organization tree. Every service calls these before reading or writing.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "service/actor.h"
#include "service/audit.h"
#include "service/env.h"

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
};

// Whether the roles allow the action at all (ignores scope).
bool RoleAllows(const Actor& actor, Action action);
// Whether `org_path` lies in the actor's subtree (its own organization included).
bool InScope(const Actor& actor, const std::string& org_path);
// Both checks; a refusal is a kForbidden error with a Vietnamese reason.
Status Authorize(const Actor& actor, Action action, const std::string& org_path);

// Opens a write transaction and authorizes `action` on organization `org_id` inside it.
// On refusal (or an unknown organization) the transaction is rolled back, a 'refused'
// audit row describing `attempt` is written, and the error is returned.
Result<store::Transaction> BeginAuthorizedWrite(const Env& env, const Actor& actor, Action action,
                                                int64_t org_id, const AuditEntry& attempt);

// The subtree range of a materialized path: rows with path in [lo, hi).
struct PathRange {
  std::string lo;
  std::string hi;
};
PathRange SubtreeRange(const std::string& org_path);

}  // namespace dangbo::service
