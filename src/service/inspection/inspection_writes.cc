// The inspection writes: a committee's yearly programme, a case on a subject of its subtree,
// the conclusion, the follow-up steps until closed, and voiding a case recorded by mistake.
// Each validated before the transaction and audited inside it.
#include <string>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/inspection/inspection.h"
#include "service/inspection/inspection_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "text/text.h"

namespace dangbo::service {

using namespace inspection_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) {
  const std::string t = text::Trim(s);
  return t.empty() ? store::Null() : store::Value(t);
}

// Opens a write on an existing case (inspection.write on the committee conducting it).
Result<store::Transaction> BeginCaseWrite(const Env& env, const Actor& actor, int64_t id,
                                          AuditEntry& audit, InspectionCase& out) {
  int64_t handling = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto c = LoadVisibleCase(tx, actor, id);
    if (!c) return CaseNotFound(id);
    handling = c->handling_org_id;
  }
  audit.entity = "inspection_case";
  audit.entity_id = std::to_string(id);
  auto tx = BeginAuthorizedWrite(env, actor, Action::kInspectionWrite, handling, audit);
  if (!tx.ok()) return tx.error();
  const auto c = LoadVisibleCase(*tx, actor, id);
  if (!c) return CaseNotFound(id);
  out = *c;
  audit.org_id = c->org_id;
  audit.before = InspectionJson(*c);
  return tx;
}

Result<InspectionCase> Finish(const Env& env, store::Transaction& tx, const Actor& actor,
                              AuditEntry& audit, int64_t id) {
  const auto c = LoadVisibleCase(tx, actor, id);
  audit.after = InspectionJson(*c);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *c;
}

Status CheckCaseInput(const InspectionInput& in, const Date& today) {
  Validator v;
  v.Check(vocab::Parse<InspectionKind>(in.kind).has_value(), "kind",
          "Loại kiểm tra, giám sát không hợp lệ.");
  const auto subject = vocab::Parse<CaseSubject>(in.subject);
  v.Check(subject.has_value(), "subject",
          "Đối tượng phải là member (đảng viên) hoặc org (tổ chức).");
  if (subject == CaseSubject::kMember)
    v.Check(in.member_id > 0, "member_id", "Hãy chọn đảng viên.");
  if (subject == CaseSubject::kOrg) {
    v.Check(in.subject_org_id > 0, "subject_org_id", "Hãy chọn tổ chức đảng.");
  }
  v.Check(in.programme_id >= 0, "programme_id", "Mã chương trình không hợp lệ.");
  CheckText(v, in.title, "title", "Nội dung", 500, true);
  CheckText(v, in.team, "team", "Đoàn kiểm tra, giám sát", 2000, false);
  CheckText(v, in.documents, "documents", "Tài liệu", 10000, false);
  CheckPastDate(v, in.started_on, "started_on", "Ngày bắt đầu", today, true);
  if (!in.planned_end_on.empty()) {
    v.Check(Date::Parse(in.planned_end_on).has_value(), "planned_end_on", "Ngày không hợp lệ.");
    v.Check(in.planned_end_on >= in.started_on, "planned_end_on",
            "Ngày kết thúc dự kiến không được trước ngày bắt đầu.");
  }
  return v.ToStatus();
}

// The subject's unit inside the committee's subtree; outside or missing: "not found" alike.
Result<int64_t> SubjectUnit(store::Transaction& tx, const Org& handler, const InspectionInput& in) {
  if (in.subject == "org") {
    const auto org = LoadOrg(tx, in.subject_org_id);
    if (!org || org->path.rfind(handler.path, 0) != 0) return OrgNotFound(in.subject_org_id);
    return org->id;
  }
  const auto m = LoadMemberState(tx, in.member_id);
  if (!m || m->org_path.rfind(handler.path, 0) != 0) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(in.member_id) + ".");
  }
  return m->org_id;
}

}  // namespace

Result<InspectionProgramme> CreateProgramme(const Env& env, const Actor& actor, int64_t org_id,
                                            const ProgrammeInput& in) {
  Validator v;
  v.Check(in.year >= 1930 && in.year <= 2200, "year", "Năm không hợp lệ.");
  CheckText(v, in.title, "title", "Tên chương trình", 500, true);
  CheckText(v, in.decision_no, "decision_no", "Số văn bản", 100, false);
  CheckPastDate(v, in.approved_on, "approved_on", "Ngày ban hành", Today(env), false);
  CheckText(v, in.note, "note", "Ghi chú", 10000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "inspection.programme", .entity = "inspection_programme"};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kInspectionWrite, org_id, audit);
  if (!tx.ok()) return tx.error();
  if (tx->QueryOne("SELECT 1 FROM inspection_programme WHERE org_id = ? AND year = ? AND "
                   "voided_at IS NULL",
                   {org_id, int64_t{in.year}})) {
    return Error::Conflict("programme_exists", "Đã có chương trình kiểm tra, giám sát năm " +
                                                   std::to_string(in.year) + ".");
  }
  const int64_t id =
      tx->QueryRow(
            "INSERT INTO inspection_programme (org_id, year, title, decision_no, approved_on, "
            "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {org_id, int64_t{in.year}, text::Trim(in.title), OrNull(in.decision_no),
             OrNull(in.approved_on), OrNull(in.note), FormatTimestamp(env.clock.Now())})
          .Int(0);
  const Org org = store::Must(LoadOrg(*tx, org_id), "org");
  InspectionProgramme p{
      id,      org_id, org.name, in.year, text::Trim(in.title), in.decision_no, in.approved_on,
      in.note, 0};
  audit.entity_id = std::to_string(id);
  audit.org_id = org_id;
  audit.after = ProgrammeJson(p);
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return p;
}

Result<InspectionCase> CreateInspection(const Env& env, const Actor& actor, int64_t org_id,
                                        const InspectionInput& in) {
  if (Status s = CheckCaseInput(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "inspection.create", .entity = "inspection_case"};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kInspectionWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const Org handler = store::Must(LoadOrg(tx, org_id), "org");
  auto unit = SubjectUnit(tx, handler, in);
  if (!unit.ok()) return unit.error();
  if (in.programme_id > 0 &&
      !tx.QueryOne("SELECT 1 FROM inspection_programme WHERE id = ? AND org_id = ? AND voided_at "
                   "IS NULL",
                   {in.programme_id, org_id})) {
    return Error::Invalid("Không tìm thấy chương trình kiểm tra, giám sát đã chọn.",
                          {{"programme_id", "Không có chương trình này của cấp ủy."}});
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO inspection_case (programme_id, org_id, handling_org_id, kind, subject, "
            "member_id, title, team, started_on, planned_end_on, documents, status, created_at, "
            "updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) "
            "RETURNING id",
            {in.programme_id > 0 ? store::Value(in.programme_id) : store::Null(), *unit, org_id,
             in.kind, in.subject,
             in.subject == "member" ? store::Value(in.member_id) : store::Null(),
             text::Trim(in.title), OrNull(in.team), in.started_on, OrNull(in.planned_end_on),
             OrNull(in.documents), now, now, now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  audit.org_id = *unit;
  return Finish(env, tx, actor, audit, id);
}

Result<InspectionCase> ConcludeInspection(const Env& env, const Actor& actor, int64_t id,
                                          const ConclusionInput& in) {
  Validator v;
  CheckPastDate(v, in.concluded_on, "concluded_on", "Ngày kết luận", Today(env), true);
  CheckText(v, in.conclusion, "conclusion", "Kết luận", 10000, true);
  CheckText(v, in.remedies, "remedies", "Nội dung phải khắc phục", 10000, false);
  if (!in.fix_due_on.empty()) {
    v.Check(Date::Parse(in.fix_due_on).has_value(), "fix_due_on", "Ngày không hợp lệ.");
    v.Check(in.fix_due_on >= in.concluded_on, "fix_due_on",
            "Hạn khắc phục không được trước ngày kết luận.");
  }
  const bool to_fix = !text::Trim(in.remedies).empty();
  if (to_fix) v.Check(!in.fix_due_on.empty(), "fix_due_on", "Hãy nhập hạn khắc phục.");
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "inspection.conclude"};
  InspectionCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (in.expected_version != 0 && in.expected_version != c.version) {
    return Error::Conflict("version_conflict", "Cuộc kiểm tra đã được người khác cập nhật.");
  }
  if (c.status != "open") {
    return Error::Conflict("inspection_concluded", "Cuộc kiểm tra, giám sát này đã có kết luận.");
  }
  if (in.concluded_on < c.started_on) {
    return Error::Invalid("Ngày kết luận không được trước ngày bắt đầu.",
                          {{"concluded_on", "Trước ngày bắt đầu."}});
  }
  // Nothing to fix: the conclusion closes the case.
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "inspection_case", id,
                "status = ?, concluded_on = ?, violation = ?, conclusion = ?, remedies = ?, "
                "fix_due_on = ?, closed_on = ?, version = version + 1, updated_at = ?",
                {to_fix ? "concluded" : "closed", in.concluded_on, int64_t{in.violation ? 1 : 0},
                 text::Trim(in.conclusion), OrNull(in.remedies), OrNull(in.fix_due_on),
                 to_fix ? store::Null() : store::Value(in.concluded_on), now},
                now);
  return Finish(env, *tx, actor, audit, id);
}

Result<InspectionCase> RecordFollowUp(const Env& env, const Actor& actor, int64_t id,
                                      const FollowUpInput& in) {
  Validator v;
  CheckPastDate(v, in.on, "on", "Ngày", Today(env), true);
  CheckText(v, in.note, "note", "Nội dung theo dõi", 10000, true);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "inspection.step"};
  InspectionCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (c.status != "concluded") {
    return Error::Conflict("inspection_stage", c.status == "open"
                                                   ? "Cuộc kiểm tra chưa có kết luận."
                                                   : "Cuộc kiểm tra, giám sát đã kết thúc.");
  }
  if (in.on < c.concluded_on) {
    return Error::Invalid("Ngày theo dõi không được trước ngày kết luận.",
                          {{"on", "Trước ngày kết luận."}});
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  tx->Exec(
      "INSERT INTO inspection_step (case_id, step_on, note, created_by, created_at) VALUES "
      "(?, ?, ?, ?, ?)",
      {id, in.on, text::Trim(in.note), actor.display_name, now});
  if (in.close) {
    UpdateVersion(*tx, "inspection_case", id,
                  "status = 'closed', closed_on = ?, version = version + 1, updated_at = ?",
                  {in.on, now}, now);
  } else {
    UpdateVersion(*tx, "inspection_case", id, "version = version + 1, updated_at = ?", {now}, now);
  }
  return Finish(env, *tx, actor, audit, id);
}

Status VoidInspection(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "inspection.void"};
  InspectionCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (tx->QueryOne("SELECT 1 FROM discipline_case WHERE inspection_case_id = ? AND voided_at IS "
                   "NULL",
                   {id})) {
    return Error::Conflict("inspection_used",
                           "Cuộc kiểm tra này đã dẫn đến quyết định kỷ luật: không hủy được.");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "inspection_case", id, "voided_at = ?, version = version + 1, updated_at = ?",
                {now, now}, now);
  audit.after = {{"voided_at", now}, {"reason", reason}};
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

}  // namespace dangbo::service
