// Who is acting: the authenticated user (or the CLI operator) with their scope.
// Every service function takes the Actor and checks access itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "service/core/roles.h"

namespace dangbo::service {

enum class Channel { kApi, kCli };

struct Actor {
  int64_t user_id = 0;       // 0 for the CLI operator
  std::string username;      // for the audit trail
  std::string display_name;  // for people
  int64_t org_id = 0;        // the root of the actor's scope
  std::string org_path;      // materialized path of org_id, e.g. "/1/7/"
  std::vector<Role> roles;
  Channel channel = Channel::kApi;
  std::string client_addr;  // remote address (API) or "local" (CLI)

  bool Has(Role r) const;

  // The operator at the console: full rights over the whole tree. Only the CLI, which
  // already has direct access to the database file or URL, may construct it.
  static Actor CliOperator();
};

}  // namespace dangbo::service
