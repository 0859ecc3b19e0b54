// What a certificate does to the other files, in the writer's transaction, and how voiding
// it undoes that: a candidate's "nhận thức về Đảng" certificate fills the admission file's
// class step (while the file is still being prepared); a member's certificate adds a training
// record to the member file, and a political-theory one raises the theory level (never
// lowers it). The effects are stored with the learner so that the undo is exact.
#include <algorithm>

#include "base/date.h"
#include "service/calendar/reference.h"
#include "service/training/training_internal.h"

namespace dangbo::service::training_internal {

namespace {

std::string Vn(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

std::string RecordDetail(const TrainingLearner& l) {
  return "Giấy chứng nhận số " + l.certificate_no + " ngày " + Vn(l.certificate_on);
}

Result<nlohmann::json> ApplyToCandidate(store::Transaction& tx, const TrainingClass& c,
                                        const TrainingLearner& l, const std::string& now,
                                        std::string& detail) {
  nlohmann::json effects = nlohmann::json::object();
  if (c.kind != "candidate_awareness") return effects;
  const auto cd = tx.QueryOne(
      "SELECT status, identified_on, class_certificate_no, class_completed_on FROM candidate "
      "WHERE id = ?",
      {*l.candidate_id});
  if (!cd || cd->Text(0) != "preparing") {
    detail = "Hồ sơ kết nạp đã qua bước bồi dưỡng: không cập nhật giấy chứng nhận.";
    return effects;
  }
  if (l.certificate_on < cd->Text(1)) {
    return Error::Invalid("Ngày cấp giấy chứng nhận trước ngày chi bộ xác định quần chúng ưu tú (" +
                              Vn(cd->Text(1)) + ").",
                          {{"certificate_on", "Trước ngày xác định quần chúng ưu tú."}});
  }
  effects["candidate_class"] = {{"prev_certificate_no", cd->OptText(2).value_or("")},
                                {"prev_completed_on", cd->OptText(3).value_or("")},
                                {"certificate_no", l.certificate_no},
                                {"completed_on", l.certificate_on}};
  tx.Exec(
      "UPDATE candidate SET class_certificate_no = ?, class_completed_on = ?, version = version + "
      "1, updated_at = ? WHERE id = ?",
      {l.certificate_no, l.certificate_on, now, *l.candidate_id});
  detail = "Đã ghi giấy chứng nhận vào hồ sơ kết nạp của quần chúng.";
  return effects;
}

nlohmann::json ApplyToMember(store::Transaction& tx, const TrainingClass& c,
                             const TrainingLearner& l, const std::string& now,
                             std::string& detail) {
  nlohmann::json effects = nlohmann::json::object();
  const std::string title = std::string(vocab::LabelOf<TrainingKind>(c.kind)) + ": " + c.title;
  const std::string record_detail = RecordDetail(l);
  const int64_t position =
      tx.QueryRow(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM member_record WHERE member_id = ? AND "
            "kind = 'training'",
            {*l.member_id})
          .Int(0);
  tx.Exec(
      "INSERT INTO member_record (member_id, kind, from_date, to_date, title, detail, position) "
      "VALUES (?, 'training', ?, ?, ?, ?, ?)",
      {*l.member_id, c.starts_on, c.ends_on, title, record_detail, position});
  effects["record"] = {{"title", title}, {"detail", record_detail}};
  detail = "Đã thêm quá trình đào tạo vào hồ sơ đảng viên.";
  const std::string level = TheoryLevelOf(c.kind);
  if (!level.empty()) {
    const std::string current =
        tx.QueryRow("SELECT theory_level FROM member WHERE id = ?", {*l.member_id})
            .OptText(0)
            .value_or("");
    if (TheoryRank(level) > TheoryRank(current)) {
      tx.Exec(
          "UPDATE member SET theory_level = ?, updated_at = ?, version = version + 1 WHERE id = ?",
          {level, now, *l.member_id});
      effects["theory_level"] = {{"prev", current}, {"level", level}};
      std::string label = level;
      for (const auto& t : TheoryLevels()) {
        if (t.code == level) label = t.label;
      }
      detail += " Trình độ lý luận chính trị nâng lên " + label + ".";
    }
  }
  return effects;
}

}  // namespace

Result<nlohmann::json> ApplyCertificate(store::Transaction& tx, const TrainingClass& c,
                                        const TrainingLearner& learner, const std::string& now,
                                        std::string& audit_detail) {
  if (learner.candidate_id) return ApplyToCandidate(tx, c, learner, now, audit_detail);
  return ApplyToMember(tx, c, learner, now, audit_detail);
}

std::string UndoRefusal(store::Transaction& tx, const TrainingLearner& l) {
  if (!l.effects.is_object() || !l.effects.contains("candidate_class")) return "";
  const auto& e = l.effects["candidate_class"];
  const auto cd = tx.QueryOne(
      "SELECT status, class_certificate_no, class_completed_on FROM candidate WHERE id = ?",
      {*l.candidate_id});
  if (!cd) return "";
  const bool still_ours = cd->OptText(1).value_or("") == e.value("certificate_no", "") &&
                          cd->OptText(2).value_or("") == e.value("completed_on", "");
  // A closed file (withdrawn, refused) keeps what it had; a file that went on to the vote or
  // beyond relied on the certificate.
  const std::string status = cd->Text(0);
  const bool relied =
      status == "voted" || status == "proposed" || status == "decided" || status == "admitted";
  if (still_ours && relied) {
    return "Hồ sơ kết nạp của " + l.full_name +
           " đã qua bước biểu quyết dựa trên giấy chứng nhận này: không hủy được.";
  }
  return "";
}

void UndoCertificate(store::Transaction& tx, const TrainingLearner& l, const std::string& now) {
  if (!l.effects.is_object()) return;
  if (l.effects.contains("candidate_class")) {
    const auto& e = l.effects["candidate_class"];
    const std::string prev_no = e.value("prev_certificate_no", "");
    const std::string prev_on = e.value("prev_completed_on", "");
    // Only while the file still holds this certificate (a later one stays).
    tx.Exec(
        "UPDATE candidate SET class_certificate_no = ?, class_completed_on = ?, version = "
        "version + 1, updated_at = ? WHERE id = ? AND class_certificate_no = ? AND "
        "class_completed_on = ? AND status = 'preparing'",
        {prev_no.empty() ? store::Null() : store::Value(prev_no),
         prev_on.empty() ? store::Null() : store::Value(prev_on), now, *l.candidate_id,
         e.value("certificate_no", ""), e.value("completed_on", "")});
  }
  if (!l.member_id) return;
  if (l.effects.contains("record")) {
    const auto& r = l.effects["record"];
    const auto row = tx.QueryOne(
        "SELECT id FROM member_record WHERE member_id = ? AND kind = 'training' AND title = ? "
        "AND detail = ? ORDER BY id LIMIT 1",
        {*l.member_id, r.value("title", ""), r.value("detail", "")});
    if (row) tx.Exec("DELETE FROM member_record WHERE id = ?", {row->Int(0)});
  }
  if (l.effects.contains("theory_level")) {
    const auto& t = l.effects["theory_level"];
    // Back to the best of the level before and the other certificates still recorded, and
    // only when the file still holds the level this certificate set.
    std::string best = t.value("prev", "");
    tx.Each(
        "SELECT c.kind FROM training_learner l JOIN training_class c ON c.id = l.class_id WHERE "
        "l.member_id = ? AND l.id <> ? AND l.voided_at IS NULL AND c.voided_at IS NULL AND "
        "l.certificate_no IS NOT NULL",
        {*l.member_id, l.id}, [&best](const store::Row& r) {
          const std::string level = TheoryLevelOf(r.Text(0));
          if (TheoryRank(level) > TheoryRank(best)) best = level;
        });
    tx.Exec(
        "UPDATE member SET theory_level = ?, updated_at = ?, version = version + 1 WHERE id = ? "
        "AND theory_level = ?",
        {best.empty() ? store::Null() : store::Value(best), now, *l.member_id,
         t.value("level", "")});
  }
}

}  // namespace dangbo::service::training_internal
