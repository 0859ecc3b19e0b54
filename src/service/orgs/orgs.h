// Organizations of the party tree: the minimal set the platform needs (create, list,
// find). The registry extends this with history, host units and committees.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/core/access.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/roles.h"
#include "service/core/validate.h"

namespace dangbo::service {

struct Org {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  OrgKind kind = OrgKind::kSuperiorCommittee;
  std::string name;
  std::string path;  // "/1/7/"
  std::string established_on;
  std::string ended_on;  // empty while the organization is active
  std::optional<int64_t> host_unit_id;
  std::string host_unit_name;
};

struct NewOrg {
  std::optional<int64_t> parent_id;  // none: a new root, only for the CLI operator
  std::string kind;                  // OrgKind code
  std::string name;
  Decision decision;  // establishment; effective_on empty = today
  std::optional<int64_t> host_unit_id;
};

Result<Org> CreateOrg(const Env& env, const Actor& actor, const NewOrg& in);
// The actor's subtree now, ordered by path (parents before children); ended ones only
// when asked.
Result<std::vector<Org>> ListOrgs(const Env& env, const Actor& actor, bool include_ended = false);
Result<Org> GetOrg(const Env& env, const Actor& actor, int64_t id);
// Organization `id`, for what the actor may do `action` on there: a missing or outside id
// answers as GetOrg does, a role without the right is refused.
Result<Org> GetOrgFor(const Env& env, const Actor& actor, int64_t id, Action action);
// The subtree of organization `id` as a path range, for a list of what the actor may do
// `action` on there: a missing or outside id answers as GetOrg does, a role without the
// right is refused.
Result<PathRange> SubtreeFor(const Env& env, const Actor& actor, int64_t id, Action action);

// An organization with the number of active members whose unit it is now.
struct OrgDetail {
  Org org;
  int64_t member_count = 0;
};
Result<OrgDetail> GetOrgDetail(const Env& env, const Actor& actor, int64_t id);

// Repository helper for other services: the organization row, unscoped.
std::optional<Org> LoadOrg(store::Transaction& tx, int64_t id);
// The organizations of the subtree at `path` (itself included) now, ordered by path (parents
// before children); ended ones only when asked. Unscoped.
std::vector<Org> LoadSubtree(store::Transaction& tx, const std::string& path, bool include_ended);

}  // namespace dangbo::service
