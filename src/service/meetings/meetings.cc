// Meetings: the vocabularies, the JSON shape, loading, reading and listing.
#include "service/meetings/meetings.h"

#include <array>

#include "service/core/access.h"
#include "service/meetings/meetings_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using MK = MeetingKind;
constexpr std::array<vocab::Entry<MK>, 4> kKinds = {{
    {MK::kRegular, "regular", "Sinh hoạt thường kỳ"},
    {MK::kThematic, "thematic", "Sinh hoạt chuyên đề"},
    {MK::kCommittee, "committee", "Họp cấp ủy"},
    {MK::kGrassrootsCommittee, "grassroots_committee", "Sinh hoạt toàn đảng bộ cơ sở"},
}};
static_assert(vocab::WellFormed<MK>(kKinds));

using MS = MeetingStatus;
constexpr std::array<vocab::Entry<MS>, 2> kStatuses = {{
    {MS::kPlanned, "planned", "Kế hoạch"},
    {MS::kHeld, "held", "Đã sinh hoạt"},
}};
static_assert(vocab::WellFormed<MS>(kStatuses));

using AS = AttendanceStatus;
constexpr std::array<vocab::Entry<AS>, 4> kAttendance = {{
    {AS::kPresent, "present", "Có mặt"},
    {AS::kLate, "late", "Đến muộn"},
    {AS::kExcused, "excused", "Vắng có lý do"},
    {AS::kUnexcused, "unexcused", "Vắng không lý do"},
}};
static_assert(vocab::WellFormed<AS>(kAttendance));

using MQ = MeetingQuality;
constexpr std::array<vocab::Entry<MQ>, 4> kQuality = {{
    {MQ::kGood, "good", "Tốt"},
    {MQ::kFair, "fair", "Khá"},
    {MQ::kAverage, "average", "Trung bình"},
    {MQ::kWeak, "weak", "Kém"},
}};
static_assert(vocab::WellFormed<MQ>(kQuality));

constexpr const char* kSelect =
    "SELECT x.id, x.org_id, o.name, x.kind, x.status, x.planned_on, x.held_on, x.topic, "
    "x.chair_member_id, x.chair_name, x.recorder_member_id, x.recorder_name, "
    "x.higher_member_id, x.higher_name, x.resolution, x.quality, x.minutes_name, "
    "x.minutes_type, x.minutes_size, x.version, x.created_at, x.updated_at, o.path, "
    "x.present_count, x.late_count, x.excused_count, x.unexcused_count FROM meeting x JOIN org "
    "o ON o.id = x.org_id ";

std::string S(const store::Row& r, size_t i) { return r.OptText(i).value_or(""); }

Meeting FromRow(const store::Row& r) {
  Meeting m;
  m.id = r.Int(0);
  m.org_id = r.Int(1);
  m.org_name = r.Text(2);
  m.kind = r.Text(3);
  m.status = r.Text(4);
  m.planned_on = S(r, 5);
  m.held_on = S(r, 6);
  m.topic = r.Text(7);
  m.chair_member_id = r.OptInt(8);
  m.chair_name = S(r, 9);
  m.recorder_member_id = r.OptInt(10);
  m.recorder_name = S(r, 11);
  m.higher_member_id = r.OptInt(12);
  m.higher_name = S(r, 13);
  m.resolution = S(r, 14);
  m.quality = S(r, 15);
  m.minutes_name = S(r, 16);
  m.minutes_type = S(r, 17);
  m.minutes_size = r.OptInt(18).value_or(0);
  m.version = r.Int(19);
  m.created_at = r.Text(20);
  m.updated_at = r.Text(21);
  m.present = r.Int(23);
  m.late = r.Int(24);
  m.excused = r.Int(25);
  m.unexcused = r.Int(26);
  m.marked = m.present + m.late + m.excused + m.unexcused;
  if (m.marked > 0) {
    m.attendance_percent =
        100.0 * static_cast<double>(m.present + m.late) / static_cast<double>(m.marked);
  }
  return m;
}

nlohmann::json OptId(const std::optional<int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::span<const vocab::Entry<MeetingKind>> VocabOf(MeetingKind) { return kKinds; }
std::span<const vocab::Entry<MeetingStatus>> VocabOf(MeetingStatus) { return kStatuses; }
std::span<const vocab::Entry<AttendanceStatus>> VocabOf(AttendanceStatus) { return kAttendance; }
std::span<const vocab::Entry<MeetingQuality>> VocabOf(MeetingQuality) { return kQuality; }

bool Attended(const std::string& status) { return status == "present" || status == "late"; }

nlohmann::json MeetingJson(const Meeting& m) {
  return {{"id", m.id},
          {"org_id", m.org_id},
          {"org_name", m.org_name},
          {"kind", m.kind},
          {"status", m.status},
          {"planned_on", m.planned_on},
          {"held_on", m.held_on},
          {"topic", m.topic},
          {"chair_member_id", OptId(m.chair_member_id)},
          {"chair_name", m.chair_name},
          {"recorder_member_id", OptId(m.recorder_member_id)},
          {"recorder_name", m.recorder_name},
          {"higher_member_id", OptId(m.higher_member_id)},
          {"higher_name", m.higher_name},
          {"resolution", m.resolution},
          {"quality", m.quality},
          {"minutes_name", m.minutes_name},
          {"minutes_type", m.minutes_type},
          {"minutes_size", m.minutes_size},
          {"version", m.version},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at},
          {"attendance",
           {{"marked", m.marked},
            {"present", m.present},
            {"late", m.late},
            {"excused", m.excused},
            {"unexcused", m.unexcused},
            {"percent", m.attendance_percent ? nlohmann::json(*m.attendance_percent)
                                             : nlohmann::json(nullptr)}}}};
}

namespace meetings_internal {

std::optional<Meeting> LoadMeeting(store::Transaction& tx, int64_t id, std::string* path) {
  const auto row =
      tx.QueryOne(std::string(kSelect) + "WHERE x.id = ? AND x.voided_at IS NULL", {id});
  if (!row) return std::nullopt;
  if (path) *path = row->Text(22);
  return FromRow(*row);
}

Status CheckReader(const Actor& actor) {
  if (RoleAllows(actor, Action::kMemberRead)) return Status::Ok();
  return Error::Forbidden("Vai trò của bạn không được xem sinh hoạt chi bộ.");
}

bool KindFits(const std::string& org_kind, const std::string& kind) {
  const bool branch = org_kind == "grassroots_branch" || org_kind == "branch";
  if (kind == "regular" || kind == "thematic") return branch;
  if (kind == "committee") return org_kind != "branch";
  if (kind == "grassroots_committee") return org_kind == "grassroots_committee";
  return false;
}

}  // namespace meetings_internal

Error MeetingNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy buổi sinh hoạt có mã " + std::to_string(id) + ".");
}

Result<Meeting> GetMeeting(const Env& env, const Actor& actor, int64_t id) {
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  std::string path;
  auto m = meetings_internal::LoadMeeting(tx, id, &path);
  if (!m || !InScope(actor, path)) return MeetingNotFound(id);
  return *m;
}

Result<Page<Meeting>> ListMeetings(const Env& env, const Actor& actor, const MeetingQuery& q) {
  const int64_t org_id = q.org_id > 0 ? q.org_id : actor.org_id;
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  Validator v;
  v.Check(q.kind.empty() || vocab::Parse<MeetingKind>(q.kind).has_value(), "kind",
          "Loại buổi sinh hoạt không hợp lệ.");
  v.Check(q.status.empty() || vocab::Parse<MeetingStatus>(q.status).has_value(), "status",
          "Trạng thái không hợp lệ.");
  v.Check(q.year == 0 || (q.year >= 1930 && q.year <= 2200), "year", "Năm không hợp lệ.");
  if (!v.ok()) return v.ToStatus().error();
  const PathRange r = SubtreeRange(org->path);
  PagedSql sql;
  sql.select = kSelect;
  sql.count_from = "FROM meeting x JOIN org o ON o.id = x.org_id ";
  sql.where = "WHERE x.voided_at IS NULL AND o.path >= ? AND o.path < ?";
  sql.params = {r.lo, r.hi};
  if (q.year > 0) {
    const std::string lo = Date(q.year, 1, 1).Iso(), hi = Date(q.year, 12, 31).Iso();
    sql.where +=
        " AND COALESCE(x.held_on, x.planned_on) >= ? AND COALESCE(x.held_on, "
        "x.planned_on) <= ?";
    sql.params.push_back(lo);
    sql.params.push_back(hi);
  }
  if (!q.kind.empty()) {
    sql.where += " AND x.kind = ?";
    sql.params.push_back(q.kind);
  }
  if (!q.status.empty()) {
    sql.where += " AND x.status = ?";
    sql.params.push_back(q.status);
  }
  sql.order = " ORDER BY COALESCE(x.held_on, x.planned_on) DESC, o.path, x.id";
  store::Transaction tx = env.db.BeginRead();
  Page<Meeting> page;
  page.total = EachOnPage(tx, sql, q.page, q.page_size,
                          [&](const store::Row& row) { page.items.push_back(FromRow(row)); });
  return page;
}

}  // namespace dangbo::service
