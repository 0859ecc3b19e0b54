// Host units and committees, with validation, scope checks and audit.
#include "service/orgs/org_details.h"

#include <optional>
#include <string_view>
#include <utility>

#include "base/date.h"
#include "service/calendar/reference.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

nlohmann::json SeatJson(const CommitteeSeat& s) {
  return {{"id", s.id},
          {"org_id", s.org_id},
          {"term", s.term},
          {"person_name", s.person_name},
          {"position", s.position},
          {"heads_host_unit", s.heads_host_unit}};
}

}  // namespace

std::string PositionLabel(const std::string& p) {
  if (p == "secretary") return "Bí thư";
  if (p == "deputy_secretary") return "Phó Bí thư";
  if (p == "standing_member") return "Ủy viên Ban Thường vụ";
  if (p == "member") return "Cấp ủy viên";
  return p;
}

Result<HostUnit> CreateHostUnit(const Env& env, const Actor& actor, const HostUnit& raw) {
  // The catalogue is shared by every organization: root-scope admins only, checked first.
  AuditEntry audit{.action = "host_unit.create", .entity = "host_unit", .org_id = actor.org_id};
  if (Status s = Authorize(actor, Action::kGlobalWrite, actor.org_path); !s) {
    RecordRefusal(env.db, actor, audit, s.error(), env.clock.Now());
    return s.error();
  }
  HostUnit in = raw;
  in.name = text::Trim(in.name);
  Validator v;
  v.Check(!in.name.empty() && in.name.size() <= 300, "name",
          "Tên đơn vị không được để trống (tối đa 300 ký tự).");
  v.Check(HasCode(HostUnitKinds(), in.kind), "kind",
          "Loại đơn vị phải là cơ quan, đơn vị sự nghiệp, doanh nghiệp nhà nước, ngoài nhà nước "
          "hoặc tư nhân.");
  if (Status s = v.ToStatus(); !s) return s.error();
  store::Transaction tx = env.db.BeginWrite();
  if (tx.QueryOne("SELECT 1 FROM host_unit WHERE name = ?", {in.name})) {
    Error e = Error::Conflict("host_unit_exists", "Đơn vị “" + in.name + "” đã có trong danh mục.");
    e.fields.push_back({"name", "Đơn vị đã có trong danh mục."});
    return e;
  }
  in.id =
      tx.QueryRow("INSERT INTO host_unit (name, kind, created_at) VALUES (?, ?, ?) RETURNING id",
                  {in.name, in.kind, FormatTimestamp(env.clock.Now())})
          .Int(0);
  audit.entity_id = std::to_string(in.id);
  audit.after = {{"id", in.id}, {"name", in.name}, {"kind", in.kind}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return in;
}

Result<std::vector<HostUnit>> ListHostUnits(const Env& env, const Actor& actor) {
  if (!RoleAllows(actor, Action::kOrgRead)) return Error::Forbidden("Không có quyền xem danh mục.");
  store::Transaction tx = env.db.BeginRead();
  std::vector<HostUnit> out;
  tx.Each("SELECT id, name, kind FROM host_unit ORDER BY name", {}, [&](const store::Row& r) {
    out.push_back({r.Int(0), r.Text(1), r.Text(2)});
  });
  return out;
}

namespace {

// "2020–2025" (or "2020-2025", spaces allowed around the dash) -> {2020, 2025}; parsed by
// hand in one pass, never by a backtracking regex.
std::optional<std::pair<int, int>> ParseTerm(std::string_view s) {
  size_t i = 0;
  auto year = [&](int* out) {
    if (i + 4 > s.size()) return false;
    *out = 0;
    for (size_t k = 0; k < 4; ++k, ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      *out = *out * 10 + (s[i] - '0');
    }
    return true;
  };
  auto spaces = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  };
  int from = 0, to = 0;
  if (!year(&from)) return std::nullopt;
  spaces();
  if (s.substr(i, 1) == "-") {
    i += 1;
  } else if (s.substr(i, 3) == "\xE2\x80\x93") {  // '–' (en dash)
    i += 3;
  } else {
    return std::nullopt;
  }
  spaces();
  if (!year(&to) || i != s.size()) return std::nullopt;
  return std::pair{from, to};
}

}  // namespace

Result<CommitteeSeat> AddCommitteeSeat(const Env& env, const Actor& actor,
                                       const CommitteeSeat& raw) {
  // Bounded before anything else, so no check below works on unbounded text.
  if (raw.term.size() > 64 || raw.person_name.size() > 400 || raw.position.size() > 64) {
    return Error::Invalid("Nhiệm kỳ, họ tên hoặc chức vụ dài quá mức cho phép.",
                          {{"term", "Nhiệm kỳ ghi dạng “2020–2025”."}});
  }
  AuditEntry audit{
      .action = "committee.add", .entity = "org_committee_member", .org_id = raw.org_id};
  // Authorization first: a refused actor gets no work done on their input.
  auto txr = BeginAuthorizedWrite(env, actor, Action::kOrgWrite, raw.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  CommitteeSeat in = raw;
  in.person_name = text::Trim(in.person_name);
  in.term = text::Trim(in.term);
  Validator v;
  const auto term = ParseTerm(in.term);
  if (!term || term->second <= term->first) {
    v.Fail("term", "Nhiệm kỳ ghi dạng “2020–2025”.");
  } else {
    in.term = std::to_string(term->first) + "–" + std::to_string(term->second);
  }
  v.Check(!in.person_name.empty(), "person_name", "Họ tên cấp ủy viên không được để trống.");
  v.Check(in.person_name.size() <= 300, "person_name", "Họ tên dài quá 100 ký tự.");
  v.Check(in.position == "secretary" || in.position == "deputy_secretary" ||
              in.position == "standing_member" || in.position == "member",
          "position",
          "Chức vụ phải là Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ hoặc Cấp ủy viên.");
  const auto from = Date::Parse(in.from_date), to = Date::Parse(in.to_date);
  v.Check(in.from_date.empty() || from, "from_date", "Ngày bắt đầu phải là một ngày có thật.");
  v.Check(in.to_date.empty() || to, "to_date", "Ngày kết thúc phải là một ngày có thật.");
  if (from && to && *to < *from) v.Fail("to_date", "Ngày kết thúc không được trước ngày bắt đầu.");
  if (in.member_id) {
    // The seat's member must be a member of this organization or of a unit under it.
    const auto org = tx.QueryOne("SELECT path FROM org WHERE id = ?", {in.org_id});
    const auto member = tx.QueryOne("SELECT org_path FROM member WHERE id = ?", {*in.member_id});
    if (!org || !member || member->Text(0).rfind(org->Text(0), 0) != 0) {
      v.Fail("member_id", "Không tìm thấy đảng viên này trong tổ chức.");
    }
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  if (in.position == "secretary" &&
      tx.QueryOne("SELECT 1 FROM org_committee_member WHERE org_id = ? AND term = ? AND position = "
                  "'secretary' AND to_date IS NULL",
                  {in.org_id, in.term})) {
    return Error::Conflict(
        "secretary_exists",
        "Nhiệm kỳ " + in.term + " đã có Bí thư đương nhiệm; hãy cho thôi trước.");
  }
  in.id = tx.QueryRow(
                "INSERT INTO org_committee_member (org_id, term, person_name, member_id, "
                "position, heads_host_unit, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?) RETURNING id",
                {in.org_id, in.term, in.person_name, store::Opt(in.member_id), in.position,
                 store::Bool(in.heads_host_unit),
                 in.from_date.empty() ? store::Value(nullptr) : store::Value(in.from_date),
                 in.to_date.empty() ? store::Value(nullptr) : store::Value(in.to_date)})
              .Int(0);
  audit.entity_id = std::to_string(in.id);
  audit.after = SeatJson(in);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return in;
}

Status RemoveCommitteeSeat(const Env& env, const Actor& actor, int64_t org_id, int64_t seat_id) {
  AuditEntry audit{.action = "committee.remove",
                   .entity = "org_committee_member",
                   .entity_id = std::to_string(seat_id),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kOrgWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const auto row = tx.QueryOne(
      "SELECT term, person_name, position FROM org_committee_member "
      "WHERE id = ? AND org_id = ?",
      {seat_id, org_id});
  if (!row) return Error::NotFound("Không tìm thấy cấp ủy viên này.");
  tx.Exec("DELETE FROM org_committee_member WHERE id = ?", {seat_id});
  audit.before = {
      {"term", row->Text(0)}, {"person_name", row->Text(1)}, {"position", row->Text(2)}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return Status::Ok();
}

Result<std::vector<CommitteeSeat>> ListCommittee(const Env& env, const Actor& actor,
                                                 int64_t org_id) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  store::Transaction tx = env.db.BeginRead();
  std::vector<CommitteeSeat> out;
  tx.Each(
      "SELECT id, org_id, term, person_name, member_id, position, heads_host_unit, from_date, "
      "to_date FROM org_committee_member WHERE org_id = ? ORDER BY term DESC, CASE position "
      "WHEN 'secretary' THEN 0 WHEN 'deputy_secretary' THEN 1 WHEN 'standing_member' THEN 2 "
      "ELSE 3 END, person_name",
      {org_id}, [&](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.OptInt(4), r.Text(5), r.Bool(6),
                       r.OptText(7).value_or(""), r.OptText(8).value_or("")});
      });
  return out;
}

}  // namespace dangbo::service
