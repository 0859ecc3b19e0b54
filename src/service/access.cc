// Role grants and subtree checks.
#include "service/access.h"

namespace dangbo::service {

bool RoleAllows(const Actor& actor, Action action) {
  if (actor.Has(Role::kAdmin)) return true;
  switch (action) {
    case Action::kOrgRead:
      return !actor.roles.empty();
    case Action::kOrgWrite:
      return actor.Has(Role::kOrgStaff);
    case Action::kMemberRead:
      return actor.Has(Role::kOrgStaff) || actor.Has(Role::kInspectionStaff) ||
             actor.Has(Role::kPropagandaStaff) || actor.Has(Role::kSecretary);
    case Action::kMemberWrite:
      return actor.Has(Role::kOrgStaff) || actor.Has(Role::kSecretary);
    case Action::kMemberLifecycle:
      // Decisions of the committees, recorded by their organization staff.
      return actor.Has(Role::kOrgStaff);
    case Action::kUserManage:
    case Action::kAuditRead:
      return false;
  }
  return false;
}

bool InScope(const Actor& actor, const std::string& org_path) {
  if (actor.org_path.empty()) return false;
  return org_path.compare(0, actor.org_path.size(), actor.org_path) == 0;
}

Status Authorize(const Actor& actor, Action action, const std::string& org_path) {
  if (!RoleAllows(actor, action)) {
    return Error::Forbidden("Vai trò của bạn không được phép thực hiện thao tác này.");
  }
  if (!InScope(actor, org_path)) {
    return Error::Forbidden("Tổ chức này nằm ngoài phạm vi quản lý của bạn.");
  }
  return Status::Ok();
}

Result<store::Transaction> BeginAuthorizedWrite(const Env& env, const Actor& actor, Action action,
                                                int64_t org_id, const AuditEntry& attempt) {
  Error refusal;
  {
    store::Transaction tx = env.db.BeginWrite();
    const auto row = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
    if (!row) {
      return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(org_id) + ".");
    }
    const Status s = Authorize(actor, action, row->Text(0));
    if (s.ok()) return tx;
    refusal = s.error();
  }  // rolled back here, so the refusal can take the single writer
  AuditEntry refused = attempt;
  if (!refused.org_id) refused.org_id = org_id;
  RecordRefusal(env.db, actor, std::move(refused), refusal, env.clock.Now());
  return refusal;
}

PathRange SubtreeRange(const std::string& org_path) {
  // Paths are "/digits/.../"; '~' sorts after every digit and '/', in bytes and in C collation.
  return {org_path, org_path + "~"};
}

}  // namespace dangbo::service
