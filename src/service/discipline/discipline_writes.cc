// The discipline writes: a decision (form by subject and status, statute of limitations, the
// expulsion or dissolution it causes, in one transaction), the appeal and its outcome, and
// voiding a case recorded by mistake. Each audited.
#include <stdexcept>
#include <string>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/kinds.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/discipline/discipline.h"
#include "service/discipline/discipline_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/member_events.h"
#include "service/orgs/org_details.h"
#include "service/orgs/org_history.h"
#include "text/text.h"

namespace dangbo::service {

using namespace discipline_internal;  // NOLINT: this domain's own helpers

namespace {

std::string Vn(const std::string& iso) { return Date::Parse(iso)->Vietnamese(); }
store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }

Status CheckInput(const DisciplineInput& in, const Date& today) {
  Validator v;
  const auto subject = vocab::Parse<CaseSubject>(in.subject);
  v.Check(subject.has_value(), "subject",
          "Đối tượng phải là member (đảng viên) hoặc org (tổ chức).");
  if (subject == CaseSubject::kMember)
    v.Check(in.member_id > 0, "member_id", "Hãy chọn đảng viên.");
  if (subject == CaseSubject::kOrg) {
    v.Check(in.subject_org_id > 0, "subject_org_id", "Hãy chọn tổ chức đảng.");
  }
  v.Check(vocab::Parse<rules::DisciplineForm>(in.form).has_value(), "form",
          "Hình thức kỷ luật không hợp lệ.");
  v.Check(in.inspection_case_id >= 0, "inspection_case_id", "Mã cuộc kiểm tra không hợp lệ.");
  CheckPastDate(v, in.violation_on, "violation_on", "Ngày vi phạm", today, true);
  CheckPastDate(v, in.decided_on, "decided_on", "Ngày quyết định", today, true);
  CheckPastDate(v, in.received_on, "received_on", "Ngày nhận quyết định", today, false);
  CheckText(v, in.violation, "violation", "Nội dung vi phạm", 2000, true);
  CheckText(v, in.decision_no, "decision_no", "Số quyết định", 100, true);
  CheckText(v, in.post, "post", "Chức vụ", 200, false);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  if (Status s = v.ToStatus(); !s) return s;
  if (in.violation_on > in.decided_on) {
    return Error::Invalid("Ngày vi phạm không được sau ngày quyết định.",
                          {{"violation_on", "Sau ngày quyết định."}});
  }
  if (!in.received_on.empty() && in.received_on < in.decided_on) {
    return Error::Invalid("Ngày nhận quyết định không được trước ngày quyết định.",
                          {{"received_on", "Trước ngày quyết định."}});
  }
  return Status::Ok();
}

// Thời hiệu: a case decided on or after the statute's end is refused with that date.
Status CheckStatute(const DisciplineInput& in) {
  const Date decided = *Date::Parse(in.decided_on);
  const auto form = *vocab::Parse<rules::DisciplineForm>(in.form);
  const auto months = rules::DisciplineStatuteMonths(Rules().At(decided), form);
  if (!months) return Status::Ok();
  const Date lapsed = Date::Parse(in.violation_on)->AddMonths(*months);
  if (decided < lapsed) return Status::Ok();
  return Error::Rule("statute_lapsed",
                     "Đã hết thời hiệu xử lý kỷ luật " + text::LowerFirst(vocab::Label(form)) +
                         " (" + std::to_string(*months) + " tháng kể từ ngày vi phạm " +
                         Vn(in.violation_on) + "): hết từ ngày " + lapsed.Vietnamese() + ".");
}

// The post a member held on `on`: the input's, else a committee seat, else the file's.
std::string PostOn(store::Transaction& tx, int64_t member_id, const std::string& on) {
  if (const auto seat = tx.QueryOne(
          "SELECT c.position, o.name FROM org_committee_member c JOIN org o ON o.id = c.org_id "
          "WHERE c.member_id = ? AND (c.from_date IS NULL OR c.from_date <= ?) AND (c.to_date IS "
          "NULL OR c.to_date >= ?) ORDER BY c.id LIMIT 1",
          {member_id, on, on})) {
    return PositionLabel(seat->Text(0)) + " " + seat->Text(1);
  }
  const auto file = tx.QueryOne("SELECT party_position FROM member WHERE id = ?", {member_id});
  return file ? text::Trim(file->OptText(0).value_or("")) : "";
}

struct Subject {
  int64_t org_id = 0;  // the member's unit, or the organization
  std::string status, post;
};

// The subject inside the handling organization's subtree, as it stands; outside it or
// missing answers "not found" alike.
Result<Subject> LoadSubject(store::Transaction& tx, const Org& handler, const DisciplineInput& in) {
  if (in.subject == "org") {
    const auto org = LoadOrg(tx, in.subject_org_id);
    if (!org || org->path.rfind(handler.path, 0) != 0) return OrgNotFound(in.subject_org_id);
    if (org->id == handler.id) {
      return Error::Rule("discipline_own_org",
                         "Kỷ luật một tổ chức đảng do cấp ủy cấp trên quyết định, không phải chính "
                         "tổ chức đó.");
    }
    if (!org->ended_on.empty()) {
      return Error::Conflict("org_ended", "Tổ chức “" + org->name + "” đã kết thúc hoạt động.");
    }
    return Subject{org->id, "", ""};
  }
  const auto m = LoadMemberState(tx, in.member_id);
  const Error missing =
      Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(in.member_id) + ".");
  if (!m || m->org_path.rfind(handler.path, 0) != 0) return missing;
  // The unit and status on the decision date (the file may have changed since).
  const auto span = tx.QueryOne(
      "SELECT org_id, status FROM member_span WHERE member_id = ? AND valid_from <= ? AND "
      "(valid_to IS NULL OR valid_to > ?)",
      {m->id, in.decided_on, in.decided_on});
  std::string status = span ? span->Text(1) : "";
  if (status == "exempt") status = m->official_on.empty() ? "probationary" : "official";
  if (status != "official" && status != "probationary") {
    return Error::Conflict("member_status",
                           "Vào ngày " + Vn(in.decided_on) + ", " + m->full_name +
                               " không phải đảng viên đang sinh hoạt (" +
                               (span ? std::string(vocab::LabelOf<MemberStatus>(span->Text(1)))
                                     : std::string("chưa vào Đảng")) +
                               "): không xử lý kỷ luật.");
  }
  std::string post = text::Trim(in.post);
  if (post.empty()) post = PostOn(tx, m->id, in.decided_on);
  return Subject{span->Int(0), status, post};
}

// Khai trừ and giải tán act through the lifecycle and the organization history; answers the
// event written (0: none).
Result<int64_t> ApplyEffect(const Env& env, const Actor& actor, store::Transaction& tx,
                            const DisciplineInput& in) {
  const Decision d{in.decided_on, in.decision_no, in.decided_on};
  if (in.form == "expulsion") {
    auto r = ExpelMemberIn(env, actor, tx, in.member_id, EventInput{d, in.note},
                           {{"discipline", true}, {"violation", in.violation}});
    if (!r.ok()) return r.error();
    return r->event_id;
  }
  if (in.form == "dissolution") {
    if (Status s = DissolveOrgIn(env, actor, tx, in.subject_org_id, d); !s) return s.error();
    return tx
        .QueryRow("SELECT MAX(id) FROM org_event WHERE org_id = ? AND kind = 'dissolved'",
                  {in.subject_org_id})
        .Int(0);
  }
  return int64_t{0};
}

// Opens a write on an existing case (discipline.write on its handling organization).
Result<store::Transaction> BeginCaseWrite(const Env& env, const Actor& actor, int64_t id,
                                          AuditEntry& audit, DisciplineCase& out) {
  int64_t handling = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto c = LoadVisibleCase(tx, actor, id, Today(env));
    if (!c) return CaseNotFound(id);
    handling = c->handling_org_id;
  }
  audit.entity = "discipline_case";
  audit.entity_id = std::to_string(id);
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDisciplineWrite, handling, audit);
  if (!tx.ok()) return tx.error();
  const auto c = LoadVisibleCase(*tx, actor, id, Today(env));
  if (!c) return CaseNotFound(id);
  out = *c;
  audit.org_id = c->org_id;
  audit.before = DisciplineJson(*c);
  return tx;
}

Status CheckVersion(const DisciplineCase& c, int64_t expected) {
  if (expected == 0 || expected == c.version) return Status::Ok();
  return Error::Conflict("version_conflict",
                         "Hồ sơ kỷ luật đã được người khác cập nhật; hãy tải lại trang.");
}

Result<DisciplineCase> Reload(const Env& env, store::Transaction& tx, const Actor& actor,
                              AuditEntry& audit, int64_t id) {
  const auto c = LoadVisibleCase(tx, actor, id, Today(env));
  audit.after = DisciplineJson(*c);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *c;
}

}  // namespace

Result<DisciplineCase> RecordDiscipline(const Env& env, const Actor& actor, int64_t org_id,
                                        const DisciplineInput& raw) {
  DisciplineInput in = raw;
  in.decision_no = text::Trim(in.decision_no);
  if (Status s = CheckInput(in, Today(env)); !s) return s.error();
  if (in.subject == "org") {
    if (std::string why =
            FormRefusal("org", "", *vocab::Parse<rules::DisciplineForm>(in.form), false);
        !why.empty()) {
      return Error::Rule("form_not_allowed", why);
    }
  }
  if (Status s = CheckStatute(in); !s) return s.error();
  AuditEntry audit{.action = "discipline.record", .entity = "discipline_case"};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kDisciplineWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const Org handler = store::Must(LoadOrg(tx, org_id), "handling org");
  auto subject = LoadSubject(tx, handler, in);
  if (!subject.ok()) return subject.error();
  const auto form = *vocab::Parse<rules::DisciplineForm>(in.form);
  if (std::string why = FormRefusal(in.subject, subject->status, form, !subject->post.empty());
      !why.empty()) {
    return Error::Rule("form_not_allowed", why);
  }
  if (in.inspection_case_id > 0 &&
      !tx.QueryOne("SELECT 1 FROM inspection_case x JOIN org o ON o.id = x.org_id WHERE x.id = ? "
                   "AND x.voided_at IS NULL AND o.path >= ? AND o.path < ?",
                   {in.inspection_case_id, handler.path, handler.path + "~"})) {
    return Error::Invalid("Không tìm thấy cuộc kiểm tra đã chọn.",
                          {{"inspection_case_id", "Không tìm thấy cuộc kiểm tra."}});
  }
  auto effect = ApplyEffect(env, actor, tx, in);
  if (!effect.ok()) return effect.error();
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO discipline_case (subject, member_id, org_id, handling_org_id, "
            "inspection_case_id, form, member_status, post, violation_on, violation, "
            "decision_no, decided_on, received_on, status, effect_event_id, note, recorded_by, "
            "created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'in_force', ?, ?, ?, ?, ?, ?) RETURNING id",
            {in.subject, in.subject == "member" ? store::Value(in.member_id) : store::Null(),
             subject->org_id, org_id,
             in.inspection_case_id > 0 ? store::Value(in.inspection_case_id) : store::Null(),
             in.form, OrNull(subject->status),
             OrNull(form == rules::DisciplineForm::kDismissal ? subject->post
                                                              : text::Trim(in.post)),
             in.violation_on, text::Trim(in.violation), in.decision_no, in.decided_on,
             OrNull(in.received_on), *effect > 0 ? store::Value(*effect) : store::Null(),
             OrNull(text::Trim(in.note)), actor.display_name, now, now, now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  audit.org_id = subject->org_id;
  return Reload(env, tx, actor, audit, id);
}

Result<DisciplineCase> LodgeAppeal(const Env& env, const Actor& actor, int64_t id,
                                   const AppealInput& in) {
  Validator v;
  CheckPastDate(v, in.appeal_on, "appeal_on", "Ngày khiếu nại", Today(env), true);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "discipline.appeal"};
  DisciplineCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (Status s = CheckVersion(c, in.expected_version); !s) return s.error();
  if (!c.appeal_on.empty()) {
    return Error::Conflict("appeal_exists",
                           "Quyết định này đã có khiếu nại ngày " + Vn(c.appeal_on) + ".");
  }
  const std::string received = c.received_on.empty() ? c.decided_on : c.received_on;
  if (in.appeal_on < received) {
    return Error::Invalid(
        "Ngày khiếu nại không được trước ngày nhận quyết định (" + Vn(received) + ").",
        {{"appeal_on", "Trước ngày nhận quyết định."}});
  }
  if (in.appeal_on > c.appeal_until) {
    return Error::Rule(
        "appeal_late",
        "Đã quá thời hạn khiếu nại (" +
            std::to_string(Rules().At(*Date::Parse(c.decided_on)).discipline.appeal_days) +
            " ngày kể từ ngày nhận quyết định " + Vn(received) + "): hạn cuối là ngày " +
            Vn(c.appeal_until) + ".");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "discipline_case", id,
                "appeal_on = ?, status = 'appealed', version = version + 1, updated_at = ?",
                {in.appeal_on, now}, now);
  return Reload(env, *tx, actor, audit, id);
}

Result<DisciplineCase> DecideAppeal(const Env& env, const Actor& actor, int64_t id,
                                    const AppealDecisionInput& in) {
  Validator v;
  const auto outcome = vocab::Parse<AppealOutcome>(in.outcome);
  v.Check(outcome.has_value(), "outcome", "Kết quả phải là upheld, changed hoặc annulled.");
  CheckPastDate(v, in.decided_on, "decided_on", "Ngày giải quyết khiếu nại", Today(env), true);
  CheckText(v, in.decision_no, "decision_no", "Số quyết định giải quyết", 100, false);
  const auto new_form = vocab::Parse<rules::DisciplineForm>(in.new_form);
  if (outcome == AppealOutcome::kChanged) {
    v.Check(new_form.has_value(), "new_form", "Hãy chọn hình thức kỷ luật mới.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "discipline.appeal_decide"};
  DisciplineCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (Status s = CheckVersion(c, in.expected_version); !s) return s.error();
  if (c.status != "appealed") {
    return Error::Conflict("no_appeal", "Quyết định này không có khiếu nại đang chờ giải quyết.");
  }
  if (in.decided_on < c.appeal_on) {
    return Error::Invalid("Ngày giải quyết không được trước ngày khiếu nại.",
                          {{"decided_on", "Trước ngày khiếu nại."}});
  }
  if (outcome == AppealOutcome::kChanged) {
    const auto old_form = *vocab::Parse<rules::DisciplineForm>(c.form);
    if (*new_form >= old_form) {
      return Error::Rule("form_not_milder", "Hình thức mới phải nhẹ hơn hình thức đã quyết định (" +
                                                std::string(vocab::Label(old_form)) + ").");
    }
    if (std::string why = FormRefusal(c.subject, c.member_status, *new_form, !c.post.empty());
        !why.empty()) {
      return Error::Rule("form_not_allowed", why);
    }
  }
  const std::string status = outcome == AppealOutcome::kUpheld ? "in_force" : in.outcome;
  // An expulsion annulled or made milder no longer ends the membership: the expulsion the
  // decision recorded is voided in the same transaction (the member returns as before it).
  if (outcome != AppealOutcome::kUpheld && c.form == "expulsion" && c.effect_event_id &&
      c.member_id) {
    const auto state = LoadMemberState(*tx, *c.member_id);
    if (!state) throw std::runtime_error("discipline case without its member");
    const std::string why =
        "Khiếu nại được giải quyết: quyết định khai trừ " +
        std::string(outcome == AppealOutcome::kAnnulled ? "bị hủy" : "được thay đổi") + " (" +
        text::Trim(in.decision_no) + ", ngày " + Date::Parse(in.decided_on)->Vietnamese() + ").";
    auto voided = VoidMemberEventIn(*tx, *state, *c.effect_event_id, why, env.clock.Now(), nullptr);
    if (!voided.ok()) return voided.error();
  }
  // So does a dissolution: the organization is live again, its dissolution kept but voided.
  if (outcome != AppealOutcome::kUpheld && c.form == "dissolution" && c.effect_event_id) {
    const std::string why =
        "Khiếu nại được giải quyết: quyết định giải tán " +
        std::string(outcome == AppealOutcome::kAnnulled ? "bị hủy" : "được thay đổi") + " (" +
        text::Trim(in.decision_no) + ", ngày " + Date::Parse(in.decided_on)->Vietnamese() + ").";
    if (Status s = RestoreDissolvedOrgIn(*tx, *c.effect_event_id, why, env.clock.Now()); !s) {
      return s.error();
    }
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(
      *tx, "discipline_case", id,
      "appeal_outcome = ?, appeal_decided_on = ?, appeal_decision_no = ?, "
      "changed_form = ?, status = ?, version = version + 1, updated_at = ?",
      {in.outcome, in.decided_on, OrNull(text::Trim(in.decision_no)),
       outcome == AppealOutcome::kChanged ? store::Value(in.new_form) : store::Null(), status, now},
      now);
  return Reload(env, *tx, actor, audit, id);
}

Status VoidDiscipline(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "discipline.void"};
  DisciplineCase c;
  auto tx = BeginCaseWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (c.effect_event_id) {
    return Error::Conflict("discipline_effect",
                           "Quyết định " +
                               std::string(vocab::LabelOf<rules::DisciplineForm>(c.form)) +
                               " đã được ghi vào lý lịch, lịch sử tổ chức: hãy hủy sự kiện đó "
                               "trước (biến động đảng viên, lịch sử tổ chức).");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "discipline_case", id,
                "voided_at = ?, note = ?, version = version + 1, updated_at = ?",
                {now, reason, now}, now);
  audit.after = {{"voided_at", now}, {"reason", reason}};
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

}  // namespace dangbo::service
