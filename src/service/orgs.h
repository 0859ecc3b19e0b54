// Organizations of the party tree: the minimal set the platform needs (create, list,
// find). The registry extends this with history, host units and committees.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/actor.h"
#include "service/env.h"
#include "service/roles.h"

namespace dangbo::service {

struct Org {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  OrgKind kind = OrgKind::kSuperiorCommittee;
  std::string name;
  std::string path;  // "/1/7/"
};

struct NewOrg {
  std::optional<int64_t> parent_id;  // none: a new root, only for the CLI operator
  std::string kind;                  // OrgKind code
  std::string name;
};

Result<Org> CreateOrg(const Env& env, const Actor& actor, const NewOrg& in);
// The actor's subtree, ordered by path (parents before children).
Result<std::vector<Org>> ListOrgs(const Env& env, const Actor& actor);
Result<Org> GetOrg(const Env& env, const Actor& actor, int64_t id);

// Repository helper for other services: the organization row, unscoped.
std::optional<Org> LoadOrg(store::Transaction& tx, int64_t id);

}  // namespace dangbo::service
