// Role grants and subtree checks.
#include "service/core/access.h"

#include <algorithm>
#include <array>

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<Action>, 29> kActions = {{
    {Action::kOrgRead, "org.read", "Xem tổ chức đảng"},
    {Action::kOrgWrite, "org.write", "Thêm, sửa tổ chức đảng"},
    {Action::kUserManage, "user.manage", "Quản lý tài khoản người dùng"},
    {Action::kAuditRead, "audit.read", "Xem nhật ký thao tác"},
    {Action::kMemberRead, "member.read", "Xem hồ sơ, danh sách đảng viên"},
    {Action::kMemberWrite, "member.write", "Thêm, sửa hồ sơ đảng viên"},
    {Action::kLifecycleWrite, "lifecycle.write",
     "Ghi biến động đảng viên (chuyển sinh hoạt, thẻ đảng, miễn sinh hoạt, xóa tên, ...)"},
    {Action::kGlobalWrite, "global.write", "Sửa dữ liệu dùng chung (ngày nghỉ, danh mục đơn vị)"},
    {Action::kReportRead, "report.read", "Xem số liệu, chỉ tiêu báo cáo"},
    {Action::kReportFreeze, "report.freeze", "Lưu báo cáo đã gửi, hủy báo cáo đã lưu"},
    {Action::kMeetingWrite, "meeting.write", "Ghi sinh hoạt chi bộ, điểm danh, phân công dự họp"},
    {Action::kRatingWrite, "rating.write", "Ghi tự đánh giá, đề xuất xếp loại chất lượng"},
    {Action::kRatingApprove, "rating.approve", "Quyết định, phê duyệt xếp loại chất lượng"},
    {Action::kBadgeWrite, "badge.write", "Đề nghị, ghi quyết định tặng Huy hiệu Đảng"},
    {Action::kInspectionRead, "inspection.read", "Xem hồ sơ kiểm tra, giám sát"},
    {Action::kInspectionWrite, "inspection.write",
     "Lập chương trình, ghi cuộc kiểm tra, giám sát, kết luận, theo dõi khắc phục"},
    {Action::kDisciplineRead, "discipline.read", "Xem hồ sơ kỷ luật"},
    {Action::kDisciplineWrite, "discipline.write", "Ghi quyết định kỷ luật, khiếu nại"},
    {Action::kDuesRead, "dues.read", "Xem đảng phí: sổ thu, mức đóng, nợ, nộp cấp trên"},
    {Action::kDuesCollect, "dues.collect", "Thu đảng phí hằng tháng, điều chỉnh khoản thu"},
    {Action::kDuesBasis, "dues.basis", "Ghi mức thu nhập đóng đảng phí, miễn, giảm đảng phí"},
    {Action::kDuesRemit, "dues.remit", "Ghi nộp đảng phí lên cấp trên, tỷ lệ trích giữ lại"},
    {Action::kTrainingWrite, "training.write", "Mở lớp, ghi học viên, kết quả, chứng chỉ"},
    {Action::kCadreRead, "cadre.read", "Xem quy hoạch cán bộ"},
    {Action::kCadreWrite, "cadre.write", "Ghi quy hoạch cán bộ, lộ trình đào tạo"},
    {Action::kPropagandaRead, "propaganda.read",
     "Xem công tác tuyên giáo: học tập nghị quyết, hội nghị, Chỉ thị 05, dư luận xã hội"},
    {Action::kPropagandaWrite, "propaganda.write",
     "Ghi công tác tuyên giáo: học tập nghị quyết, hội nghị, cuộc thi, Chỉ thị 05, dư luận"},
    {Action::kRewardWrite, "reward.write",
     "Ghi khen thưởng, phong trào thi đua, mô hình \"Dân vận khéo\", đơn vị văn hóa"},
    {Action::kTargetWrite, "target.write",
     "Ghi chỉ tiêu Nghị quyết Đại hội, văn bản cấp trên và việc thực hiện"},
}};
static_assert(vocab::WellFormed<Action>(kActions));

// The role × action table: what each role may do (anywhere in its scope). global.write
// also needs a root scope (Authorize checks it). A new action gets its row marks here.
constexpr uint32_t Allow(std::initializer_list<Action> actions) {
  uint32_t mask = 0;
  for (Action a : actions) mask |= 1u << static_cast<unsigned>(a);
  return mask;
}
constexpr uint32_t kEveryAction = ~0u;

struct RoleGrants {
  Role role;
  uint32_t actions;
};

constexpr std::array<RoleGrants, 6> kGrants = {{
    {Role::kAdmin, kEveryAction},
    {Role::kOrgStaff,
     Allow({Action::kOrgRead,        Action::kOrgWrite,       Action::kMemberRead,
            Action::kMemberWrite,    Action::kLifecycleWrite, Action::kReportRead,
            Action::kReportFreeze,   Action::kMeetingWrite,   Action::kRatingWrite,
            Action::kRatingApprove,  Action::kBadgeWrite,     Action::kDuesRead,
            Action::kDuesCollect,    Action::kDuesBasis,      Action::kDuesRemit,
            Action::kTrainingWrite,  Action::kCadreRead,      Action::kCadreWrite,
            Action::kPropagandaRead, Action::kRewardWrite,    Action::kTargetWrite})},
    {Role::kInspectionStaff,
     Allow({Action::kOrgRead, Action::kMemberRead, Action::kReportRead, Action::kReportFreeze,
            Action::kInspectionRead, Action::kInspectionWrite, Action::kDisciplineRead,
            Action::kDisciplineWrite, Action::kDuesRead, Action::kPropagandaRead})},
    {Role::kPropagandaStaff,
     Allow({Action::kOrgRead, Action::kMemberRead, Action::kReportRead, Action::kReportFreeze,
            Action::kTrainingWrite, Action::kPropagandaRead, Action::kPropagandaWrite,
            Action::kRewardWrite})},
    {Role::kSecretary,
     Allow({Action::kOrgRead, Action::kMemberRead, Action::kMemberWrite, Action::kReportRead,
            Action::kReportFreeze, Action::kMeetingWrite, Action::kRatingWrite,
            Action::kInspectionRead, Action::kDisciplineRead, Action::kDuesRead,
            Action::kDuesCollect, Action::kDuesBasis, Action::kDuesRemit, Action::kTrainingWrite,
            Action::kPropagandaRead, Action::kPropagandaWrite, Action::kTargetWrite})},
    {Role::kMember, Allow({Action::kOrgRead, Action::kReportRead})},
}};

bool Grants(Role role, Action action) {
  for (const RoleGrants& g : kGrants) {
    if (g.role == role) return (g.actions >> static_cast<unsigned>(action) & 1u) != 0;
  }
  return false;
}

}  // namespace

std::span<const vocab::Entry<Action>> VocabOf(Action) { return kActions; }

bool RoleAllows(const Actor& actor, Action action) {
  return std::any_of(actor.roles.begin(), actor.roles.end(),
                     [action](Role r) { return Grants(r, action); });
}

std::vector<Action> AllowedActions(const Actor& actor) {
  std::vector<Action> out;
  for (Action a : vocab::All<Action>()) {
    if (RoleAllows(actor, a)) out.push_back(a);
  }
  return out;
}

bool ReadsAllCaseFiles(const Actor& actor) {
  return RoleAllows(actor, Action::kDisciplineWrite) && RoleAllows(actor, Action::kInspectionWrite);
}

bool InScope(const Actor& actor, const std::string& org_path) {
  if (actor.org_path.empty()) return false;
  return org_path.compare(0, actor.org_path.size(), actor.org_path) == 0;
}

bool RootScope(const Actor& actor) {
  // Paths are "/1/7/": a root's has one segment; the CLI operator's is "/".
  return !actor.org_path.empty() &&
         std::count(actor.org_path.begin(), actor.org_path.end(), '/') <= 2;
}

Error OrgNotFound(int64_t org_id) {
  if (org_id <= 0) return Error::NotFound("Không tìm thấy tổ chức đảng.");
  return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(org_id) + ".");
}

namespace {

// Whether a refusal of `action` can only have come from the scope.
bool OnlyScopeRefuses(const Actor& actor, Action action) {
  return RoleAllows(actor, action) && (action != Action::kGlobalWrite || RootScope(actor));
}

}  // namespace

Status Authorize(const Actor& actor, Action action, const std::string& org_path) {
  if (!RoleAllows(actor, action)) {
    return Error::Forbidden("Vai trò của bạn không được phép thực hiện thao tác này.");
  }
  if (action == Action::kGlobalWrite && !RootScope(actor)) {
    return Error::Forbidden(
        "Dữ liệu dùng chung cho mọi tổ chức (bảng ngày nghỉ, danh mục đơn vị) chỉ quản trị "
        "viên cấp cao nhất được sửa.");
  }
  if (!InScope(actor, org_path)) {
    return Error::Forbidden("Tổ chức này nằm ngoài phạm vi quản lý của bạn.");
  }
  return Status::Ok();
}

Result<store::Transaction> BeginAuthorizedWrite(const Env& env, const Actor& actor, Action action,
                                                int64_t org_id, const AuditEntry& attempt) {
  Error refusal;
  bool known = false;
  {
    store::Transaction tx = env.db.BeginWrite();
    const auto row = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
    known = row.has_value();
    // A missing organization and one outside the scope answer alike (after the role check,
    // which answers the same for every id); only the refusal is audited.
    if (!row && OnlyScopeRefuses(actor, action)) return OrgNotFound(org_id);
    const Status s = Authorize(actor, action, row ? row->Text(0) : std::string());
    if (s.ok()) return tx;
    refusal = s.error();
  }  // rolled back here, so the refusal can take the single writer
  AuditEntry refused = attempt;
  if (!refused.org_id) refused.org_id = known ? org_id : actor.org_id;
  RecordRefusal(env.db, actor, std::move(refused), refusal, env.clock.Now());
  if (OnlyScopeRefuses(actor, action)) return OrgNotFound(org_id);
  return refusal;
}

namespace {

// What each kind of path record is: its code (GET /api/routes), the noun of its "not found"
// answer (none: an organization's) and the SQL giving the organization paths that put record
// `?` in someone's scope (a transfer has two; none: the kind names no record).
struct TargetInfo {
  Target target;
  const char* code;
  const char* noun;
  const char* paths_sql;
};
constexpr TargetInfo kTargets[] = {
    {Target::kNone, "none", nullptr, nullptr},
    {Target::kOrg, "org", nullptr, "SELECT path, NULL FROM org WHERE id = ?"},
    {Target::kMember, "member", "đảng viên", "SELECT org_path, NULL FROM member WHERE id = ?"},
    {Target::kCandidate, "candidate", "quần chúng ưu tú",
     "SELECT o.path, NULL FROM candidate c JOIN org o ON o.id = c.org_id WHERE c.id = ?"},
    {Target::kTransfer, "transfer", "việc chuyển sinh hoạt",
     "SELECT fo.path, tor.path FROM member_transfer t LEFT JOIN org fo ON fo.id = "
     "t.from_org_id LEFT JOIN org tor ON tor.id = t.to_org_id WHERE t.id = ?"},
    {Target::kUser, "user", "người dùng",
     "SELECT o.path, NULL FROM app_user u JOIN org o ON o.id = u.org_id WHERE u.id = ?"},
    {Target::kGlobal, "global", nullptr, nullptr},
    {Target::kReportSnapshot, "report_snapshot", "báo cáo đã lưu",
     "SELECT o.path, NULL FROM report_snapshot s JOIN org o ON o.id = s.org_id WHERE s.id = ?"},
    {Target::kMeeting, "meeting", "buổi sinh hoạt",
     "SELECT o.path, NULL FROM meeting x JOIN org o ON o.id = x.org_id WHERE x.id = ?"},
    {Target::kInspection, "inspection", "cuộc kiểm tra, giám sát",
     "SELECT o.path, NULL FROM inspection_case x JOIN org o ON o.id = x.org_id WHERE x.id = ?"},
    {Target::kDiscipline, "discipline", "hồ sơ kỷ luật",
     "SELECT o.path, NULL FROM discipline_case x JOIN org o ON o.id = x.org_id WHERE x.id = ?"},
    {Target::kTrainingClass, "training_class", "lớp đào tạo, bồi dưỡng",
     "SELECT o.path, NULL FROM training_class x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
    {Target::kCadrePlan, "cadre_plan", "quy hoạch cán bộ",
     "SELECT o.path, NULL FROM cadre_plan x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
    {Target::kCorrection, "correction_request", "đề nghị sửa hồ sơ",
     "SELECT m.org_path, NULL FROM correction_request c JOIN member m ON m.id = c.member_id "
     "WHERE c.id = ?"},
    {Target::kPropaganda, "propaganda_activity", "hoạt động tuyên giáo",
     "SELECT o.path, NULL FROM propaganda_activity x JOIN org o ON o.id = x.org_id WHERE x.id = ? "
     "AND x.voided_at IS NULL"},
    {Target::kDirective05, "directive05_model", "mô hình Chỉ thị 05",
     "SELECT o.path, NULL FROM directive05_model x JOIN org o ON o.id = x.org_id WHERE x.id = ? "
     "AND x.voided_at IS NULL"},
    {Target::kCollaborator, "opinion_collaborator", "cộng tác viên dư luận xã hội",
     "SELECT o.path, NULL FROM opinion_collaborator x JOIN org o ON o.id = x.org_id WHERE x.id "
     "= ? AND x.voided_at IS NULL"},
    {Target::kReward, "reward", "khen thưởng",
     "SELECT o.path, NULL FROM reward x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
    {Target::kEmulation, "emulation", "phong trào thi đua, mô hình",
     "SELECT o.path, NULL FROM emulation x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
    {Target::kCongressTarget, "congress_target", "chỉ tiêu",
     "SELECT o.path, NULL FROM congress_target x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
    {Target::kDocument, "document", "văn bản",
     "SELECT o.path, NULL FROM higher_document x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
     "x.voided_at IS NULL"},
};

const TargetInfo& InfoOf(Target target) {
  for (const TargetInfo& t : kTargets) {
    if (t.target == target) return t;
  }
  return kTargets[0];
}

// The "not found" answer for a record of kind `target`, the same whether it is missing or
// outside the scope.
Error TargetNotFound(Target target, int64_t id) {
  const char* noun = InfoOf(target).noun;
  if (noun == nullptr) return OrgNotFound(id);
  return Error::NotFound(std::string("Không tìm thấy ") + noun + " có mã " + std::to_string(id) +
                         ".");
}

// The organization paths that put record `id` in someone's scope; nullopt when it does not
// exist.
std::optional<std::vector<std::string>> TargetPaths(store::Transaction& tx, Target target,
                                                    int64_t id) {
  const char* sql = InfoOf(target).paths_sql;
  if (sql == nullptr) return std::vector<std::string>{};
  const auto row = tx.QueryOne(sql, {id});
  if (!row) return std::nullopt;
  std::vector<std::string> paths;
  for (int i = 0; i < 2; ++i) {
    if (auto p = row->OptText(i); p && !p->empty()) paths.push_back(*p);
  }
  return paths;
}

}  // namespace

std::string_view TargetCode(Target target) { return InfoOf(target).code; }

Status CheckRouteAccess(const Env& env, const Actor& actor, std::optional<Action> action,
                        Target target, int64_t id, const AuditEntry* attempt) {
  auto refuse = [&](const Error& e) -> Status {
    if (attempt) RecordRefusal(env.db, actor, *attempt, e, env.clock.Now());
    return e;
  };
  if (action) {
    if (Status s = Authorize(actor, *action, actor.org_path); !s) return refuse(s.error());
  }
  // kGlobal names no record: its action, kGlobalWrite, already asked for a root scope.
  if (target == Target::kNone || target == Target::kGlobal) return Status::Ok();
  std::optional<std::vector<std::string>> paths;
  {
    store::Transaction tx = env.db.BeginRead();
    paths = TargetPaths(tx, target, id);
  }
  if (!paths) return TargetNotFound(target, id);
  for (const auto& p : *paths) {
    if (InScope(actor, p)) return Status::Ok();
  }
  if (attempt) {  // the audit row keeps the reason; the caller hears "not found"
    RecordRefusal(env.db, actor, *attempt,
                  Error::Forbidden("Ngoài phạm vi quản lý: " + TargetNotFound(target, id).detail),
                  env.clock.Now());
  }
  return TargetNotFound(target, id);
}

PathRange SubtreeRange(const std::string& org_path) {
  // Paths are "/digits/.../"; '~' sorts after every digit and '/', in bytes and in C collation.
  return {org_path, org_path + "~"};
}

}  // namespace dangbo::service
