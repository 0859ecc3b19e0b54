// Actor helpers.
#include "service/core/actor.h"

#include <algorithm>
#include <cstdlib>

namespace dangbo::service {

bool Actor::Has(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

Actor Actor::CliOperator() {
  Actor a;
  const char* user = std::getenv("USER");
  a.username = std::string("cli:") + (user && *user ? user : "operator");
  a.display_name = "Quản trị viên dòng lệnh";
  a.org_path = "/";  // every path starts with "/": the whole tree
  a.roles = {Role::kAdmin};
  a.channel = Channel::kCli;
  a.client_addr = "local";
  return a;
}

}  // namespace dangbo::service
