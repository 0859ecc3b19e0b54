// The writes of members' own space: a member's request to correct their file, its handling by
// the unit, the member's own account; and the helpers the reads share.
#include <algorithm>
#include <stdexcept>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/kinds.h"
#include "service/core/validate.h"
#include "service/members/members.h"
#include "service/self/self.h"
#include "service/self/self_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace self_internal {

Result<OwnMemberRef> OwnMember(const Env& env, const Actor& actor) {
  store::Transaction tx = env.db.BeginRead();
  const auto row = tx.QueryOne(
      "SELECT m.id, m.org_id, o.path, m.status FROM app_user u JOIN member m ON m.id = "
      "u.member_id JOIN org o ON o.id = m.org_id WHERE u.id = ?",
      {actor.user_id});
  if (!row) {
    return Error::Rule("no_own_file",
                       "Tài khoản này chưa gắn với hồ sơ đảng viên nào: hãy đề nghị quản trị viên "
                       "của tổ chức tạo tài khoản từ hồ sơ của mình.");
  }
  if (!vocab::CodeHasFlag<MemberStatus>(row->Text(3), kStatusActive)) {
    return Error::Rule("own_file_closed",
                       "Hồ sơ đảng viên gắn với tài khoản này không còn sinh hoạt.");
  }
  return OwnMemberRef{row->Int(0), row->Int(1), row->Text(2)};
}

Actor Reader(const Actor& me, const OwnMemberRef& self) {
  Actor reader = me;
  reader.org_id = self.org_id;
  reader.org_path = self.org_path;
  reader.roles = {Role::kOrgStaff};
  return reader;
}

std::vector<CorrectionRequest> Corrections(store::Transaction& tx, const std::string& where,
                                           const std::vector<store::Value>& args) {
  std::vector<CorrectionRequest> out;
  tx.Each(
      "SELECT c.id, c.member_id, m.full_name, o.name, c.field, c.requested, c.note, c.state, "
      "c.created_at, c.resolved_at, c.resolved_by, c.resolution FROM correction_request c JOIN "
      "member m ON m.id = c.member_id JOIN org o ON o.id = m.org_id WHERE " +
          where + " ORDER BY CASE WHEN c.state = 'pending' THEN 0 ELSE 1 END, c.id DESC LIMIT 500",
      args, [&](const store::Row& r) {
        CorrectionRequest c;
        c.id = r.Int(0);
        c.member_id = r.Int(1);
        c.full_name = r.Text(2);
        c.org_name = r.Text(3);
        c.field = r.Text(4);
        c.field_label = "Nội dung khác";
        for (const FieldInfo& f : MemberFields()) {
          if (c.field == f.name) c.field_label = f.label;
        }
        c.requested = r.Text(5);
        c.note = r.OptText(6).value_or("");
        c.state = r.Text(7);
        c.created_at = r.Text(8);
        c.resolved_at = r.OptText(9).value_or("");
        c.resolved_by = r.OptText(10).value_or("");
        c.resolution = r.OptText(11).value_or("");
        out.push_back(std::move(c));
      });
  return out;
}

std::vector<CorrectionRequest> MemberCorrections(const Env& env, int64_t member_id) {
  store::Transaction tx = env.db.BeginRead();
  return Corrections(tx, "c.member_id = ?", {member_id});
}

}  // namespace self_internal

nlohmann::json CorrectionJson(const CorrectionRequest& c) {
  return {{"id", c.id},
          {"member_id", c.member_id},
          {"full_name", c.full_name},
          {"org_name", c.org_name},
          {"field", c.field},
          {"field_label", c.field_label},
          {"requested", c.requested},
          {"note", c.note},
          {"state", c.state},
          {"created_at", c.created_at},
          {"resolved_at", c.resolved_at},
          {"resolved_by", c.resolved_by},
          {"resolution", c.resolution}};
}

namespace {

bool KnownField(const std::string& name) {
  if (name == "other") return true;
  const auto& fields = MemberFields();
  return std::any_of(fields.begin(), fields.end(),
                     [&](const FieldInfo& f) { return name == f.name; });
}

CorrectionRequest LoadOne(store::Transaction& tx, int64_t id) {
  auto rows = self_internal::Corrections(tx, "c.id = ?", {id});
  if (rows.empty()) throw std::runtime_error("correction_request " + std::to_string(id));
  return rows.front();
}

}  // namespace

Result<CorrectionRequest> RequestCorrection(const Env& env, const Actor& actor,
                                            const CorrectionInput& in) {
  const std::string requested = text::Trim(in.requested);
  const std::string note = text::Trim(in.note);
  Validator v;
  v.Check(KnownField(in.field), "field", "Hãy chọn mục cần sửa trong hồ sơ.");
  v.Check(!requested.empty(), "requested", "Hãy ghi nội dung đúng cần sửa.");
  v.Check(text::IsValidUtf8(requested) && requested.size() <= 500, "requested",
          "Nội dung đề nghị tối đa 500 ký tự.");
  v.Check(text::IsValidUtf8(note) && note.size() <= 1000, "note", "Ghi chú tối đa 1.000 ký tự.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto self = self_internal::OwnMember(env, actor);
  if (!self.ok()) return self.error();
  AuditEntry audit{
      .action = "correction.request", .entity = "correction_request", .org_id = self->org_id};
  audit.after = {{"member_id", self->member_id}, {"field", in.field}, {"requested", requested}};
  store::Transaction tx = env.db.BeginWrite();
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO correction_request (member_id, user_id, field, requested, note, state, "
            "created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?) RETURNING id",
            {self->member_id, actor.user_id, in.field, requested,
             note.empty() ? store::Value(nullptr) : store::Value(note), now})
          .Int(0);
  audit.entity_id = std::to_string(id);
  RecordAudit(tx, actor, audit, env.clock.Now());
  CorrectionRequest out = LoadOne(tx, id);
  tx.Commit();
  return out;
}

Result<CorrectionRequest> ResolveCorrection(const Env& env, const Actor& actor, int64_t id,
                                            const std::string& state,
                                            const std::string& resolution_in) {
  const std::string resolution = text::Trim(resolution_in);
  Validator v;
  v.Check(state == "done" || state == "rejected", "state", "Chọn “Đã sửa hồ sơ” hoặc “Không sửa”.");
  v.Check(state != "rejected" || !resolution.empty(), "resolution",
          "Không sửa thì phải ghi lý do để đảng viên biết.");
  v.Check(text::IsValidUtf8(resolution) && resolution.size() <= 1000, "resolution",
          "Ghi chú tối đa 1.000 ký tự.");
  if (Status s = v.ToStatus(); !s) return s.error();
  int64_t org_id = 0;
  {
    store::Transaction rtx = env.db.BeginRead();
    const auto row = rtx.QueryOne(
        "SELECT m.org_id, o.path FROM correction_request c JOIN member m ON m.id = c.member_id "
        "JOIN org o ON o.id = m.org_id WHERE c.id = ?",
        {id});
    if (!row || !InScope(actor, row->Text(1))) {
      return Error::NotFound("Không tìm thấy đề nghị sửa hồ sơ có mã " + std::to_string(id) + ".");
    }
    org_id = row->Int(0);
  }
  AuditEntry audit{.action = "correction.resolve",
                   .entity = "correction_request",
                   .entity_id = std::to_string(id),
                   .org_id = org_id};
  audit.after = {{"state", state}, {"resolution", resolution}};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  if (LoadOne(tx, id).state != "pending") {
    return Error::Conflict("correction_resolved", "Đề nghị này đã được xử lý.");
  }
  tx.Exec(
      "UPDATE correction_request SET state = ?, resolution = ?, resolved_at = ?, resolved_by = ? "
      "WHERE id = ?",
      {state, resolution.empty() ? store::Value(nullptr) : store::Value(resolution),
       FormatTimestamp(env.clock.Now()),
       actor.display_name.empty() ? actor.username : actor.display_name, id});
  RecordAudit(tx, actor, audit, env.clock.Now());
  CorrectionRequest out = LoadOne(tx, id);
  tx.Commit();
  return out;
}

Result<User> CreateMemberAccount(const Env& env, const Actor& actor, int64_t member_id,
                                 const std::string& username, const std::string& password) {
  auto m = GetMember(env, actor, member_id);
  if (!m.ok()) return m.error();
  NewUser in;
  in.username = username;
  in.display_name = m->data.full_name;
  in.org_id = m->data.org_id;
  in.roles = {"member"};
  in.password = password;
  in.member_id = member_id;
  return CreateUser(env, actor, in);
}

}  // namespace dangbo::service
