// Organization creation (with its establishment decision, span and event), and scoped reads.
#include "service/orgs/orgs.h"

#include "base/crypto.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/members/member_spans.h"
#include "service/orgs/org_history.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kOrgSelect =
    "SELECT o.id, o.parent_id, o.kind, o.name, o.path, o.established_on, o.ended_on, "
    "o.host_unit_id, h.name FROM org o LEFT JOIN host_unit h ON h.id = o.host_unit_id ";

Org FromRow(const store::Row& r) {
  Org o;
  o.id = r.Int(0);
  o.parent_id = r.OptInt(1);
  o.kind = vocab::Parse<OrgKind>(r.Text(2)).value_or(OrgKind::kSuperiorCommittee);
  o.name = r.Text(3);
  o.path = r.Text(4);
  o.established_on = r.OptText(5).value_or("");
  o.ended_on = r.OptText(6).value_or("");
  o.host_unit_id = r.OptInt(7);
  o.host_unit_name = r.OptText(8).value_or("");
  return o;
}

nlohmann::json ToJson(const Org& o) {
  return {{"id", o.id},
          {"parent_id", o.parent_id ? nlohmann::json(*o.parent_id) : nlohmann::json(nullptr)},
          {"kind", vocab::Code(o.kind)},
          {"name", o.name},
          {"path", o.path},
          {"established_on", o.established_on},
          {"host_unit_id", o.host_unit_id ? nlohmann::json(*o.host_unit_id) : nullptr}};
}

}  // namespace

std::optional<Org> LoadOrg(store::Transaction& tx, int64_t id) {
  const auto row = tx.QueryOne(std::string(kOrgSelect) + "WHERE o.id = ?", {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

std::vector<Org> LoadSubtree(store::Transaction& tx, const std::string& path, bool include_ended) {
  const PathRange range = SubtreeRange(path);
  std::vector<Org> out;
  tx.Each(std::string(kOrgSelect) + "WHERE o.path >= ? AND o.path < ?" +
              (include_ended ? "" : " AND o.ended_on IS NULL") + " ORDER BY o.path",
          {range.lo, range.hi}, [&](const store::Row& r) { out.push_back(FromRow(r)); });
  return out;
}

Result<Org> CreateOrg(const Env& env, const Actor& actor, const NewOrg& in) {
  const std::string name = text::Trim(in.name);
  const auto kind = vocab::Parse<OrgKind>(in.kind);
  Decision decision = in.decision;
  if (decision.effective_on.empty()) decision.effective_on = service::Today(env).Iso();
  Validator v;
  v.Check(!name.empty(), "name", "Tên tổ chức không được để trống.");
  v.Check(name.size() <= 300, "name", "Tên tổ chức không được dài quá 300 ký tự.");
  v.Check(kind.has_value(), "kind",
          "Loại tổ chức không hợp lệ (superior_committee, grassroots_committee, "
          "grassroots_branch, sub_committee, branch).");
  if (Status s = CheckDecision(decision, service::Today(env)); !s) {
    for (const auto& f : s.error().fields) v.Fail(f.field, f.message);
  }
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
    if (!parent->ended_on.empty()) {
      return Error::Rule("org_ended",
                         "Tổ chức cấp trên “" + parent->name + "” đã kết thúc hoạt động.");
    }
    if (parent->established_on > decision.effective_on) {
      return Error::Invalid(
          "Ngày thành lập trước ngày thành lập của tổ chức cấp trên.",
          {{"effective_on", "Không được trước ngày thành lập của tổ chức cấp trên (" +
                                Date::Parse(parent->established_on)->Vietnamese() + ")."}});
    }
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
        parent ? std::string(vocab::Label(parent->kind)) + " “" + parent->name + "”" : "gốc cây";
    return Error::Invalid(
        std::string(vocab::Label(*kind)) + " không thể đặt trực tiếp dưới " + where + ".",
        {{"kind", "Loại tổ chức không phù hợp với tổ chức cấp trên."}});
  }
  if (in.host_unit_id && !tx.QueryOne("SELECT 1 FROM host_unit WHERE id = ?", {*in.host_unit_id})) {
    return Error::Invalid("Không tìm thấy đơn vị chủ quản.",
                          {{"host_unit_id", "Đơn vị chủ quản không tồn tại."}});
  }

  const std::string parent_path = parent ? parent->path : "/";
  const std::string now = FormatTimestamp(env.clock.Now());
  // The path needs the new id; insert under a unique placeholder, then set it.
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO org (parent_id, kind, name, path, created_at, established_on, "
            "host_unit_id, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {store::Opt(in.parent_id), std::string(vocab::Code(*kind)), name,
             parent_path + "new-" + RandomToken(9), now, decision.effective_on,
             store::Opt(in.host_unit_id), text::Fold(name)})
          .Int(0);
  const std::string path = parent_path + std::to_string(id) + "/";
  tx.Exec("UPDATE org SET path = ? WHERE id = ?", {path, id});
  tx.Exec(
      "INSERT INTO org_span (org_id, valid_from, valid_to, parent_id, kind, name, path, "
      "recorded_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
      {id, decision.effective_on, store::Opt(in.parent_id), std::string(vocab::Code(*kind)), name,
       path,
       // A root is the frame of the registry, known before anything is recorded under it.
       in.parent_id ? store::Value(now) : store::Value(nullptr)});
  RecordOrgEvent(tx, actor, id, "established", decision, nullptr, env.clock.Now());
  const Org org = store::Must(LoadOrg(tx, id), "org " + std::to_string(id));
  audit.entity_id = std::to_string(id);
  audit.org_id = id;
  audit.after = ToJson(org);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return org;
}

Result<std::vector<Org>> ListOrgs(const Env& env, const Actor& actor, bool include_ended) {
  if (!RoleAllows(actor, Action::kOrgRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem danh sách tổ chức.");
  }
  store::Transaction tx = env.db.BeginRead();
  return LoadSubtree(tx, actor.org_path, include_ended);
}

namespace {

// The organization `id` if the actor may read it, inside the caller's transaction.
Result<Org> ReadableOrg(store::Transaction& tx, const Actor& actor, int64_t id) {
  auto org = LoadOrg(tx, id);
  // Outside the scope looks the same as missing: no existence oracle.
  if (!org || !InScope(actor, org->path)) {
    return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(id) + ".");
  }
  if (Status s = Authorize(actor, Action::kOrgRead, org->path); !s) return s.error();
  return *org;
}

}  // namespace

Result<Org> GetOrg(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  return ReadableOrg(tx, actor, id);
}

Result<Org> GetOrgFor(const Env& env, const Actor& actor, int64_t id, Action action) {
  auto org = GetOrg(env, actor, id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, action, org->path); !s) return s.error();
  return org;
}

Result<PathRange> SubtreeFor(const Env& env, const Actor& actor, int64_t id, Action action) {
  auto org = GetOrgFor(env, actor, id, action);
  if (!org.ok()) return org.error();
  return SubtreeRange(org->path);
}

Result<OrgDetail> GetOrgDetail(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();  // one snapshot: the row and its count agree
  auto org = ReadableOrg(tx, actor, id);
  if (!org.ok()) return org.error();
  return OrgDetail{*org, CountActiveMembers(tx, id)};
}

}  // namespace dangbo::service
