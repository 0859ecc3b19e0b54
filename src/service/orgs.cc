// Organization creation with nesting rules, and scoped reads.
#include "service/orgs.h"

#include "base/crypto.h"
#include "service/access.h"
#include "service/audit.h"

namespace dangbo::service {

namespace {

constexpr const char* kOrgColumns = "id, parent_id, kind, name, path";

Org FromRow(const store::Row& r) {
  Org o;
  o.id = r.Int(0);
  o.parent_id = r.OptInt(1);
  o.kind = ParseOrgKind(r.Text(2)).value_or(OrgKind::kSuperiorCommittee);
  o.name = r.Text(3);
  o.path = r.Text(4);
  return o;
}

nlohmann::json ToJson(const Org& o) {
  return {{"id", o.id},
          {"parent_id", o.parent_id ? nlohmann::json(*o.parent_id) : nlohmann::json(nullptr)},
          {"kind", OrgKindCode(o.kind)},
          {"name", o.name},
          {"path", o.path}};
}

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::optional<Org> LoadOrg(store::Transaction& tx, int64_t id) {
  const auto row =
      tx.QueryOne(std::string("SELECT ") + kOrgColumns + " FROM org WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

Result<Org> CreateOrg(const Env& env, const Actor& actor, const NewOrg& in) {
  const std::string name = Trim(in.name);
  const auto kind = ParseOrgKind(in.kind);
  Validator v;
  v.Check(!name.empty(), "name", "Tên tổ chức không được để trống.");
  v.Check(name.size() <= 300, "name", "Tên tổ chức không được dài quá 300 ký tự.");
  v.Check(kind.has_value(), "kind",
          "Loại tổ chức không hợp lệ (superior_committee, grassroots_committee, "
          "grassroots_branch, sub_committee, branch).");
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "org.create", .entity = "org"};
  audit.after = {{"kind", in.kind}, {"name", name}, {"parent_id", in.parent_id.value_or(0)}};

  std::optional<store::Transaction> txo;
  std::optional<Org> parent;
  if (in.parent_id) {
    auto tx = BeginAuthorizedWrite(env, actor, Action::kOrgWrite, *in.parent_id, audit);
    if (!tx.ok()) return tx.error();
    txo.emplace(std::move(tx.value()));
    parent = LoadOrg(*txo, *in.parent_id);
  } else {
    if (actor.org_path != "/") {
      const Error e = Error::Forbidden("Chỉ quản trị viên dòng lệnh được tạo tổ chức gốc.");
      RecordRefusal(env.db, actor, audit, e, env.clock.Now());
      return e;
    }
    txo.emplace(env.db.BeginWrite());
  }
  store::Transaction& tx = *txo;
  if (!MayContain(parent ? std::optional<OrgKind>(parent->kind) : std::nullopt, *kind)) {
    const std::string where =
        parent ? std::string(OrgKindLabel(parent->kind)) + " “" + parent->name + "”" : "gốc cây";
    return Error::Invalid(
        std::string(OrgKindLabel(*kind)) + " không thể đặt trực tiếp dưới " + where + ".",
        {{"kind", "Loại tổ chức không phù hợp với tổ chức cấp trên."}});
  }

  const std::string parent_path = parent ? parent->path : "/";
  const std::string now = FormatTimestamp(env.clock.Now());
  // The path needs the new id; insert under a unique placeholder, then set it.
  const int64_t id = tx.QueryOne(
                           "INSERT INTO org (parent_id, kind, name, path, created_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id",
                           {store::Opt(in.parent_id), std::string(OrgKindCode(*kind)), name,
                            parent_path + "new-" + RandomToken(9), now})
                         ->Int(0);
  Org org{id, in.parent_id, *kind, name, parent_path + std::to_string(id) + "/"};
  tx.Exec("UPDATE org SET path = ? WHERE id = ?", {org.path, id});
  audit.entity_id = std::to_string(id);
  audit.org_id = id;
  audit.after = ToJson(org);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return org;
}

Result<std::vector<Org>> ListOrgs(const Env& env, const Actor& actor) {
  if (!RoleAllows(actor, Action::kOrgRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem danh sách tổ chức.");
  }
  store::Transaction tx = env.db.BeginRead();
  const PathRange range = SubtreeRange(actor.org_path);
  std::vector<Org> out;
  tx.Each(
      std::string("SELECT ") + kOrgColumns + " FROM org WHERE path >= ? AND path < ? ORDER BY path",
      {range.lo, range.hi}, [&](const store::Row& r) { out.push_back(FromRow(r)); });
  return out;
}

Result<Org> GetOrg(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto org = LoadOrg(tx, id);
  // Outside the scope looks the same as missing: no existence oracle.
  if (!org || !InScope(actor, org->path)) {
    return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(id) + ".");
  }
  if (Status s = Authorize(actor, Action::kOrgRead, org->path); !s) return s.error();
  return *org;
}

}  // namespace dangbo::service
