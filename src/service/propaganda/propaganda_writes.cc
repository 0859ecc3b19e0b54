// The propaganda activity writes: an activity recorded, changed, voided; one document studied
// by many units at once. Each checked in the actor's subtree and audited, in one transaction;
// the shared opening of a write on an existing record and the shared voiding.
#include <string>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/core/void_record.h"
#include "service/orgs/orgs.h"
#include "service/propaganda/propaganda.h"
#include "service/propaganda/propaganda_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace propaganda_internal;  // NOLINT: this domain's own helpers

namespace propaganda_internal {

void CheckDate(Validator& v, const std::string& iso, const std::string& field,
               const std::string& label, const Date& today, bool required) {
  CheckPastDate(v, iso, field, label, today, required);
  const auto d = Date::Parse(iso);
  if (d && d->year() < 1930) v.Fail(field, label + " không hợp lệ: năm trước 1930.");
}

void CheckCount(Validator& v, const std::optional<int64_t>& n, const std::string& field,
                const std::string& label, int64_t min, bool required) {
  if (!n) {
    if (required) v.Fail(field, label + " là bắt buộc.");
    return;
  }
  v.Check(*n >= min && *n <= 10'000'000, field,
          label + " phải là số nguyên từ " + std::to_string(min) + " đến 10.000.000.");
}

Result<store::Transaction> BeginRecordWrite(const Env& env, const Actor& actor, Table t, int64_t id,
                                            AuditEntry& audit) {
  std::optional<int64_t> org;
  {
    store::Transaction tx = env.db.BeginRead();
    org = VisibleOrg(tx, actor, t, id);
  }
  if (!org) return NotFoundIn(t, id);
  audit.entity = TableName(t);
  audit.entity_id = std::to_string(id);
  audit.org_id = *org;
  auto tx = BeginAuthorizedWrite(env, actor, Action::kPropagandaWrite, *org, audit);
  if (!tx.ok()) return tx.error();
  if (!VisibleOrg(*tx, actor, t, id)) return NotFoundIn(t, id);
  return tx;
}

Status VoidPropagandaRecord(const Env& env, const Actor& actor, Table t, int64_t id,
                            const std::string& reason, const std::string& action,
                            const std::function<nlohmann::json(store::Transaction&)>& before) {
  struct Found {
    int64_t org_id = 0;
    nlohmann::json json;
  };
  const VoidSpec spec{.action = Action::kPropagandaWrite,
                      .table = TableName(t),
                      .audit_action = action,
                      .entity = TableName(t),
                      .versioned = true};
  return VoidRecord<Found>(
      env, actor, id, reason, spec,
      [&](store::Transaction& tx) -> std::optional<Found> {
        const auto org = VisibleOrg(tx, actor, t, id);
        if (!org) return std::nullopt;
        return Found{*org, before(tx)};
      },
      [t, id] { return Status(NotFoundIn(t, id)); },
      [](store::Transaction&, const Found&) { return Status::Ok(); },
      [](const Found& f) { return f.json; });
}

}  // namespace propaganda_internal

namespace {

// The figures a kind needs, checked; those it has not are cleared.
void CheckFigures(Validator& v, ActivityInput& in) {
  const std::string& k = in.kind;
  const bool study = k == "study_session", conference = k == "online_conference";
  const bool contest = k == "contest", opinion = k == "opinion_report";
  if (study) {
    CheckText(v, in.document_no, "document_no", "Số hiệu văn bản", 100, true);
    v.Check(vocab::Parse<DocumentKind>(in.document_kind).has_value(), "document_kind",
            "Loại văn bản không hợp lệ: hãy chọn nghị quyết, chỉ thị, kết luận, hướng dẫn hoặc "
            "quy định.");
    CheckCount(v, in.invited, "invited", "Số đảng viên được triệu tập", 1, true);
  } else if (!conference) {
    in.document_no.clear();
    in.document_kind.clear();
  }
  if (conference) {
    CheckText(v, in.document_no, "document_no", "Số hiệu văn bản", 100, false);
    v.Check(in.document_kind.empty() || vocab::Parse<DocumentKind>(in.document_kind).has_value(),
            "document_kind", "Loại văn bản không hợp lệ.");
    CheckCount(v, in.points, "points", "Số điểm cầu", 1, true);
  }
  CheckCount(v, in.attended, "attended", conference ? "Số người tham dự" : "Số đảng viên tham gia",
             0, study || conference);
  if (study && in.invited && in.attended && *in.attended > *in.invited) {
    v.Fail("attended", "Số đảng viên tham gia không được lớn hơn số được triệu tập.");
  }
  if (contest) {
    CheckCount(v, in.entries, "entries", "Số bài dự thi", 0, true);
    CheckCount(v, in.prizes, "prizes", "Số giải", 0, false);
    if (in.entries && in.prizes && *in.prizes > *in.entries) {
      v.Fail("prizes", "Số giải không được lớn hơn số bài dự thi.");
    }
  }
  if (opinion) {
    CheckCount(v, in.opinions, "opinions", "Số ý kiến, dư luận thu thập", 0, true);
    CheckText(v, in.summary, "summary", "Tóm tắt tình hình dư luận", 5000, true);
    CheckText(v, in.topics, "topics", "Vấn đề được quan tâm", 1000, false);
  }
  if (!study) in.invited.reset();
  if (!study && !conference) in.attended.reset();
  if (!conference) in.points.reset();
  if (!contest) in.entries.reset(), in.prizes.reset();
  if (!opinion) in.opinions.reset(), in.topics.clear(), in.summary.clear();
}

Result<ActivityInput> CheckActivity(const ActivityInput& raw, const Date& today) {
  ActivityInput in = raw;
  Validator v;
  if (!vocab::Parse<PropagandaKind>(in.kind)) {
    v.Fail("kind", "Loại hoạt động không hợp lệ: hãy chọn một loại trong danh mục.");
    return v.ToStatus().error();
  }
  CheckText(v, in.title, "title", "Tên, nội dung", 500, true);
  CheckDate(v, in.held_on, "held_on", "Ngày tổ chức", today, true);
  if (!in.ends_on.empty()) {
    const auto to = Date::Parse(in.ends_on);
    v.Check(to.has_value() && to->year() <= 2200, "ends_on", "Ngày kết thúc không hợp lệ.");
    const auto from = Date::Parse(in.held_on);
    if (to && from && *to < *from) v.Fail("ends_on", "Ngày kết thúc trước ngày tổ chức.");
  }
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  CheckFigures(v, in);
  if (Status s = v.ToStatus(); !s) return s.error();
  return in;
}

Result<PropagandaActivity> Finish(const Env& env, store::Transaction& tx, const Actor& actor,
                                  AuditEntry& audit, int64_t id) {
  return FinishWrite(env, tx, actor, audit, LoadActivity(tx, id), ActivityJson);
}

int64_t InsertActivity(store::Transaction& tx, int64_t org_id, const ActivityInput& in,
                       const std::string& now) {
  return tx
      .QueryRow(
          "INSERT INTO propaganda_activity (org_id, kind, held_on, ends_on, title, document_no, "
          "document_kind, invited, attended, points, entries, prizes, opinions, topics, "
          "summary, note, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {org_id, in.kind, in.held_on, OrNull(in.ends_on), text::Trim(in.title),
           OrNull(text::Trim(in.document_no)), OrNull(in.document_kind), OrNull(in.invited),
           OrNull(in.attended), OrNull(in.points), OrNull(in.entries), OrNull(in.prizes),
           OrNull(in.opinions), OrNull(text::Trim(in.topics)), OrNull(text::Trim(in.summary)),
           OrNull(text::Trim(in.note)), now, now, now})
      .Int(0);
}

}  // namespace

Result<PropagandaActivity> CreateActivity(const Env& env, const Actor& actor, int64_t org_id,
                                          const ActivityInput& raw) {
  auto in = CheckActivity(raw, Today(env));
  if (!in.ok()) return in.error();
  AuditEntry audit{
      .action = "propaganda.activity_create", .entity = "propaganda_activity", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kPropagandaWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const int64_t id = InsertActivity(tx, org_id, *in, FormatTimestamp(env.clock.Now()));
  audit.entity_id = std::to_string(id);
  return Finish(env, tx, actor, audit, id);
}

Result<PropagandaActivity> UpdateActivity(const Env& env, const Actor& actor, int64_t id,
                                          const ActivityInput& raw) {
  AuditEntry audit{.action = "propaganda.activity_update"};
  auto tx = BeginRecordWrite(env, actor, Table::kActivity, id, audit);
  if (!tx.ok()) return tx.error();
  const PropagandaActivity old = *LoadActivity(*tx, id);
  ActivityInput with_kind = raw;
  if (with_kind.kind.empty()) with_kind.kind = old.kind;
  if (with_kind.kind != old.kind) {
    return Error::Invalid("Không đổi loại hoạt động được; hãy hủy và ghi lại.",
                          {{"kind", "Khác loại đã ghi."}});
  }
  auto in = CheckActivity(with_kind, Today(env));
  if (!in.ok()) return in.error();
  if (in->expected_version != 0 && in->expected_version != old.version) {
    return Error::Conflict("version_conflict",
                           "Hoạt động đã được người khác cập nhật; hãy tải lại trang.");
  }
  audit.before = ActivityJson(old);
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "propaganda_activity", id,
                "held_on = ?, ends_on = ?, title = ?, document_no = ?, document_kind = ?, invited "
                "= ?, attended = ?, points = ?, entries = ?, prizes = ?, opinions = ?, topics = ?, "
                "summary = ?, note = ?, version = version + 1, updated_at = ?",
                {in->held_on, OrNull(in->ends_on), text::Trim(in->title),
                 OrNull(text::Trim(in->document_no)), OrNull(in->document_kind),
                 OrNull(in->invited), OrNull(in->attended), OrNull(in->points), OrNull(in->entries),
                 OrNull(in->prizes), OrNull(in->opinions), OrNull(text::Trim(in->topics)),
                 OrNull(text::Trim(in->summary)), OrNull(text::Trim(in->note)), now},
                now);
  return Finish(env, *tx, actor, audit, id);
}

Status VoidActivity(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidPropagandaRecord(
      env, actor, Table::kActivity, id, reason, "propaganda.activity_void",
      [id](store::Transaction& tx) { return ActivityJson(*LoadActivity(tx, id)); });
}

Result<int64_t> RecordStudyByUnits(const Env& env, const Actor& actor, int64_t org_id,
                                   const StudyBatchInput& batch) {
  if (batch.rows.empty() || batch.rows.size() > 5000) {
    return Error::Invalid("Cần từ 1 đến 5.000 đơn vị.", {{"rows", "Danh sách đơn vị trống."}});
  }
  std::vector<ActivityInput> rows;
  for (size_t i = 0; i < batch.rows.size(); ++i) {
    const StudyUnitRow& r = batch.rows[i];
    ActivityInput in{.kind = "study_session",
                     .held_on = r.held_on.empty() ? batch.held_on : r.held_on,
                     .title = batch.title,
                     .document_no = batch.document_no,
                     .document_kind = batch.document_kind,
                     .invited = r.invited,
                     .attended = r.attended};
    auto checked = CheckActivity(in, Today(env));
    if (!checked.ok()) {
      Error e = checked.error();
      return Error::Invalid("Dòng " + std::to_string(i + 1) + ": " + e.detail, e.fields);
    }
    rows.push_back(*checked);
  }
  AuditEntry audit{
      .action = "propaganda.activity_create", .entity = "propaganda_activity", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kPropagandaWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string root = tx.QueryRow("SELECT path FROM org WHERE id = ?", {org_id}).Text(0);
  const std::string now = FormatTimestamp(env.clock.Now());
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto unit = tx.QueryOne("SELECT path FROM org WHERE id = ?", {batch.rows[i].org_id});
    if (!unit || unit->Text(0).rfind(root, 0) != 0) {
      return Error::NotFound("Dòng " + std::to_string(i + 1) + ": " +
                             OrgNotFound(batch.rows[i].org_id).detail);
    }
    const int64_t id = InsertActivity(tx, batch.rows[i].org_id, rows[i], now);
    AuditEntry row{.action = "propaganda.activity_create",
                   .entity = "propaganda_activity",
                   .entity_id = std::to_string(id),
                   .org_id = batch.rows[i].org_id};
    row.after = ActivityJson(*LoadActivity(tx, id));
    RecordAudit(tx, actor, row, env.clock.Now());
  }
  tx.Commit();
  return static_cast<int64_t>(rows.size());
}

}  // namespace dangbo::service
