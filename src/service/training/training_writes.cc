// The training writes: a class (create, change, void), its learners (add, remove), a
// learner's result and certificate (with their effects on the member or candidate file) and
// voiding a certificate. Each checked in the organiser's subtree and audited, in one
// transaction.
#include <set>
#include <string>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/orgs/orgs.h"
#include "service/training/training.h"
#include "service/training/training_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace training_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }

Status CheckClassInput(const TrainingClassInput& in) {
  Validator v;
  v.Check(vocab::Parse<TrainingKind>(in.kind).has_value(), "kind",
          "Loại lớp không hợp lệ: hãy chọn một loại trong danh mục.");
  CheckText(v, in.title, "title", "Tên lớp", 500, true);
  const auto from = Date::Parse(in.starts_on);
  const auto to = Date::Parse(in.ends_on);
  v.Check(from.has_value(), "starts_on", "Ngày khai giảng không hợp lệ (dd/mm/yyyy).");
  v.Check(to.has_value(), "ends_on", "Ngày bế giảng không hợp lệ (dd/mm/yyyy).");
  CheckText(v, in.place, "place", "Địa điểm", 500, false);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  if (Status s = v.ToStatus(); !s) return s;
  if (*to < *from) {
    return Error::Invalid("Ngày bế giảng không được trước ngày khai giảng.",
                          {{"ends_on", "Trước ngày khai giảng."}});
  }
  if (from->year() < 1930 || to->year() > 2200) {
    return Error::Invalid("Ngày của lớp không hợp lệ.", {{"starts_on", "Năm không hợp lệ."}});
  }
  return Status::Ok();
}

// Opens a write on class `id`: training.write on its organiser; the class as it stands.
Result<store::Transaction> BeginClassWrite(const Env& env, const Actor& actor, int64_t id,
                                           AuditEntry& audit, TrainingClass& out) {
  int64_t organiser = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto c = LoadVisibleClass(tx, actor, id);
    if (!c) return ClassNotFound(id);
    organiser = c->org_id;
  }
  audit.entity = "training_class";
  audit.entity_id = std::to_string(id);
  audit.org_id = organiser;
  auto tx = BeginAuthorizedWrite(env, actor, Action::kTrainingWrite, organiser, audit);
  if (!tx.ok()) return tx.error();
  const auto c = LoadVisibleClass(*tx, actor, id);
  if (!c) return ClassNotFound(id);
  out = *c;
  return tx;
}

Result<TrainingClass> Finish(const Env& env, store::Transaction& tx, const Actor& actor,
                             AuditEntry& audit, int64_t id) {
  auto c = LoadVisibleClass(tx, actor, id);
  c->learner_list = LoadLearners(tx, id);
  nlohmann::json after = TrainingClassJson(*c);
  after.erase("learner_list");
  audit.after = std::move(after);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *c;
}

// A person to add, found in the organiser's subtree: their unit, or the refusal.
Result<int64_t> MemberUnit(store::Transaction& tx, const std::string& path, int64_t id) {
  const auto m = LoadMemberState(tx, id);
  if (!m || m->org_path.rfind(path, 0) != 0) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(id) +
                           " trong tổ chức mở lớp.");
  }
  if (m->status != "probationary" && m->status != "official" && m->status != "exempt") {
    return Error::Conflict("member_not_active",
                           m->full_name + " không còn sinh hoạt đảng: không ghi vào lớp.");
  }
  return m->org_id;
}

Result<int64_t> CandidateUnit(store::Transaction& tx, const std::string& path, int64_t id) {
  const auto c = tx.QueryOne(
      "SELECT c.org_id, o.path, c.status, c.full_name FROM candidate c JOIN org o ON o.id = "
      "c.org_id WHERE c.id = ?",
      {id});
  if (!c || c->Text(1).rfind(path, 0) != 0) {
    return Error::NotFound("Không tìm thấy quần chúng ưu tú có mã " + std::to_string(id) +
                           " trong tổ chức mở lớp.");
  }
  const std::string status = c->Text(2);
  if (status == "admitted" || status == "refused" || status == "withdrawn") {
    return Error::Conflict("candidate_closed", "Hồ sơ của quần chúng " + c->Text(3) +
                                                   " đã kết thúc: không ghi vào lớp.");
  }
  return c->Int(0);
}

}  // namespace

Result<TrainingClass> CreateTrainingClass(const Env& env, const Actor& actor, int64_t org_id,
                                          const TrainingClassInput& in) {
  if (Status s = CheckClassInput(in); !s) return s.error();
  AuditEntry audit{.action = "training.class_create", .entity = "training_class", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kTrainingWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO training_class (org_id, kind, title, starts_on, ends_on, place, note, "
            "created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {org_id, in.kind, text::Trim(in.title), in.starts_on, in.ends_on,
             OrNull(text::Trim(in.place)), OrNull(text::Trim(in.note)), now, now, now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  return Finish(env, tx, actor, audit, id);
}

Result<TrainingClass> UpdateTrainingClass(const Env& env, const Actor& actor, int64_t id,
                                          const TrainingClassInput& in) {
  if (Status s = CheckClassInput(in); !s) return s.error();
  AuditEntry audit{.action = "training.class_update"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  if (in.expected_version != 0 && in.expected_version != c.version) {
    return Error::Conflict("version_conflict",
                           "Lớp đã được người khác cập nhật; hãy tải lại trang.");
  }
  if (in.kind != c.kind && c.learners > 0) {
    return Error::Rule("class_has_learners",
                       "Lớp đã có học viên: không đổi loại lớp được (hãy mở lớp mới).");
  }
  if (c.certified > 0) {
    const auto earliest = tx->QueryOne(
        "SELECT MIN(certificate_on) FROM training_learner WHERE class_id = ? AND voided_at IS "
        "NULL AND certificate_no IS NOT NULL",
        {id});
    const std::string first = earliest ? earliest->OptText(0).value_or("") : "";
    if (!first.empty() && first < in.ends_on) {
      return Error::Invalid("Đã có giấy chứng nhận cấp ngày " + Date::Parse(first)->Vietnamese() +
                                ": ngày bế giảng không được sau ngày đó.",
                            {{"ends_on", "Sau ngày cấp giấy chứng nhận."}});
    }
  }
  nlohmann::json before = TrainingClassJson(c);
  before.erase("learner_list");
  audit.before = std::move(before);
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "training_class", id,
                "kind = ?, title = ?, starts_on = ?, ends_on = ?, place = ?, note = ?, version = "
                "version + 1, updated_at = ?",
                {in.kind, text::Trim(in.title), in.starts_on, in.ends_on,
                 OrNull(text::Trim(in.place)), OrNull(text::Trim(in.note)), now},
                now);
  return Finish(env, *tx, actor, audit, id);
}

Status VoidTrainingClass(const Env& env, const Actor& actor, int64_t id,
                         const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "training.class_void"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, id, audit, c);
  if (!tx.ok()) return tx.error();
  const std::vector<TrainingLearner> learners = LoadLearners(*tx, id);
  for (const TrainingLearner& l : learners) {
    if (std::string why = UndoRefusal(*tx, l); !why.empty()) {
      return Error::Conflict("certificate_in_use", why);
    }
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  for (const TrainingLearner& l : learners) UndoCertificate(*tx, l, now);
  tx->Exec(
      "UPDATE training_learner SET voided_at = ?, updated_at = ? WHERE class_id = ? AND "
      "voided_at IS NULL",
      {now, now, id});
  tx->Exec(
      "UPDATE training_class SET voided_at = ?, void_reason = ?, version = version + 1, "
      "updated_at = ? WHERE id = ?",
      {now, text::Trim(reason), now, id});
  nlohmann::json before = TrainingClassJson(c);
  before.erase("learner_list");
  audit.before = std::move(before);
  audit.after = {{"voided_at", now}, {"reason", text::Trim(reason)}};
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

Result<TrainingClass> AddLearners(const Env& env, const Actor& actor, int64_t class_id,
                                  const std::vector<int64_t>& member_ids,
                                  const std::vector<int64_t>& candidate_ids) {
  if (member_ids.empty() && candidate_ids.empty()) {
    return Error::Invalid("Hãy chọn ít nhất một học viên.", {{"member_ids", "Chưa chọn ai."}});
  }
  if (member_ids.size() + candidate_ids.size() > 2000) {
    return Error::Invalid("Mỗi lần ghi tối đa 2.000 học viên.", {{"member_ids", "Quá nhiều."}});
  }
  AuditEntry audit{.action = "training.learners_add"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, class_id, audit, c);
  if (!tx.ok()) return tx.error();
  const bool for_candidates = c.kind == "candidate_awareness";
  if (for_candidates && !member_ids.empty()) {
    return Error::Rule("learner_kind",
                       "Lớp bồi dưỡng nhận thức về Đảng dành cho quần chúng ưu tú, không ghi đảng "
                       "viên.");
  }
  if (!for_candidates && !candidate_ids.empty()) {
    return Error::Rule("learner_kind",
                       "Chỉ lớp bồi dưỡng nhận thức về Đảng ghi quần chúng ưu tú; lớp này dành "
                       "cho đảng viên.");
  }
  const std::string path = store::Must(LoadOrg(*tx, c.org_id), "organiser").path;
  const std::string now = FormatTimestamp(env.clock.Now());
  const char* column = for_candidates ? "candidate_id" : "member_id";
  std::set<int64_t> seen;
  nlohmann::json added = nlohmann::json::array();
  for (int64_t id : for_candidates ? candidate_ids : member_ids) {
    if (!seen.insert(id).second) continue;
    auto unit = for_candidates ? CandidateUnit(*tx, path, id) : MemberUnit(*tx, path, id);
    if (!unit.ok()) return unit.error();
    if (tx->QueryOne(std::string("SELECT 1 FROM training_learner WHERE class_id = ? AND ") +
                         column + " = ? AND voided_at IS NULL",
                     {class_id, id})) {
      continue;  // already in the class
    }
    tx->Exec(std::string("INSERT INTO training_learner (class_id, ") + column +
                 ", org_id, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
             {class_id, id, *unit, now, now, now});
    added.push_back(id);
  }
  audit.detail = std::to_string(added.size()) + " học viên";
  audit.before = {{for_candidates ? "candidate_ids" : "member_ids", added}};
  return Finish(env, *tx, actor, audit, class_id);
}

Status RemoveLearner(const Env& env, const Actor& actor, int64_t class_id, int64_t learner_id,
                     const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do", 2000, false);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "training.learner_remove"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, class_id, audit, c);
  if (!tx.ok()) return tx.error();
  const auto l = LoadLearner(*tx, class_id, learner_id);
  if (!l) return LearnerNotFound(learner_id);
  if (!l->certificate_no.empty()) {
    return Error::Conflict("learner_certified", l->full_name +
                                                    " đã có giấy chứng nhận: hãy hủy giấy chứng "
                                                    "nhận trước khi bỏ khỏi lớp.");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  tx->Exec("UPDATE training_learner SET voided_at = ?, updated_at = ? WHERE id = ?",
           {now, now, learner_id});
  audit.before = TrainingLearnerJson(*l);
  audit.detail = text::Trim(reason);
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

Result<TrainingLearner> RecordResult(const Env& env, const Actor& actor, int64_t class_id,
                                     int64_t learner_id, const ResultInput& in) {
  Validator v;
  const auto result = vocab::Parse<TrainingResult>(in.result);
  v.Check(result.has_value(), "result",
          "Kết quả phải là completed (hoàn thành) hoặc not_completed (không hoàn thành).");
  v.Check(in.grade.empty() || vocab::Parse<TrainingGrade>(in.grade).has_value(), "grade",
          "Xếp loại không hợp lệ.");
  CheckText(v, in.certificate_no, "certificate_no", "Số giấy chứng nhận", 100, false);
  CheckPastDate(v, in.certificate_on, "certificate_on", "Ngày cấp giấy chứng nhận", Today(env),
                false);
  const bool has_no = !text::Trim(in.certificate_no).empty();
  v.Check(has_no == !in.certificate_on.empty(), has_no ? "certificate_on" : "certificate_no",
          "Hãy ghi cả số và ngày cấp giấy chứng nhận.");
  if (has_no && result == TrainingResult::kNotCompleted) {
    v.Fail("certificate_no", "Học viên không hoàn thành thì không có giấy chứng nhận.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "training.result"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, class_id, audit, c);
  if (!tx.ok()) return tx.error();
  auto l = LoadLearner(*tx, class_id, learner_id);
  if (!l) return LearnerNotFound(learner_id);
  if (c.ends_on > Today(env).Iso()) {
    return Error::Rule(
        "class_not_ended",
        "Lớp chưa bế giảng (" + Date::Parse(c.ends_on)->Vietnamese() + "): chưa ghi kết quả được.");
  }
  if (!l->certificate_no.empty()) {
    return Error::Conflict("certificate_exists",
                           l->full_name + " đã có giấy chứng nhận số " + l->certificate_no +
                               ": hãy hủy giấy chứng nhận đó trước khi ghi lại.");
  }
  if (has_no && in.certificate_on < c.ends_on) {
    return Error::Invalid("Ngày cấp giấy chứng nhận không được trước ngày bế giảng (" +
                              Date::Parse(c.ends_on)->Vietnamese() + ").",
                          {{"certificate_on", "Trước ngày bế giảng."}});
  }
  audit.before = TrainingLearnerJson(*l);
  const std::string now = FormatTimestamp(env.clock.Now());
  l->result = in.result;
  l->grade = in.grade;
  l->certificate_no = text::Trim(in.certificate_no);
  l->certificate_on = in.certificate_on;
  nlohmann::json effects = nlohmann::json::object();
  if (has_no) {
    auto applied = ApplyCertificate(*tx, c, *l, now, audit.detail);
    if (!applied.ok()) return applied.error();
    effects = *applied;
  }
  UpdateVersion(
      *tx, "training_learner", learner_id,
      "result = ?, grade = ?, certificate_no = ?, certificate_on = ?, effects = ?, updated_at = "
      "?",
      {in.result, OrNull(in.grade), OrNull(l->certificate_no), OrNull(in.certificate_on),
       effects.empty() ? store::Null() : store::Value(effects.dump()), now},
      now);
  l = LoadLearner(*tx, class_id, learner_id);
  audit.after = TrainingLearnerJson(*l);
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return *l;
}

Status VoidCertificate(const Env& env, const Actor& actor, int64_t class_id, int64_t learner_id,
                       const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "training.certificate_void"};
  TrainingClass c;
  auto tx = BeginClassWrite(env, actor, class_id, audit, c);
  if (!tx.ok()) return tx.error();
  const auto l = LoadLearner(*tx, class_id, learner_id);
  if (!l) return LearnerNotFound(learner_id);
  if (l->result.empty()) {
    return Error::Conflict("no_result", l->full_name + " chưa có kết quả để hủy.");
  }
  if (std::string why = UndoRefusal(*tx, *l); !why.empty()) {
    return Error::Conflict("certificate_in_use", why);
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  UndoCertificate(*tx, *l, now);
  UpdateVersion(
      *tx, "training_learner", learner_id,
      "result = NULL, grade = NULL, certificate_no = NULL, certificate_on = NULL, effects = "
      "NULL, updated_at = ?",
      {now}, now);
  audit.before = TrainingLearnerJson(*l);
  audit.detail = text::Trim(reason);
  RecordAudit(*tx, actor, audit, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

}  // namespace dangbo::service
