// Tree changes with decisions and effective dates, and the tree and stocks as of a date.
#include "service/orgs/org_history.h"

#include "service/lifecycle/lifecycle_write.h"

#include <set>

#include "base/crypto.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

bool BranchLike(OrgKind k) { return k == OrgKind::kGrassrootsBranch || k == OrgKind::kBranch; }

nlohmann::json DecisionJson(const Decision& d) {
  return {{"effective_on", d.effective_on},
          {"decision_no", d.decision_no},
          {"decision_date", d.decision_date}};
}

nlohmann::json OrgJson(const Org& o) {
  return {{"id", o.id},
          {"parent_id", o.parent_id ? nlohmann::json(*o.parent_id) : nlohmann::json(nullptr)},
          {"kind", vocab::Code(o.kind)},
          {"name", o.name},
          {"path", o.path}};
}

// Loads a live organization in a write transaction, or an error naming the id.
Result<Org> LoadLive(store::Transaction& tx, int64_t id) {
  auto org = LoadOrg(tx, id);
  if (!org) return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(id) + ".");
  const auto ended = tx.QueryOne("SELECT ended_on FROM org WHERE id = ?", {id});
  if (ended && !ended->IsNull(0)) {
    return Error::Rule("org_ended", "Tổ chức “" + org->name + "” đã kết thúc hoạt động từ ngày " +
                                        Date::Parse(ended->Text(0))->Vietnamese() + ".");
  }
  return *org;
}

int64_t ActiveChildren(store::Transaction& tx, int64_t org_id) {
  return tx.QueryRow("SELECT COUNT(*) FROM org WHERE parent_id = ? AND ended_on IS NULL", {org_id})
      .Int(0);
}

// Rewrites the path of `org` and all its live descendants to start at `new_path`, with new
// spans from `on`; `parent` is the new parent of `org` itself.
Status Repath(store::Transaction& tx, const Org& org, std::optional<int64_t> parent,
              const std::string& new_path, const std::string& on, const std::string& now) {
  for (const Org& o : LoadSubtree(tx, org.path, /*include_ended=*/false)) {
    const std::string path = new_path + o.path.substr(org.path.size());
    const std::optional<int64_t> p = o.id == org.id ? parent : o.parent_id;
    if (Status s =
            ChangeOrgSpan(tx, o.id, on, p, std::string(vocab::Code(o.kind)), o.name, path, now);
        !s) {
      return s;
    }
    tx.Exec("UPDATE org SET parent_id = ?, path = ? WHERE id = ?", {store::Opt(p), path, o.id});
  }
  RewriteMemberPaths(tx, org.path, new_path);
  return Status::Ok();
}

// Creates a unit inside a change (split, upgrade), with its span and event.
Org InsertOrg(store::Transaction& tx, const Actor& actor, const Org& parent, OrgKind kind,
              const std::string& name, const Decision& d, const std::string& event,
              const nlohmann::json& detail, TimePoint now) {
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO org (parent_id, kind, name, path, created_at, established_on) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {parent.id, std::string(vocab::Code(kind)), name, parent.path + "new-" + RandomToken(9),
             FormatTimestamp(now), d.effective_on})
          .Int(0);
  Org o{id, parent.id, kind, name, parent.path + std::to_string(id) + "/"};
  o.established_on = d.effective_on;
  tx.Exec("UPDATE org SET path = ? WHERE id = ?", {o.path, id});
  tx.Exec(
      "INSERT INTO org_span (org_id, valid_from, valid_to, parent_id, kind, name, path, "
      "recorded_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
      {id, d.effective_on, parent.id, std::string(vocab::Code(kind)), name, o.path,
       FormatTimestamp(now)});
  RecordOrgEvent(tx, actor, id, event, d, detail, now);
  return o;
}

void EndOrg(store::Transaction& tx, int64_t org_id, const std::string& on, const std::string& now) {
  RetireSpans(tx, SpanTable::kOrg, "org_id = ? AND valid_to IS NULL", {org_id}, now);
  tx.Exec("UPDATE org_span SET valid_to = ?, recorded_at = ? WHERE org_id = ? AND valid_to IS NULL",
          {on, now, org_id});
  tx.Exec("UPDATE org SET ended_on = ? WHERE id = ?", {on, org_id});
}

std::string NowText(const Env& env) { return FormatTimestamp(env.clock.Now()); }

// A change under way on one live organization, opened by BeginChange.
struct Change {
  store::Transaction tx;
  Org org;           // as it stood before the change
  AuditEntry audit;  // names the attempt (for a refusal row) until CommitChange completes it
};

// Common opening of every change: validates the decision, opens a write authorized on
// organization `org_id` (a refusal audited as `action`) and loads the organization live.
Result<Change> BeginChange(const Env& env, const Actor& actor, const char* action, int64_t org_id,
                           const Decision& d) {
  if (Status s = CheckDecision(d, Today(env)); !s) return s.error();
  AuditEntry audit{.action = action, .entity = "org", .entity_id = std::to_string(org_id)};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kOrgWrite, org_id, audit);
  if (!tx.ok()) return tx.error();
  auto org = LoadLive(*tx, org_id);
  if (!org.ok()) return org.error();
  return Change{std::move(*tx), std::move(*org), std::move(audit)};
}

// Common close of every change: audits it (before: the organization as it stood; after:
// `after` with the decision) and commits.
void CommitChange(Change& c, const Actor& actor, const Decision& d, nlohmann::json after,
                  TimePoint now) {
  c.audit.before = OrgJson(c.org);
  c.audit.after = std::move(after);
  c.audit.after["decision"] = DecisionJson(d);
  c.audit.org_id = c.org.id;
  RecordAudit(c.tx, actor, c.audit, now);
  c.tx.Commit();
}

Org ReloadOrg(store::Transaction& tx, int64_t id) {
  return store::Must(LoadOrg(tx, id), "org " + std::to_string(id));
}

// A change that also writes under a second organization (new parent, merge target) needs
// it inside the actor's scope; outside, it answers as a missing organization (so a body id
// is no oracle either), the transaction rolled back and the refusal audited. Then it must
// be live.
Result<Org> LoadOther(const Env& env, const Actor& actor, store::Transaction& tx, int64_t id,
                      AuditEntry audit, const std::string& what) {
  const auto other = LoadOrg(tx, id);
  if (other && !InScope(actor, other->path)) {
    tx.Rollback();
    audit.detail = what + " “" + other->name + "” (mã " + std::to_string(id) + ")";
    RecordRefusal(env.db, actor, audit,
                  Error::Forbidden("Tổ chức này nằm ngoài phạm vi quản lý của bạn."),
                  env.clock.Now());
    return OrgNotFound(id);
  }
  return LoadLive(tx, id);
}

}  // namespace

Status CheckDecision(const Decision& d, const Date& today) {
  Validator v;  // the same checks as a member event's decision, the number optional
  CheckDecision(v, d, today, false);
  return v.ToStatus();
}

Status ChangeOrgSpan(store::Transaction& tx, int64_t org_id, const std::string& on,
                     std::optional<int64_t> parent_id, const std::string& kind,
                     const std::string& name, const std::string& path, const std::string& now) {
  const auto open = tx.QueryOne(
      "SELECT valid_from FROM org_span WHERE org_id = ? AND valid_to IS NULL", {org_id});
  if (open) {
    const std::string from = open->Text(0);
    if (on < from) {
      return Error::Rule("history_conflict", "Ngày hiệu lực " + Date::Parse(on)->Vietnamese() +
                                                 " trước lần thay đổi gần nhất của tổ chức (" +
                                                 Date::Parse(from)->Vietnamese() +
                                                 "): không sửa lịch sử ở giữa.");
    }
    RetireSpans(tx, SpanTable::kOrg, "org_id = ? AND valid_from = ?", {org_id, from}, now);
    if (on == from) {
      tx.Exec(
          "UPDATE org_span SET parent_id = ?, kind = ?, name = ?, path = ?, recorded_at = ? "
          "WHERE org_id = ? AND valid_from = ?",
          {store::Opt(parent_id), kind, name, path, now, org_id, from});
      return Status::Ok();
    }
    tx.Exec("UPDATE org_span SET valid_to = ?, recorded_at = ? WHERE org_id = ? AND valid_from = ?",
            {on, now, org_id, from});
  }
  tx.Exec(
      "INSERT INTO org_span (org_id, valid_from, valid_to, parent_id, kind, name, path, "
      "recorded_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
      {org_id, on, store::Opt(parent_id), kind, name, path, now});
  return Status::Ok();
}

void RecordOrgEvent(store::Transaction& tx, const Actor& actor, int64_t org_id,
                    const std::string& kind, const Decision& d, const nlohmann::json& detail,
                    TimePoint now) {
  tx.Exec(
      "INSERT INTO org_event (org_id, kind, effective_on, decision_no, decision_date, "
      "detail_json, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {org_id, kind, d.effective_on,
       d.decision_no.empty() ? store::Value(nullptr) : store::Value(d.decision_no),
       d.decision_date.empty() ? store::Value(nullptr) : store::Value(d.decision_date),
       detail.is_null() ? store::Value(nullptr) : store::Value(detail.dump()), actor.username,
       FormatTimestamp(now)});
}

Result<Org> RenameOrg(const Env& env, const Actor& actor, int64_t org_id,
                      const std::string& new_name, const Decision& d) {
  const std::string name = text::Trim(new_name);
  if (name.empty() || name.size() > 300) {
    return Error::Invalid("Tên mới không hợp lệ.",
                          {{"name", "Tên tổ chức không được để trống và tối đa 300 ký tự."}});
  }
  auto c = BeginChange(env, actor, "org.rename", org_id, d);
  if (!c.ok()) return c.error();
  store::Transaction& tx = c->tx;
  const Org& org = c->org;
  if (org.name == name) {
    return Error::Invalid("Tên mới trùng tên hiện tại.", {{"name", "Tên mới trùng tên hiện tại."}});
  }
  if (Status s = ChangeOrgSpan(tx, org_id, d.effective_on, org.parent_id,
                               std::string(vocab::Code(org.kind)), name, org.path, NowText(env));
      !s) {
    return s.error();
  }
  tx.Exec("UPDATE org SET name = ? WHERE id = ?", {name, org_id});
  const nlohmann::json detail = {{"from", org.name}, {"to", name}};
  RecordOrgEvent(tx, actor, org_id, "renamed", d, detail, env.clock.Now());
  Org after = org;
  after.name = name;
  CommitChange(*c, actor, d, OrgJson(after), env.clock.Now());
  return after;
}

Result<Org> MoveOrg(const Env& env, const Actor& actor, int64_t org_id, int64_t new_parent_id,
                    const Decision& d) {
  auto c = BeginChange(env, actor, "org.move", org_id, d);
  if (!c.ok()) return c.error();
  store::Transaction& tx = c->tx;
  const Org& org = c->org;
  auto parent = LoadOther(env, actor, tx, new_parent_id, c->audit, "Chuyển sang");
  if (!parent.ok()) return parent.error();
  if (parent->path.rfind(org.path, 0) == 0) {
    return Error::Invalid("Không thể chuyển một tổ chức vào chính nó hoặc tổ chức cấp dưới của nó.",
                          {{"parent_id", "Tổ chức cấp trên mới nằm trong chính tổ chức này."}});
  }
  if (org.parent_id == new_parent_id) {
    return Error::Invalid("Tổ chức đã trực thuộc tổ chức cấp trên này.",
                          {{"parent_id", "Tổ chức đã trực thuộc tổ chức cấp trên này."}});
  }
  if (!MayContain(parent->kind, org.kind)) {
    return Error::Invalid(std::string(vocab::Label(org.kind)) + " không thể trực thuộc " +
                              std::string(vocab::Label(parent->kind)) + ".",
                          {{"parent_id", "Loại tổ chức cấp trên không phù hợp."}});
  }
  const std::string new_path = parent->path + std::to_string(org_id) + "/";
  if (Status s = Repath(tx, org, new_parent_id, new_path, d.effective_on, NowText(env)); !s) {
    return s.error();
  }
  RecordOrgEvent(tx, actor, org_id, "moved", d,
                 {{"from_parent_id", org.parent_id.value_or(0)}, {"to_parent_id", new_parent_id}},
                 env.clock.Now());
  Org after = ReloadOrg(tx, org_id);
  CommitChange(*c, actor, d, OrgJson(after), env.clock.Now());
  return after;
}

Result<UpgradeResult> UpgradeOrg(const Env& env, const Actor& actor, int64_t org_id,
                                 const std::string& first_branch_name, const Decision& d) {
  const std::string branch_name = text::Trim(first_branch_name);
  if (branch_name.empty()) {
    return Error::Invalid("Hãy đặt tên chi bộ trực thuộc nhận các đảng viên hiện có.",
                          {{"first_branch_name", "Tên chi bộ trực thuộc không được để trống."}});
  }
  auto c = BeginChange(env, actor, "org.upgrade", org_id, d);
  if (!c.ok()) return c.error();
  store::Transaction& tx = c->tx;
  const Org& org = c->org;
  if (org.kind != OrgKind::kGrassrootsBranch) {
    return Error::Rule("upgrade_not_allowed",
                       "Chỉ chi bộ cơ sở mới được nâng cấp thành đảng bộ cơ sở; “" + org.name +
                           "” là " + std::string(vocab::Label(org.kind)) + ".");
  }
  const TimePoint now = env.clock.Now();
  if (Status s = ChangeOrgSpan(tx, org_id, d.effective_on, org.parent_id, "grassroots_committee",
                               org.name, org.path, FormatTimestamp(now));
      !s) {
    return s.error();
  }
  tx.Exec("UPDATE org SET kind = 'grassroots_committee' WHERE id = ?", {org_id});
  Org upgraded = ReloadOrg(tx, org_id);
  RecordOrgEvent(tx, actor, org_id, "upgraded", d,
                 {{"from_kind", "grassroots_branch"}, {"to_kind", "grassroots_committee"}}, now);
  const Org branch = InsertOrg(tx, actor, upgraded, OrgKind::kBranch, branch_name, d, "established",
                               {{"reason", "upgrade"}, {"of_org_id", org_id}}, now);
  auto moved = MoveActiveMembers(tx, actor, org_id, branch.id, d.effective_on, "org_upgrade", now);
  if (!moved.ok()) return moved.error();
  CommitChange(
      *c, actor, d,
      {{"org", OrgJson(upgraded)}, {"first_branch", OrgJson(branch)}, {"members_moved", *moved}},
      now);
  return UpgradeResult{upgraded, branch, *moved};
}

Result<MergeResult> MergeOrg(const Env& env, const Actor& actor, int64_t source_id,
                             int64_t target_id, std::optional<int64_t> target_branch_id,
                             const Decision& d) {
  auto c = BeginChange(env, actor, "org.merge", source_id, d);
  if (!c.ok()) return c.error();
  store::Transaction& tx = c->tx;
  const Org& source = c->org;
  auto target = LoadOther(env, actor, tx, target_id, c->audit, "Sáp nhập vào");
  if (!target.ok()) return target.error();
  if (source_id == target_id || target->path.rfind(source.path, 0) == 0) {
    return Error::Invalid(
        "Không thể sáp nhập một tổ chức vào chính nó hoặc tổ chức cấp dưới của nó.",
        {{"target_id", "Tổ chức nhận không hợp lệ."}});
  }
  const TimePoint now = env.clock.Now();
  // Where the members go.
  int64_t member_dest = target_id;
  const int64_t members = CountActiveMembers(tx, source_id);
  if (members > 0 && !BranchLike(target->kind)) {
    if (!target_branch_id) {
      return Error::Invalid("“" + target->name +
                                "” không trực tiếp quản lý đảng viên: hãy chọn chi bộ nhận " +
                                std::to_string(members) + " đảng viên.",
                            {{"target_branch_id", "Hãy chọn chi bộ trực thuộc nhận đảng viên."}});
    }
    auto branch = LoadLive(tx, *target_branch_id);
    if (!branch.ok()) return branch.error();
    if (!BranchLike(branch->kind) || branch->path.rfind(target->path, 0) != 0) {
      return Error::Invalid("Chi bộ nhận đảng viên phải là chi bộ thuộc tổ chức nhận.",
                            {{"target_branch_id", "Chi bộ không thuộc tổ chức nhận."}});
    }
    member_dest = branch->id;
  }
  // Units of the source move under the target (nesting permitting).
  std::vector<Org> children;
  tx.Each("SELECT id FROM org WHERE parent_id = ? AND ended_on IS NULL ORDER BY id", {source_id},
          [&](const store::Row& r) { children.push_back(Org{r.Int(0)}); });
  for (Org& child : children) {
    child = ReloadOrg(tx, child.id);
    if (!MayContain(target->kind, child.kind)) {
      return Error::Invalid("“" + child.name + "” (" + std::string(vocab::Label(child.kind)) +
                                ") không thể trực thuộc “" + target->name + "” (" +
                                std::string(vocab::Label(target->kind)) + ").",
                            {{"target_id", "Loại tổ chức nhận không phù hợp với các đơn vị con."}});
    }
    if (Status s = Repath(tx, child, target_id, target->path + std::to_string(child.id) + "/",
                          d.effective_on, FormatTimestamp(now));
        !s) {
      return s.error();
    }
  }
  auto moved =
      MoveActiveMembers(tx, actor, source_id, member_dest, d.effective_on, "org_merge", now);
  if (!moved.ok()) return moved.error();
  EndOrg(tx, source_id, d.effective_on, FormatTimestamp(now));
  RecordOrgEvent(tx, actor, source_id, "merged", d,
                 {{"into_org_id", target_id}, {"members_moved", *moved}}, now);
  RecordOrgEvent(tx, actor, target_id, "absorbed", d,
                 {{"from_org_id", source_id}, {"members_moved", *moved}}, now);
  CommitChange(
      *c, actor, d,
      {{"into", OrgJson(*target)}, {"members_moved", *moved}, {"units_moved", children.size()}},
      now);
  return MergeResult{*target, *moved, static_cast<int64_t>(children.size())};
}

Result<std::vector<Org>> SplitOrg(const Env& env, const Actor& actor, int64_t source_id,
                                  const std::vector<SplitPart>& parts, const Decision& d) {
  Validator v;
  v.Check(parts.size() >= 2, "parts", "Chia tách cần ít nhất hai đơn vị mới.");
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string field = "parts[" + std::to_string(i) + "]";
    v.Check(!text::Trim(parts[i].name).empty(), field + ".name",
            "Tên đơn vị mới không được để trống.");
    const auto k = vocab::Parse<OrgKind>(parts[i].kind);
    v.Check(k && BranchLike(*k), field + ".kind",
            "Đơn vị mới phải là chi bộ cơ sở hoặc chi bộ trực thuộc.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  auto c = BeginChange(env, actor, "org.split", source_id, d);
  if (!c.ok()) return c.error();
  store::Transaction& tx = c->tx;
  const Org& source = c->org;
  if (!BranchLike(source.kind)) {
    return Error::Rule("split_not_allowed",
                       "Chỉ chia tách được chi bộ; với đảng bộ hãy chuyển các đơn vị trực thuộc.");
  }
  if (!source.parent_id) return Error::Rule("split_not_allowed", "Không chia tách tổ chức gốc.");
  const Org parent = ReloadOrg(tx, *source.parent_id);
  // Every active member goes to exactly one part.
  std::set<int64_t> active;
  tx.Each(
      std::string("SELECT id FROM member WHERE org_id = ? AND status IN ") + ActiveStatusesSql(),
      {source_id}, [&](const store::Row& r) { active.insert(r.Int(0)); });
  std::set<int64_t> assigned;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!MayContain(parent.kind, *vocab::Parse<OrgKind>(parts[i].kind))) {
      v.Fail("parts[" + std::to_string(i) + "].kind",
             std::string(vocab::Label(*vocab::Parse<OrgKind>(parts[i].kind))) +
                 " không thể trực thuộc “" + parent.name + "”.");
    }
    for (int64_t m : parts[i].member_ids) {
      if (!active.count(m)) {
        v.Fail(
            "parts[" + std::to_string(i) + "].member_ids",
            "Đảng viên mã " + std::to_string(m) + " không đang sinh hoạt ở “" + source.name + "”.");
      } else if (!assigned.insert(m).second) {
        v.Fail("parts[" + std::to_string(i) + "].member_ids",
               "Đảng viên mã " + std::to_string(m) + " được phân vào nhiều đơn vị.");
      }
    }
  }
  if (assigned.size() != active.size() && v.ok()) {
    v.Fail("parts", "Còn " + std::to_string(active.size() - assigned.size()) +
                        " đảng viên chưa được phân vào đơn vị mới nào.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  const TimePoint now = env.clock.Now();
  std::vector<Org> created;
  nlohmann::json created_json = nlohmann::json::array();
  for (const SplitPart& part : parts) {
    const Org o =
        InsertOrg(tx, actor, parent, *vocab::Parse<OrgKind>(part.kind), text::Trim(part.name), d,
                  "split_from", {{"from_org_id", source_id}}, now);
    auto moved = MoveActiveMembers(tx, actor, source_id, o.id, d.effective_on, "org_split", now,
                                   part.member_ids);
    if (!moved.ok()) return moved.error();
    created.push_back(o);
    created_json.push_back({{"org", OrgJson(o)}, {"members", *moved}});
  }
  EndOrg(tx, source_id, d.effective_on, FormatTimestamp(now));
  RecordOrgEvent(tx, actor, source_id, "split", d, {{"into", created_json}}, now);
  CommitChange(*c, actor, d, {{"into", created_json}}, now);
  return created;
}

namespace {

// Dissolution's checks and writes on `org` inside an open write.
Status ApplyDissolution(const Env& env, const Actor& actor, store::Transaction& tx, const Org& org,
                        const Decision& d) {
  if (!org.parent_id) return Error::Rule("dissolve_not_allowed", "Không giải thể tổ chức gốc.");
  const int64_t members = CountActiveMembers(tx, org.id);
  const int64_t units = ActiveChildren(tx, org.id);
  if (members > 0 || units > 0) {
    return Error::Rule("dissolve_not_allowed",
                       "Chưa giải thể được “" + org.name + "”: còn " + std::to_string(members) +
                           " đảng viên và " + std::to_string(units) +
                           " đơn vị trực thuộc. Hãy chuyển họ đi hoặc dùng sáp nhập.");
  }
  EndOrg(tx, org.id, d.effective_on, NowText(env));
  RecordOrgEvent(tx, actor, org.id, "dissolved", d, nullptr, env.clock.Now());
  return Status::Ok();
}

}  // namespace

Result<Org> DissolveOrg(const Env& env, const Actor& actor, int64_t org_id, const Decision& d) {
  auto c = BeginChange(env, actor, "org.dissolve", org_id, d);
  if (!c.ok()) return c.error();
  if (Status s = ApplyDissolution(env, actor, c->tx, c->org, d); !s) return s.error();
  CommitChange(*c, actor, d, {{"ended_on", d.effective_on}}, env.clock.Now());
  return c->org;
}

Status DissolveOrgIn(const Env& env, const Actor& actor, store::Transaction& tx, int64_t org_id,
                     const Decision& d) {
  if (Status s = CheckDecision(d, Today(env)); !s) return s;
  auto org = LoadLive(tx, org_id);
  if (!org.ok()) return org.error();
  return ApplyDissolution(env, actor, tx, *org, d);
}

Status RestoreDissolvedOrgIn(store::Transaction& tx, int64_t event_id, const std::string& why,
                             TimePoint now) {
  const auto ev = tx.QueryOne(
      "SELECT org_id, effective_on, voided_at FROM org_event WHERE id = ? AND kind = 'dissolved'",
      {event_id});
  if (!ev) throw std::runtime_error("dissolution event " + std::to_string(event_id) + " missing");
  if (!ev->IsNull(2)) return Status::Ok();
  const Org org = ReloadOrg(tx, ev->Int(0));
  const std::string on = ev->Text(1);
  const std::string when = Date::Parse(on)->Vietnamese();
  if (org.ended_on != on) {
    return Error::Conflict("restore_not_possible",
                           "“" + org.name + "” không còn ở trạng thái giải thể từ ngày " + when +
                               ": không khôi phục tự động được, hãy sửa lịch sử tổ chức.");
  }
  if (org.parent_id) {
    const Org parent = ReloadOrg(tx, *org.parent_id);
    if (!parent.ended_on.empty() || org.path.rfind(parent.path, 0) != 0) {
      return Error::Rule("restore_not_possible",
                         "Tổ chức cấp trên “" + parent.name + "” đã thay đổi sau ngày giải thể " +
                             when + ": hãy thành lập lại “" + org.name + "” theo quyết định mới.");
    }
  }
  const std::string stamp = FormatTimestamp(now);
  RetireSpans(tx, SpanTable::kOrg, "org_id = ? AND valid_to = ?", {org.id, on}, stamp);
  tx.Exec("UPDATE org_span SET valid_to = NULL, recorded_at = ? WHERE org_id = ? AND valid_to = ?",
          {stamp, org.id, on});
  tx.Exec("UPDATE org SET ended_on = NULL WHERE id = ?", {org.id});
  tx.Exec("UPDATE org_event SET voided_at = ?, void_reason = ? WHERE id = ?",
          {stamp, why, event_id});
  return Status::Ok();
}

}  // namespace dangbo::service
