// The cadre planning writes: a person added to a term's plan (with the roadmap), the target
// theory level changed, removed from the plan by a decision, voided, roadmap items added and
// removed. Each in the post organization's subtree (cadre.write), audited, in one
// transaction.
#include <string>

#include "report/period.h"
#include "service/cadre/cadre.h"
#include "service/cadre/cadre_internal.h"
#include "service/calendar/reference.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/orgs/orgs.h"
#include "service/training/training.h"
#include "text/text.h"

namespace dangbo::service {

using namespace cadre_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }

bool KnownTerm(const std::string& term) {
  for (const report::CongressTerm& t : report::CongressTerms()) {
    if (term == std::to_string(t.first_year) + "-" + std::to_string(t.last_year)) return true;
  }
  return false;
}

void CheckRoadmap(Validator& v, const RoadmapInput& in, const std::string& field) {
  v.Check(vocab::Parse<TrainingKind>(in.kind).has_value(), field + ".kind",
          "Nội dung đào tạo (loại lớp) không hợp lệ.");
  v.Check(Date::Parse(in.due_on).has_value(), field + ".due_on",
          "Thời hạn hoàn thành không hợp lệ (dd/mm/yyyy).");
  CheckText(v, in.note, field + ".note", "Ghi chú", 2000, false);
}

void CheckTheory(Validator& v, const std::string& target, const std::string& by) {
  v.Check(target.empty() || HasCode(TheoryLevels(), target), "target_theory",
          "Trình độ lý luận chính trị cần đạt không hợp lệ.");
  v.Check(by.empty() || Date::Parse(by).has_value(), "theory_by",
          "Thời hạn đạt trình độ lý luận không hợp lệ (dd/mm/yyyy).");
  v.Check(by.empty() || !target.empty(), "target_theory",
          "Có thời hạn thì hãy chọn trình độ lý luận cần đạt.");
}

Status CheckPlanInput(const CadrePlanInput& in, const Date& today) {
  Validator v;
  v.Check(KnownTerm(in.term), "term", "Nhiệm kỳ không hợp lệ (ví dụ 2025-2030).");
  v.Check(in.member_id > 0, "member_id", "Hãy chọn đảng viên được quy hoạch.");
  v.Check(vocab::Parse<CadrePost>(in.post).has_value(), "post",
          "Chức danh quy hoạch không hợp lệ.");
  CheckPastDate(v, in.added_on, "added_on", "Ngày quyết định quy hoạch", today, true);
  CheckText(v, in.added_decision_no, "added_decision_no", "Số quyết định quy hoạch", 100, true);
  CheckTheory(v, in.target_theory, in.theory_by);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  v.Check(in.roadmap.size() <= 50, "roadmap", "Lộ trình tối đa 50 nội dung.");
  for (size_t i = 0; i < in.roadmap.size(); ++i) {
    CheckRoadmap(v, in.roadmap[i], "roadmap[" + std::to_string(i) + "]");
  }
  return v.ToStatus();
}

void InsertRoadmap(store::Transaction& tx, int64_t plan_id, const RoadmapInput& in,
                   const std::string& now) {
  tx.Exec(
      "INSERT INTO cadre_roadmap_item (plan_id, kind, due_on, note, created_at) VALUES (?, ?, ?, "
      "?, ?)",
      {plan_id, in.kind, in.due_on, OrNull(text::Trim(in.note)), now});
}

// Opens a write on plan `id` (cadre.write on its organization); the plan as it stands.
Result<store::Transaction> BeginPlanWrite(const Env& env, const Actor& actor, int64_t id,
                                          AuditEntry& audit, CadrePlan& out) {
  const std::string today = Today(env).Iso();
  int64_t org = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto p = LoadVisiblePlan(tx, actor, id, today);
    if (!p) return PlanNotFound(id);
    org = p->org_id;
  }
  audit.entity = "cadre_plan";
  audit.entity_id = std::to_string(id);
  audit.org_id = org;
  auto tx = BeginAuthorizedWrite(env, actor, Action::kCadreWrite, org, audit);
  if (!tx.ok()) return tx.error();
  const auto p = LoadVisiblePlan(*tx, actor, id, today);
  if (!p) return PlanNotFound(id);
  out = *p;
  audit.before = CadrePlanJson(*p);
  return tx;
}

Result<CadrePlan> Finish(const Env& env, store::Transaction& tx, const Actor& actor,
                         AuditEntry& audit, int64_t id) {
  const auto p = LoadVisiblePlan(tx, actor, id, Today(env).Iso());
  audit.after = CadrePlanJson(*p);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *p;
}

}  // namespace

Result<CadrePlan> AddCadrePlan(const Env& env, const Actor& actor, int64_t org_id,
                               const CadrePlanInput& in) {
  if (Status s = CheckPlanInput(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "cadre.plan_add", .entity = "cadre_plan", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kCadreWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const Org org = store::Must(LoadOrg(tx, org_id), "post organization");
  const auto m = LoadMemberState(tx, in.member_id);
  if (!m || m->org_path.rfind(org.path, 0) != 0) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(in.member_id) +
                           " trong tổ chức này.");
  }
  if (m->status != "official" && m->status != "probationary") {
    return Error::Conflict("member_not_active",
                           m->full_name + " không phải đảng viên đang sinh hoạt: không quy hoạch.");
  }
  if (tx.QueryOne("SELECT 1 FROM cadre_plan WHERE org_id = ? AND term = ? AND member_id = ? AND "
                  "post = ? AND removed_on IS NULL AND voided_at IS NULL",
                  {org_id, in.term, in.member_id, in.post})) {
    return Error::Conflict(
        "already_planned",
        m->full_name + " đã có trong quy hoạch chức danh này của nhiệm kỳ " + in.term + ".");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO cadre_plan (org_id, term, member_id, post, added_on, added_decision_no, "
            "target_theory, theory_by, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) RETURNING id",
            {org_id, in.term, in.member_id, in.post, in.added_on, text::Trim(in.added_decision_no),
             OrNull(in.target_theory), OrNull(in.theory_by), OrNull(text::Trim(in.note)), now, now})
          .Int(0);
  for (const RoadmapInput& r : in.roadmap) InsertRoadmap(tx, id, r, now);
  audit.entity_id = std::to_string(id);
  return Finish(env, tx, actor, audit, id);
}

Result<CadrePlan> UpdateCadrePlan(const Env& env, const Actor& actor, int64_t id,
                                  const CadrePlanUpdate& in) {
  Validator v;
  CheckTheory(v, in.target_theory, in.theory_by);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "cadre.plan_update"};
  CadrePlan p;
  auto tx = BeginPlanWrite(env, actor, id, audit, p);
  if (!tx.ok()) return tx.error();
  if (in.expected_version != 0 && in.expected_version != p.version) {
    return Error::Conflict("version_conflict",
                           "Quy hoạch đã được người khác cập nhật; hãy tải lại trang.");
  }
  tx->Exec(
      "UPDATE cadre_plan SET target_theory = ?, theory_by = ?, note = ?, version = version + 1, "
      "updated_at = ? WHERE id = ?",
      {OrNull(in.target_theory), OrNull(in.theory_by), OrNull(text::Trim(in.note)),
       FormatTimestamp(env.clock.Now()), id});
  return Finish(env, *tx, actor, audit, id);
}

Result<CadrePlan> RemoveFromPlan(const Env& env, const Actor& actor, int64_t id,
                                 const CadreRemoval& in) {
  Validator v;
  CheckPastDate(v, in.removed_on, "removed_on", "Ngày quyết định đưa ra khỏi quy hoạch", Today(env),
                true);
  CheckText(v, in.removed_decision_no, "removed_decision_no", "Số quyết định", 100, true);
  CheckText(v, in.reason, "reason", "Lý do", 2000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "cadre.plan_remove"};
  CadrePlan p;
  auto tx = BeginPlanWrite(env, actor, id, audit, p);
  if (!tx.ok()) return tx.error();
  if (!p.removed_on.empty()) {
    return Error::Conflict("already_removed", p.member_name +
                                                  " đã được đưa ra khỏi quy hoạch ngày " +
                                                  Date::Parse(p.removed_on)->Vietnamese() + ".");
  }
  if (in.removed_on < p.added_on) {
    return Error::Invalid("Ngày đưa ra khỏi quy hoạch không được trước ngày quy hoạch (" +
                              Date::Parse(p.added_on)->Vietnamese() + ").",
                          {{"removed_on", "Trước ngày quy hoạch."}});
  }
  tx->Exec(
      "UPDATE cadre_plan SET removed_on = ?, removed_decision_no = ?, removed_reason = ?, version "
      "= version + 1, updated_at = ? WHERE id = ?",
      {in.removed_on, text::Trim(in.removed_decision_no), OrNull(text::Trim(in.reason)),
       FormatTimestamp(env.clock.Now()), id});
  return Finish(env, *tx, actor, audit, id);
}

Status VoidCadrePlan(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "cadre.plan_void"};
  CadrePlan p;
  auto tx = BeginPlanWrite(env, actor, id, audit, p);
  if (!tx.ok()) return tx.error();
  const std::string now = FormatTimestamp(env.clock.Now());
  tx->Exec(
      "UPDATE cadre_plan SET voided_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
      {now, now, id});
  audit.after = {{"voided_at", now}, {"reason", text::Trim(reason)}};
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

Result<CadrePlan> AddRoadmapItem(const Env& env, const Actor& actor, int64_t id,
                                 const RoadmapInput& in) {
  Validator v;
  CheckRoadmap(v, in, "roadmap");
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "cadre.roadmap_add"};
  CadrePlan p;
  auto tx = BeginPlanWrite(env, actor, id, audit, p);
  if (!tx.ok()) return tx.error();
  if (!p.removed_on.empty()) {
    return Error::Conflict("plan_removed", p.member_name + " đã ra khỏi quy hoạch.");
  }
  InsertRoadmap(*tx, id, in, FormatTimestamp(env.clock.Now()));
  tx->Exec("UPDATE cadre_plan SET version = version + 1, updated_at = ? WHERE id = ?",
           {FormatTimestamp(env.clock.Now()), id});
  return Finish(env, *tx, actor, audit, id);
}

Status RemoveRoadmapItem(const Env& env, const Actor& actor, int64_t id, int64_t item_id,
                         const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do", 2000, false);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "cadre.roadmap_remove"};
  CadrePlan p;
  auto tx = BeginPlanWrite(env, actor, id, audit, p);
  if (!tx.ok()) return tx.error();
  if (!tx->QueryOne("SELECT 1 FROM cadre_roadmap_item WHERE id = ? AND plan_id = ? AND voided_at "
                    "IS NULL",
                    {item_id, id})) {
    return Error::NotFound("Không tìm thấy nội dung lộ trình có mã " + std::to_string(item_id) +
                           ".");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  tx->Exec("UPDATE cadre_roadmap_item SET voided_at = ? WHERE id = ?", {now, item_id});
  tx->Exec("UPDATE cadre_plan SET version = version + 1, updated_at = ? WHERE id = ?", {now, id});
  audit.detail = text::Trim(reason);
  auto done = Finish(env, *tx, actor, audit, id);
  if (!done.ok()) return done.error();
  return Status::Ok();
}

}  // namespace dangbo::service
