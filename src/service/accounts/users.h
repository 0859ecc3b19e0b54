// User accounts: create, list, reset passwords, within the actor's subtree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"
#include "service/core/roles.h"

namespace dangbo::service {

struct User {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  int64_t org_id = 0;
  std::string org_name;
  std::string org_path;
  std::vector<Role> roles;
  bool active = true;
  std::optional<std::string> locked_until;
  std::string created_at;
  std::optional<int64_t> member_id;  // the member whose own account this is
};

nlohmann::json UserJson(const User& u);

struct NewUser {
  std::string username;
  std::string display_name;
  int64_t org_id = 0;
  std::vector<std::string> roles;  // role codes
  std::string password;
  // A member's own account: roles must be {"member"}, org_id the member's unit, the member
  // active and without an account yet.
  std::optional<int64_t> member_id;
};

struct UserQuery {
  std::string q;  // substring of username or display name
  int page = 1;
  int page_size = 50;
};

using UserPage = Page<User>;

Result<User> CreateUser(const Env& env, const Actor& actor, const NewUser& in);
Result<UserPage> ListUsers(const Env& env, const Actor& actor, const UserQuery& query);
// An administrator sets another user's password; that user's sessions end.
Status ResetPassword(const Env& env, const Actor& actor, int64_t user_id,
                     const std::string& password);
// Looks a user up by name for an actor allowed to manage users (the CLI uses this).
Result<User> FindUserByName(const Env& env, const Actor& actor, const std::string& username);

// Repository helpers shared with the auth service (unscoped).
std::optional<User> LoadUser(store::Transaction& tx, int64_t id);
std::optional<User> LoadUserByName(store::Transaction& tx, const std::string& username);
// Lower-cases and trims; usernames are compared in this form.
std::string NormalizeUsername(const std::string& s);

}  // namespace dangbo::service
