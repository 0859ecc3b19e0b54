// Assignments of higher-level committee members to attend a branch's meetings (phân công
// cấp ủy viên dự sinh hoạt chi bộ), with how many of the branch's meetings they attended.
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.org_id, o.name, a.member_id, m.full_name, mo.name, a.from_on, a.to_on, "
    "a.note, (SELECT COUNT(*) FROM meeting x WHERE x.org_id = a.org_id AND x.status = 'held' "
    "AND x.voided_at IS NULL AND x.kind IN ('regular', 'thematic') AND x.held_on >= a.from_on "
    "AND (a.to_on IS NULL OR x.held_on <= a.to_on)), (SELECT COUNT(*) FROM meeting x WHERE "
    "x.org_id = a.org_id AND x.status = 'held' AND x.voided_at IS NULL AND x.kind IN "
    "('regular', 'thematic') AND x.held_on >= a.from_on AND (a.to_on IS NULL OR x.held_on <= "
    "a.to_on) AND x.higher_member_id = a.member_id) FROM meeting_assignment a JOIN org o ON "
    "o.id = a.org_id JOIN member m ON m.id = a.member_id JOIN org mo ON mo.id = m.org_id ";

Assignment FromRow(const store::Row& r) {
  Assignment a;
  a.id = r.Int(0);
  a.org_id = r.Int(1);
  a.org_name = r.Text(2);
  a.member_id = r.Int(3);
  a.member_name = r.Text(4);
  a.member_org_name = r.Text(5);
  a.from_on = r.Text(6);
  a.to_on = r.OptText(7).value_or("");
  a.note = r.OptText(8).value_or("");
  a.held = r.Int(9);
  a.attended = r.Int(10);
  return a;
}

Error AssignmentNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy phân công có mã " + std::to_string(id) + ".");
}

}  // namespace

nlohmann::json AssignmentJson(const Assignment& a) {
  return {{"id", a.id},
          {"org_id", a.org_id},
          {"org_name", a.org_name},
          {"member_id", a.member_id},
          {"member_name", a.member_name},
          {"member_org_name", a.member_org_name},
          {"from_on", a.from_on},
          {"to_on", a.to_on},
          {"note", a.note},
          {"held", a.held},
          {"attended", a.attended}};
}

Result<Assignment> CreateAssignment(const Env& env, const Actor& actor, const AssignmentInput& in) {
  Validator v;
  v.Check(in.member_id > 0, "member_id", "Hãy chọn cấp ủy viên được phân công.");
  CheckPastDate(v, in.from_on, "from_on", "Ngày bắt đầu phân công", Today(env).AddYears(1), true);
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  if (!v.ok()) return v.ToStatus().error();
  const AuditEntry attempt{
      "meeting_assignment.create", "meeting_assignment", "", in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto org = LoadOrg(*tx, in.org_id);
  if (!org) return OrgNotFound(in.org_id);
  if (org->kind != OrgKind::kGrassrootsBranch && org->kind != OrgKind::kBranch) {
    return Error::Invalid("Chỉ phân công dự sinh hoạt ở chi bộ.",
                          {{"org_id", "Không phải chi bộ."}});
  }
  const auto member = LoadMemberState(*tx, in.member_id);
  if (!member || !InScope(actor, member->org_path)) {
    return Error::Invalid("Không tìm thấy đảng viên có mã " + std::to_string(in.member_id) + ".",
                          {{"member_id", "Không tìm thấy đảng viên."}});
  }
  // A seat in the committee of an organization above the branch, not ended before the start.
  const auto seat = tx->QueryOne(
      "SELECT 1 FROM org_committee_member c JOIN org a ON a.id = c.org_id WHERE c.member_id = ? "
      "AND a.path <> ? AND substr(?, 1, length(a.path)) = a.path AND (c.to_date IS NULL OR "
      "c.to_date >= ?)",
      {in.member_id, org->path, org->path, in.from_on});
  if (!seat) {
    return Error::Rule(
        "not_higher_committee_member",
        member->full_name + " không phải cấp ủy viên cấp trên của " + org->name + ".");
  }
  const auto dup = tx->QueryOne(
      "SELECT 1 FROM meeting_assignment WHERE org_id = ? AND member_id = ? AND voided_at IS NULL "
      "AND to_on IS NULL",
      {in.org_id, in.member_id});
  if (dup) {
    return Error::Conflict("assignment_exists",
                           member->full_name + " đang được phân công dự sinh hoạt ở chi bộ này.");
  }
  const int64_t id = tx->QueryRow(
                           "INSERT INTO meeting_assignment (org_id, member_id, from_on, note, "
                           "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                           {in.org_id, in.member_id, in.from_on,
                            in.note.empty() ? store::Value(nullptr) : store::Value(in.note),
                            FormatTimestamp(env.clock.Now())})
                         .Int(0);
  const Assignment a = FromRow(tx->QueryRow(std::string(kSelect) + "WHERE a.id = ?", {id}));
  AuditEntry done = attempt;
  done.entity_id = std::to_string(id);
  done.after = AssignmentJson(a);
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return a;
}

Status EndAssignment(const Env& env, const Actor& actor, int64_t org_id, int64_t id,
                     const std::string& to_on) {
  Validator v;
  CheckPastDate(v, to_on, "to_on", "Ngày kết thúc phân công", Today(env), true);
  if (!v.ok()) return v.ToStatus();
  const AuditEntry attempt{"meeting_assignment.end",
                           "meeting_assignment",
                           std::to_string(id),
                           org_id,
                           nullptr,
                           nullptr,
                           ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto row =
      tx->QueryOne(std::string(kSelect) + "WHERE a.id = ? AND a.org_id = ? AND a.voided_at IS NULL",
                   {id, org_id});
  if (!row) return AssignmentNotFound(id);
  const Assignment before = FromRow(*row);
  if (!before.to_on.empty()) {
    return Error::Rule("assignment_ended", "Phân công này đã kết thúc.");
  }
  if (to_on < before.from_on) {
    return Error::Invalid("Ngày kết thúc trước ngày bắt đầu phân công.",
                          {{"to_on", "Trước ngày bắt đầu."}});
  }
  tx->Exec("UPDATE meeting_assignment SET to_on = ? WHERE id = ?", {to_on, id});
  AuditEntry done = attempt;
  done.before = AssignmentJson(before);
  done.after = {{"to_on", to_on}};
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

Result<std::vector<Assignment>> ListAssignments(const Env& env, const Actor& actor, int64_t org_id,
                                                bool all) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  const PathRange r = SubtreeRange(org->path);
  store::Transaction tx = env.db.BeginRead();
  std::vector<Assignment> out;
  tx.Each(std::string(kSelect) + "WHERE a.voided_at IS NULL AND o.path >= ? AND o.path < ?" +
              (all ? "" : " AND a.to_on IS NULL") + " ORDER BY o.path, m.sort_key, a.id",
          {r.lo, r.hi}, [&](const store::Row& row) { out.push_back(FromRow(row)); });
  return out;
}

}  // namespace dangbo::service
