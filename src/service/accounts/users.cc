// Account management with validation, scope checks and audit.
#include "service/accounts/users.h"

#include <algorithm>
#include <set>

#include "service/accounts/auth.h"
#include "service/accounts/password.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/kinds.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kUserSelect =
    "SELECT u.id, u.username, u.display_name, u.org_id, o.name, o.path, u.active, "
    "u.locked_until, u.created_at, u.member_id FROM app_user u JOIN org o ON o.id = u.org_id ";

std::vector<Role> LoadRoles(store::Transaction& tx, int64_t user_id) {
  std::vector<Role> roles;
  for (const auto& r : tx.Query("SELECT role FROM user_role WHERE user_id = ?", {user_id})) {
    if (auto role = vocab::Parse<Role>(r.Text(0))) roles.push_back(*role);
  }
  std::sort(roles.begin(), roles.end());
  return roles;
}

User FromRow(const store::Row& r) {
  User u;
  u.id = r.Int(0);
  u.username = r.Text(1);
  u.display_name = r.Text(2);
  u.org_id = r.Int(3);
  u.org_name = r.Text(4);
  u.org_path = r.Text(5);
  u.active = r.Bool(6);
  u.locked_until = r.OptText(7);
  u.created_at = r.Text(8);
  u.member_id = r.OptInt(9);
  return u;
}

bool ValidUsernameChars(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

}  // namespace

nlohmann::json UserJson(const User& u) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : u.roles) roles.push_back(vocab::Code(r));
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"org_id", u.org_id},
          {"org_name", u.org_name},
          {"roles", roles},
          {"active", u.active},
          {"locked_until", u.locked_until ? nlohmann::json(*u.locked_until) : nullptr},
          {"created_at", u.created_at},
          {"member_id", u.member_id ? nlohmann::json(*u.member_id) : nullptr}};
}

std::string NormalizeUsername(const std::string& s) {
  std::string out = text::Trim(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<User> LoadUser(store::Transaction& tx, int64_t id) {
  const auto row = tx.QueryOne(std::string(kUserSelect) + "WHERE u.id = ?", {id});
  if (!row) return std::nullopt;
  User u = FromRow(*row);
  u.roles = LoadRoles(tx, u.id);
  return u;
}

std::optional<User> LoadUserByName(store::Transaction& tx, const std::string& username) {
  const auto row =
      tx.QueryOne(std::string(kUserSelect) + "WHERE u.username = ?", {NormalizeUsername(username)});
  if (!row) return std::nullopt;
  User u = FromRow(*row);
  u.roles = LoadRoles(tx, u.id);
  return u;
}

namespace {

// A member may get their own account when active, in the unit the account is made in, and
// without one yet.
Status CheckMemberForAccount(store::Transaction& tx, int64_t member_id, int64_t org_id) {
  const auto m = tx.QueryOne("SELECT org_id, status FROM member WHERE id = ?", {member_id});
  if (!m || m->Int(0) != org_id) {
    return Error::Invalid("Đảng viên không thuộc tổ chức của tài khoản.",
                          {{"member_id", "Đảng viên không thuộc tổ chức đã chọn."}});
  }
  if (!vocab::CodeHasFlag<MemberStatus>(m->Text(1), kStatusActive)) {
    return Error::Rule("member_not_active",
                       "Đảng viên không còn sinh hoạt: không tạo tài khoản cho hồ sơ này.");
  }
  if (tx.QueryOne("SELECT 1 FROM app_user WHERE member_id = ?", {member_id})) {
    return Error::Conflict("member_has_account", "Đảng viên này đã có tài khoản.");
  }
  return Status::Ok();
}

}  // namespace

Result<User> CreateUser(const Env& env, const Actor& actor, const NewUser& in) {
  const std::string username = NormalizeUsername(in.username);
  const std::string display_name = text::Trim(in.display_name);
  Validator v;
  if (username.size() < 3 || username.size() > 64) {
    v.Fail("username", "Tên đăng nhập phải dài từ 3 đến 64 ký tự.");
  } else if (!ValidUsernameChars(username)) {
    v.Fail("username",
           "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu chấm, gạch dưới, gạch "
           "ngang.");
  }
  v.Check(!display_name.empty(), "display_name", "Họ và tên không được để trống.");
  v.Check(display_name.size() <= 200, "display_name", "Họ và tên không được dài quá 200 ký tự.");
  v.Check(in.org_id > 0, "org_id", "Hãy chọn tổ chức đảng của người dùng.");
  std::set<Role> roles;
  if (in.roles.empty()) v.Fail("roles", "Hãy chọn ít nhất một vai trò.");
  for (const auto& code : in.roles) {
    if (auto r = vocab::Parse<Role>(code)) {
      roles.insert(*r);
    } else {
      v.Fail("roles", "Vai trò “" + code + "” không tồn tại.");
    }
  }
  if (Status s = CheckPasswordPolicy(in.password, username); !s) {
    for (const auto& f : s.error().fields) v.Fail(f.field, f.message);
  }
  if (Status s = v.ToStatus(); !s) return s.error();

  nlohmann::json role_codes = nlohmann::json::array();
  for (Role r : roles) role_codes.push_back(vocab::Code(r));
  if (in.member_id && (roles.size() != 1 || *roles.begin() != Role::kMember)) {
    v.Fail("roles", "Tài khoản của đảng viên chỉ có vai trò Đảng viên.");
    return v.ToStatus().error();
  }
  AuditEntry audit{.action = in.member_id ? "member.account_create" : "user.create",
                   .entity = "user",
                   .org_id = in.org_id};
  audit.after = {{"username", username},
                 {"display_name", display_name},
                 {"org_id", in.org_id},
                 {"roles", role_codes}};

  const std::string hash = HashPassword(in.password);  // slow: outside the write lock
  auto txr = BeginAuthorizedWrite(env, actor, Action::kUserManage, in.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  if (tx.QueryOne("SELECT 1 FROM app_user WHERE username = ?", {username})) {
    Error e = Error::Conflict("username_taken", "Tên đăng nhập “" + username + "” đã được dùng.");
    e.fields.push_back({"username", "Tên đăng nhập đã được dùng."});
    return e;
  }
  if (in.member_id) {
    if (Status s = CheckMemberForAccount(tx, *in.member_id, in.org_id); !s) return s.error();
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO app_user (username, display_name, org_id, password_hash, "
            "active, failed_logins, password_changed_at, created_at, updated_at, "
            "member_id) VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?, ?) RETURNING id",
            {username, display_name, in.org_id, hash, now, now, now, store::Opt(in.member_id)})
          .Int(0);
  for (Role r : roles) {
    tx.Exec("INSERT INTO user_role (user_id, role) VALUES (?, ?)",
            {id, std::string(vocab::Code(r))});
  }
  User user = store::Must(LoadUser(tx, id), "user " + std::to_string(id));
  audit.entity_id = std::to_string(id);
  audit.after = UserJson(user);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return user;
}

Result<UserPage> ListUsers(const Env& env, const Actor& actor, const UserQuery& query) {
  Validator v;
  CheckPaging(v, query.page, query.page_size);
  if (Status s = v.ToStatus(); !s) return s.error();
  if (!RoleAllows(actor, Action::kUserManage)) {
    return Error::Forbidden("Chỉ quản trị hệ thống được xem danh sách người dùng.");
  }
  store::Transaction tx = env.db.BeginRead();
  const PathRange range = SubtreeRange(actor.org_path);
  std::string where = "WHERE o.path >= ? AND o.path < ?";
  store::Params params = {range.lo, range.hi};
  if (const std::string q = text::Trim(query.q); !q.empty()) {
    where += " AND (u.username LIKE ? OR u.display_name LIKE ?)";
    params.push_back("%" + NormalizeUsername(q) + "%");
    params.push_back("%" + q + "%");
  }
  UserPage page;
  page.total = EachOnPage(tx,
                          {kUserSelect, "FROM app_user u JOIN org o ON o.id = u.org_id ", where,
                           "ORDER BY u.username", params},
                          query.page, query.page_size,
                          [&](const store::Row& r) { page.items.push_back(FromRow(r)); });
  for (auto& u : page.items) u.roles = LoadRoles(tx, u.id);
  return page;
}

Status ResetPassword(const Env& env, const Actor& actor, int64_t user_id,
                     const std::string& password) {
  std::optional<User> target;
  {
    store::Transaction tx = env.db.BeginRead();
    target = LoadUser(tx, user_id);
  }
  if (!target || !InScope(actor, target->org_path)) {
    return Error::NotFound("Không tìm thấy người dùng có mã " + std::to_string(user_id) + ".");
  }
  if (Status s = CheckPasswordPolicy(password, target->username); !s) return s;
  AuditEntry audit{.action = "user.password_reset",
                   .entity = "user",
                   .entity_id = std::to_string(user_id),
                   .org_id = target->org_id};
  const std::string hash = HashPassword(password);
  auto txr = BeginAuthorizedWrite(env, actor, Action::kUserManage, target->org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const std::string now = FormatTimestamp(env.clock.Now());
  tx.Exec(
      "UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
      "password_changed_at = ?, updated_at = ? WHERE id = ?",
      {hash, now, now, user_id});
  const int64_t ended = tx.Exec("DELETE FROM user_session WHERE user_id = ?", {user_id});
  audit.detail = "Đặt lại mật khẩu; kết thúc " + std::to_string(ended) + " phiên đăng nhập.";
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  ForgetCachedSessions();  // after the commit: a reader cannot re-cache it
  return Status::Ok();
}

Result<User> FindUserByName(const Env& env, const Actor& actor, const std::string& username) {
  store::Transaction tx = env.db.BeginRead();
  auto user = LoadUserByName(tx, username);
  if (!user || !InScope(actor, user->org_path)) {
    return Error::NotFound("Không tìm thấy người dùng “" + username + "”.");
  }
  if (Status s = Authorize(actor, Action::kUserManage, user->org_path); !s) return s.error();
  return *user;
}

}  // namespace dangbo::service
