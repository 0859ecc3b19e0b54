// The Directive 05 model registrations and the public-opinion collaborators: recorded,
// changed, voided, each in the unit's subtree and audited in one transaction.
#include <string>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/propaganda/propaganda.h"
#include "service/propaganda/propaganda_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace propaganda_internal;  // NOLINT: this domain's own helpers

namespace {

// A member of the subtree `path` still in the party: nullopt, or the refusal.
std::optional<Error> CheckMember(store::Transaction& tx, const std::string& path, int64_t id,
                                 const char* field) {
  const auto m = LoadMemberState(tx, id);
  if (!m || m->org_path.rfind(path, 0) != 0) {
    return Error::Invalid("Không tìm thấy đảng viên có mã " + std::to_string(id) + " trong đơn vị.",
                          {{field, "Không có trong đơn vị."}});
  }
  if (m->status != "probationary" && m->status != "official" && m->status != "exempt") {
    return Error::Invalid(m->full_name + " không còn sinh hoạt đảng.",
                          {{field, "Không còn sinh hoạt đảng."}});
  }
  return std::nullopt;
}

std::string OrgPath(store::Transaction& tx, int64_t org_id) {
  return tx.QueryRow("SELECT path FROM org WHERE id = ?", {org_id}).Text(0);
}

Status CheckModel(const ModelInput& in, const Date& today) {
  Validator v;
  v.Check(in.year >= 2000 && in.year <= 2200, "year", "Năm đăng ký không hợp lệ.");
  v.Check(vocab::Parse<ModelKind>(in.kind).has_value(), "kind",
          "Loại mô hình không hợp lệ: tập thể hoặc cá nhân.");
  CheckText(v, in.name, "name", "Tên mô hình", 500, true);
  CheckDate(v, in.registered_on, "registered_on", "Ngày đăng ký", today, true);
  CheckDate(v, in.recognized_on, "recognized_on", "Ngày công nhận", today, false);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  if (in.kind == "individual" && !in.member_id) {
    v.Fail("member_id", "Điển hình cá nhân cần chọn đảng viên.");
  }
  if (Status s = v.ToStatus(); !s) return s;
  const Date reg = *Date::Parse(in.registered_on);
  if (reg.year() < in.year - 1 || reg.year() > in.year) {
    return Error::Invalid(
        "Ngày đăng ký phải trong năm " + std::to_string(in.year) + " hoặc cuối năm trước.",
        {{"registered_on", "Không khớp năm đăng ký."}});
  }
  if (!in.recognized_on.empty() && *Date::Parse(in.recognized_on) < reg) {
    return Error::Invalid("Ngày công nhận không được trước ngày đăng ký.",
                          {{"recognized_on", "Trước ngày đăng ký."}});
  }
  return Status::Ok();
}

Result<Directive05Model> FinishModel(const Env& env, store::Transaction& tx, const Actor& actor,
                                     AuditEntry& audit, int64_t id) {
  return FinishWrite(env, tx, actor, audit, LoadModel(tx, id), ModelJson);
}

Status CheckCollaborator(const CollaboratorInput& in, const Date& today) {
  Validator v;
  CheckDate(v, in.from_on, "from_on", "Ngày bắt đầu", today, true);
  if (!in.to_on.empty()) {
    const auto to = Date::Parse(in.to_on);
    const auto from = Date::Parse(in.from_on);
    v.Check(to.has_value() && to->year() <= 2200, "to_on", "Ngày thôi không hợp lệ.");
    if (to && from && !(*from < *to)) v.Fail("to_on", "Ngày thôi phải sau ngày bắt đầu.");
  }
  CheckText(v, in.decision_no, "decision_no", "Số quyết định", 100, false);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  return v.ToStatus();
}

// Whether member `member_id` already serves in a period overlapping [from, to) (other than
// record `except`).
bool Overlaps(store::Transaction& tx, int64_t member_id, const CollaboratorInput& in,
              int64_t except) {
  std::string sql =
      "SELECT 1 FROM opinion_collaborator WHERE member_id = ? AND id <> ? AND voided_at IS NULL "
      "AND (to_on IS NULL OR to_on > ?)";
  store::Params params = {member_id, except, in.from_on};
  if (!in.to_on.empty()) {
    sql += " AND from_on < ?";
    params.push_back(in.to_on);
  }
  return tx.QueryOne(sql, params).has_value();
}

Result<Collaborator> FinishCollaborator(const Env& env, store::Transaction& tx, const Actor& actor,
                                        AuditEntry& audit, int64_t id) {
  return FinishWrite(env, tx, actor, audit, LoadCollaborator(tx, id), CollaboratorJson);
}

Error AlreadyServing() {
  return Error::Conflict("collaborator_overlap",
                         "Đảng viên này đã là cộng tác viên trong khoảng thời gian đó.");
}

}  // namespace

Result<Directive05Model> CreateModel(const Env& env, const Actor& actor, int64_t org_id,
                                     const ModelInput& in) {
  if (Status s = CheckModel(in, Today(env)); !s) return s.error();
  AuditEntry audit{
      .action = "propaganda.model_create", .entity = "directive05_model", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kPropagandaWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const bool individual = in.kind == "individual";
  if (individual) {
    if (auto e = CheckMember(tx, OrgPath(tx, org_id), *in.member_id, "member_id")) return *e;
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO directive05_model (org_id, year, kind, member_id, name, registered_on, "
            "recognized_on, note, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?) RETURNING id",
            {org_id, int64_t{in.year}, in.kind, individual ? OrNull(in.member_id) : store::Null(),
             text::Trim(in.name), in.registered_on, OrNull(in.recognized_on),
             OrNull(text::Trim(in.note)), now, now, now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  return FinishModel(env, tx, actor, audit, id);
}

Result<Directive05Model> UpdateModel(const Env& env, const Actor& actor, int64_t id,
                                     const ModelInput& in) {
  if (Status s = CheckModel(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "propaganda.model_update"};
  auto tx = BeginRecordWrite(env, actor, Table::kModel, id, audit);
  if (!tx.ok()) return tx.error();
  const Directive05Model old = *LoadModel(*tx, id);
  if (in.expected_version != 0 && in.expected_version != old.version) {
    return Error::Conflict("version_conflict",
                           "Mô hình đã được người khác cập nhật; hãy tải lại trang.");
  }
  const bool individual = in.kind == "individual";
  if (individual && in.member_id != old.member_id) {
    if (auto e = CheckMember(*tx, OrgPath(*tx, old.org_id), *in.member_id, "member_id")) return *e;
  }
  audit.before = ModelJson(old);
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "directive05_model", id,
                "year = ?, kind = ?, member_id = ?, name = ?, registered_on = ?, recognized_on = "
                "?, note = ?, version = version + 1, updated_at = ?",
                {int64_t{in.year}, in.kind, individual ? OrNull(in.member_id) : store::Null(),
                 text::Trim(in.name), in.registered_on, OrNull(in.recognized_on),
                 OrNull(text::Trim(in.note)), now},
                now);
  return FinishModel(env, *tx, actor, audit, id);
}

Status VoidModel(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidPropagandaRecord(
      env, actor, Table::kModel, id, reason, "propaganda.model_void",
      [id](store::Transaction& tx) { return ModelJson(*LoadModel(tx, id)); });
}

Result<Collaborator> CreateCollaborator(const Env& env, const Actor& actor, int64_t org_id,
                                        const CollaboratorInput& in) {
  if (Status s = CheckCollaborator(in, Today(env)); !s) return s.error();
  if (in.member_id <= 0) {
    return Error::Invalid("Hãy chọn đảng viên.", {{"member_id", "Chưa chọn đảng viên."}});
  }
  AuditEntry audit{.action = "propaganda.collaborator_create",
                   .entity = "opinion_collaborator",
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kPropagandaWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  if (auto e = CheckMember(tx, OrgPath(tx, org_id), in.member_id, "member_id")) return *e;
  if (Overlaps(tx, in.member_id, in, 0)) return AlreadyServing();
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO opinion_collaborator (org_id, member_id, from_on, to_on, decision_no, "
            "note, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {org_id, in.member_id, in.from_on, OrNull(in.to_on), OrNull(text::Trim(in.decision_no)),
             OrNull(text::Trim(in.note)), now, now, now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  return FinishCollaborator(env, tx, actor, audit, id);
}

Result<Collaborator> UpdateCollaborator(const Env& env, const Actor& actor, int64_t id,
                                        const CollaboratorInput& in) {
  if (Status s = CheckCollaborator(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "propaganda.collaborator_update"};
  auto tx = BeginRecordWrite(env, actor, Table::kCollaborator, id, audit);
  if (!tx.ok()) return tx.error();
  const Collaborator old = *LoadCollaborator(*tx, id);
  if (in.expected_version != 0 && in.expected_version != old.version) {
    return Error::Conflict("version_conflict",
                           "Cộng tác viên đã được người khác cập nhật; hãy tải lại trang.");
  }
  if (Overlaps(*tx, old.member_id, in, id)) return AlreadyServing();
  audit.before = CollaboratorJson(old);
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(*tx, "opinion_collaborator", id,
                "from_on = ?, to_on = ?, decision_no = ?, note = ?, version = version + 1, "
                "updated_at = ?",
                {in.from_on, OrNull(in.to_on), OrNull(text::Trim(in.decision_no)),
                 OrNull(text::Trim(in.note)), now},
                now);
  return FinishCollaborator(env, *tx, actor, audit, id);
}

Status VoidCollaborator(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidPropagandaRecord(
      env, actor, Table::kCollaborator, id, reason, "propaganda.collaborator_void",
      [id](store::Transaction& tx) { return CollaboratorJson(*LoadCollaborator(tx, id)); });
}

}  // namespace dangbo::service
