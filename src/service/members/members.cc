// Creating, changing and reading member files. A new file derives the member's history
// from its dates: probationary from admission, official from the official date, in the
// chosen unit (the lifecycle records later moves as events).
#include "service/members/members.h"

#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/members/member_checks_internal.h"
#include "service/members/member_spans.h"
#include "service/members/member_writer.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

std::vector<SubRecord>* RecordsOf(MemberInput& in, std::string_view kind) {
  if (kind == "work") return &in.work;
  if (kind == "training") return &in.training;
  if (kind == "reward") return &in.rewards;
  return &in.family;
}

store::Value Nullable(const std::string& s) {
  return s.empty() ? store::Value(nullptr) : store::Value(s);
}

// The stored columns in MemberFields() order, after org_id/status.
std::string ColumnList() {
  std::string cols;
  for (const auto& f : MemberFields()) cols += std::string(cols.empty() ? "" : ", ") + f.name;
  return cols;
}

Member LoadMemberRow(store::Transaction& tx, const store::Row& r) {
  Member m;
  m.id = r.Int(0);
  m.data.org_id = r.Int(1);
  m.status = r.Text(2);
  m.version = r.Int(3);
  m.created_at = r.Text(4);
  m.updated_at = r.Text(5);
  m.org_name = r.Text(6);
  m.org_path = r.Text(7);
  size_t i = 8;
  for (const auto& f : MemberFields()) SetMemberField(m.data, f.name, r.OptText(i++).value_or(""));
  tx.Each(
      "SELECT kind, from_date, to_date, title, detail FROM member_record WHERE member_id = ? "
      "ORDER BY kind, position",
      {m.id}, [&](const store::Row& rr) {
        RecordsOf(m.data, rr.Text(0))
            ->push_back({rr.OptText(1).value_or(""), rr.OptText(2).value_or(""), rr.Text(3),
                         rr.OptText(4).value_or("")});
      });
  return m;
}

std::optional<Member> LoadMember(store::Transaction& tx, int64_t id) {
  const auto row = tx.QueryOne(
      "SELECT m.id, m.org_id, m.status, m.version, m.created_at, m.updated_at, o.name, o.path, " +
          ColumnList() + " FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = ?",
      {id});
  if (!row) return std::nullopt;
  return LoadMemberRow(tx, *row);
}

void Mask(Member& m) {
  for (const auto& f : MemberFields()) {
    if (f.sensitive) SetMemberField(m.data, f.name, "");
  }
  m.data.family.clear();
  m.masked = true;
}

nlohmann::json RecordsJson(const std::vector<SubRecord>& rs) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& r : rs) {
    a.push_back({{"from_date", r.from_date},
                 {"to_date", r.to_date},
                 {"title", r.title},
                 {"detail", r.detail}});
  }
  return a;
}

// The unit must be live and branch-like.
Result<Org> CheckUnit(store::Transaction& tx, int64_t org_id) {
  auto org = LoadOrg(tx, org_id);
  if (!org) return Error::Invalid("Không tìm thấy chi bộ.", {{"org_id", "Chi bộ không tồn tại."}});
  if (!org->ended_on.empty()) {
    return Error::Invalid("“" + org->name + "” đã kết thúc hoạt động.",
                          {{"org_id", "Chi bộ đã kết thúc hoạt động."}});
  }
  if (org->kind != OrgKind::kGrassrootsBranch && org->kind != OrgKind::kBranch) {
    return Error::Invalid("Đảng viên chỉ sinh hoạt ở chi bộ cơ sở hoặc chi bộ trực thuộc; “" +
                              org->name + "” là " + std::string(vocab::Label(org->kind)) + ".",
                          {{"org_id", "Hãy chọn một chi bộ."}});
  }
  return *org;
}

store::Params FieldParams(const MemberInput& in) {
  store::Params p;
  for (const auto& f : MemberFields()) p.push_back(Nullable(GetMemberField(in, f.name)));
  return p;
}

}  // namespace

DuplicateCheck FindDuplicates(store::Transaction& tx, const Actor& actor, const MemberInput& in,
                              int64_t exclude_id) {
  DuplicateCheck out;
  std::set<int64_t> seen;
  auto collect = [&](const std::string& where, const store::Params& params, const char* reason) {
    const bool by_id = where.find("national_id") != std::string::npos;
    tx.Each(
        "SELECT m.id, m.full_name, m.birth_date, o.name, m.org_path FROM member m JOIN org o ON "
        "o.id = m.org_id WHERE " +
            where + " AND m.id <> ? ORDER BY m.id LIMIT 20",
        params, [&](const store::Row& r) {
          if (!InScope(actor, r.Text(4))) {
            out.national_id_elsewhere |= by_id;
            return;
          }
          if (seen.insert(r.Int(0)).second) {
            out.inside.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), reason, by_id});
          }
        });
  };
  if (!in.national_id.empty()) {
    collect("m.national_id = ?", {in.national_id, exclude_id}, "Trùng số CCCD");
  }
  collect("m.name_key = ? AND m.birth_date = ?",
          {text::Fold(in.full_name), in.birth_date, exclude_id}, "Trùng họ tên và ngày sinh");
  return out;
}

std::string NationalIdElsewhereText() {
  return "Số CCCD này đã được đăng ký cho một đảng viên ở tổ chức đảng ngoài phạm vi quản lý "
         "của bạn. Hãy liên hệ cấp ủy cấp trên để xác minh.";
}

Error DuplicateError(const DuplicateCheck& dups) {
  std::string list;
  for (const auto& d : dups.inside) {
    if (!list.empty()) list += "; ";
    list += d.full_name + " (mã " + std::to_string(d.id) + ", sinh " +
            Date::Parse(d.birth_date)->Vietnamese() + ", " + d.org_name + ": " + d.reason + ")";
  }
  std::string detail;
  if (!list.empty()) detail = "Có thể trùng với đảng viên đã có: " + list + ". ";
  if (dups.national_id_elsewhere) detail += NationalIdElsewhereText() + " ";
  Error e = Error::Conflict("possible_duplicate",
                            detail + "Nếu đúng là người khác, hãy xác nhận để lưu.");
  e.fields.push_back({"confirm_duplicate", "Hãy kiểm tra và xác nhận không trùng."});
  return e;
}

// Unique card and record numbers, as field errors.
Status CheckUnique(store::Transaction& tx, const MemberInput& in, int64_t exclude_id) {
  Validator v;
  if (!in.card_no.empty() &&
      tx.QueryOne("SELECT 1 FROM member WHERE card_no = ? AND id <> ?", {in.card_no, exclude_id})) {
    v.Fail("card_no", "Số thẻ đảng viên " + in.card_no + " đã được cấp cho người khác.");
  }
  if (!in.record_no.empty() && tx.QueryOne("SELECT 1 FROM member WHERE record_no = ? AND id <> ?",
                                           {in.record_no, exclude_id})) {
    v.Fail("record_no", "Số lý lịch " + in.record_no + " đã có trong hệ thống.");
  }
  if (v.ok()) return Status::Ok();
  Error e = v.ToStatus().error();
  e.kind = ErrorKind::kConflict;
  e.code = "duplicate_number";
  e.title = "Trùng số";
  return e;
}

bool SeesSensitive(const Actor& a) {
  return a.Has(Role::kAdmin) || a.Has(Role::kOrgStaff) || a.Has(Role::kInspectionStaff);
}

Error MemberNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(id) + ".");
}

Result<MemberUnit> ReadableMemberUnit(store::Transaction& tx, const Actor& actor, int64_t id) {
  const auto r = tx.QueryOne("SELECT org_id, org_path FROM member WHERE id = ?", {id});
  if (!r || !InScope(actor, r->Text(1))) return MemberNotFound(id);
  if (Status s = Authorize(actor, Action::kMemberRead, r->Text(1)); !s) return s.error();
  return MemberUnit{r->Int(0), r->Text(1)};
}

Result<Member> CreateMember(const Env& env, const Actor& actor, const MemberInput& raw) {
  MemberInput in = NormalizeMember(raw);
  const Date today = service::Today(env);
  Validator v;
  ValidateMember(in, today, v);
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "member.create", .entity = "member", .org_id = in.org_id};
  audit.after = {{"full_name", in.full_name}, {"org_id", in.org_id}};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, in.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  auto unit = CheckUnit(tx, in.org_id);
  if (!unit.ok()) return unit.error();
  if (Status s = CheckUnique(tx, in, 0); !s) return s.error();
  if (!in.confirm_duplicate) {
    if (auto dups = FindDuplicates(tx, actor, in, 0); !dups.empty()) return DuplicateError(dups);
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  MemberWriter writer(tx, actor.username, now);
  const int64_t id = writer.Add(in, DeriveMemberRows(in, unit->established_on), unit->path);
  writer.Flush();
  Member m = store::Must(LoadMember(tx, id), "member " + std::to_string(id));
  audit.entity_id = std::to_string(id);
  audit.after = MemberJson(m);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  if (!SeesSensitive(actor)) Mask(m);
  return m;
}

Result<Member> UpdateMember(const Env& env, const Actor& actor, int64_t id, const MemberInput& raw,
                            int64_t expected_version) {
  MemberInput in = NormalizeMember(raw);
  const Date today = service::Today(env);
  std::optional<Member> before;
  {
    store::Transaction tx = env.db.BeginRead();
    before = LoadMember(tx, id);
  }
  if (!before || !InScope(actor, before->org_path)) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(id) + ".");
  }
  // The unit changes only through transfers (lifecycle); the dates only while the history
  // is still the one derived from them.
  in.org_id = before->data.org_id;
  if (!SeesSensitive(actor)) {
    for (const auto& f : MemberFields()) {
      if (f.sensitive) SetMemberField(in, f.name, GetMemberField(before->data, f.name));
    }
    in.family = before->data.family;
  }
  Validator v;
  ValidateMember(in, today, v);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "member.update",
                   .entity = "member",
                   .entity_id = std::to_string(id),
                   .org_id = before->data.org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, before->data.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const auto current = LoadMember(tx, id);
  if (current->version != expected_version) {
    return Error::Conflict("version_conflict",
                           "Hồ sơ đã được người khác sửa trong lúc bạn sửa (phiên bản " +
                               std::to_string(current->version) +
                               "). Hãy tải lại hồ sơ rồi sửa lại.");
  }
  const bool dates_changed =
      current->data.admitted_on != in.admitted_on || current->data.official_on != in.official_on;
  if (dates_changed) {
    const int64_t other = tx.QueryRow(
                                "SELECT COUNT(*) FROM member_event WHERE member_id = ? AND "
                                "voided_at IS NULL AND kind NOT IN ('admitted', "
                                "'recognized', 'card_issued')",
                                {id})
                              .Int(0);
    if (other > 0) {
      return Error::Rule(
          "history_locked",
          "Đảng viên đã có sự kiện chuyển sinh hoạt hoặc thay đổi khác: sửa ngày vào "
          "Đảng / chính thức bằng cách hủy và ghi lại sự kiện tương ứng.");
    }
  }
  if (Status s = CheckUnique(tx, in, id); !s) return s.error();
  if (!in.confirm_duplicate &&
      (current->data.full_name != in.full_name || current->data.birth_date != in.birth_date ||
       current->data.national_id != in.national_id)) {
    if (auto dups = FindDuplicates(tx, actor, in, id); !dups.empty()) return DuplicateError(dups);
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  std::string sets;
  for (const auto& f : MemberFields()) sets += std::string(", ") + f.name + " = ?";
  store::Params params = {text::Fold(in.full_name), text::NameSortKey(in.full_name), now};
  const store::Params fields = FieldParams(in);
  params.insert(params.end(), fields.begin(), fields.end());
  params.push_back(id);
  tx.Exec("UPDATE member SET name_key = ?, sort_key = ?, updated_at = ?, version = version + 1" +
              sets + " WHERE id = ?",
          params);
  const std::string unit_start =
      tx.QueryRow("SELECT established_on FROM org WHERE id = ?", {in.org_id}).Text(0);
  const MemberRows rows = DeriveMemberRows(in, unit_start);
  ReplaceMemberTokens(tx, id, rows.tokens);
  ReplaceMemberRecords(tx, id, in);
  if (dates_changed) ReplaceDerivedHistory(tx, id, in.org_id, rows, actor.username, now);
  Member after = store::Must(LoadMember(tx, id), "member " + std::to_string(id));
  audit.before = MemberJson(*current);
  audit.after = MemberJson(after);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  if (!SeesSensitive(actor)) Mask(after);
  return after;
}

Result<Member> GetMember(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto m = LoadMember(tx, id);
  if (!m || !InScope(actor, m->org_path)) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(id) + ".");
  }
  if (Status s = Authorize(actor, Action::kMemberRead, m->org_path); !s) return s.error();
  if (!SeesSensitive(actor)) Mask(*m);
  return *m;
}

Result<std::vector<MemberEventRow>> MemberTimeline(const Env& env, const Actor& actor, int64_t id) {
  auto m = GetMember(env, actor, id);
  if (!m.ok()) return m.error();
  store::Transaction tx = env.db.BeginRead();
  std::vector<MemberEventRow> out;
  tx.Each(
      "SELECT e.id, e.kind, e.occurred_on, e.org_id, o.name, e.decision_no, e.detail_json, "
      "e.recorded_by, e.voided_at FROM member_event e LEFT JOIN org o ON o.id = e.org_id "
      "WHERE e.member_id = ? ORDER BY e.occurred_on, e.id",
      {id}, [&](const store::Row& r) {
        out.push_back({r.Int(0), r.Text(1), r.Text(2), r.OptInt(3), r.OptText(4).value_or(""),
                       r.OptText(5).value_or(""), r.OptText(6).value_or(""), r.Text(7),
                       r.OptText(8).value_or("")});
      });
  return out;
}

nlohmann::json MemberJson(const Member& m) {
  nlohmann::json j = {{"id", m.id},
                      {"org_id", m.data.org_id},
                      {"org_name", m.org_name},
                      {"status", m.status},
                      {"status_label", StatusLabel(m.status)},
                      {"version", m.version},
                      {"masked", m.masked},
                      {"created_at", m.created_at},
                      {"updated_at", m.updated_at}};
  for (const auto& f : MemberFields()) j[f.name] = GetMemberField(m.data, f.name);
  j["work"] = RecordsJson(m.data.work);
  j["training"] = RecordsJson(m.data.training);
  j["rewards"] = RecordsJson(m.data.rewards);
  j["family"] = RecordsJson(m.data.family);
  return j;
}

}  // namespace dangbo::service
