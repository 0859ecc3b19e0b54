// Attendance at a held meeting: the roster of the unit on the meeting's date (members away
// on a temporary transfer attend where they are) and the marks, one member at a time.
#include <map>
#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "service/meetings/meetings_internal.h"

namespace dangbo::service {

namespace meetings_internal {

namespace {

// A temporary stay covering the date `?` (twice): confirmed, or returned after it.
constexpr const char* kAwayOn =
    "t.kind = 'temporary' AND t.state IN ('confirmed', 'returned') AND t.effective_on <= ? AND "
    "(t.returned_on IS NULL OR t.returned_on > ?)";

}  // namespace

std::vector<Attendee> RosterOf(store::Transaction& tx, int64_t org_id, const std::string& on) {
  std::vector<Attendee> out;
  const std::string sql =
      std::string(
          "SELECT m.id, m.full_name, NULL, m.sort_key FROM member_span s JOIN member m ON m.id "
          "= s.member_id WHERE s.org_id = ? AND s.valid_from <= ? AND (s.valid_to IS NULL OR "
          "s.valid_to > ?) AND s.status IN ('probationary', 'official') AND NOT EXISTS (SELECT "
          "1 FROM member_transfer t WHERE t.member_id = m.id AND ") +
      kAwayOn +
      ") UNION ALL SELECT m.id, m.full_name, ho.name, m.sort_key FROM member_transfer t JOIN "
      "member m ON m.id = t.member_id JOIN member_span s ON s.member_id = m.id AND s.valid_from "
      "<= ? AND (s.valid_to IS NULL OR s.valid_to > ?) JOIN org ho ON ho.id = s.org_id WHERE "
      "t.to_org_id = ? AND s.status IN ('probationary', 'official') AND " +
      kAwayOn + " ORDER BY 4, 1";
  tx.Each(sql, {org_id, on, on, on, on, on, on, org_id, on, on}, [&](const store::Row& r) {
    Attendee a;
    a.member_id = r.Int(0);
    a.full_name = r.Text(1);
    a.visiting = !r.IsNull(2);
    a.home_org_name = r.OptText(2).value_or("");
    out.push_back(std::move(a));
  });
  return out;
}

}  // namespace meetings_internal

std::vector<Attendee> UnitRosterOn(store::Transaction& tx, int64_t org_id, const std::string& on) {
  return meetings_internal::RosterOf(tx, org_id, on);
}

namespace {

using meetings_internal::LoadMeeting;
using meetings_internal::RosterOf;

// The roster with the marks taken so far.
std::vector<Attendee> MarkedRoster(store::Transaction& tx, const Meeting& m) {
  if (m.held_on.empty()) return {};
  std::vector<Attendee> roster = RosterOf(tx, m.org_id, m.held_on);
  std::map<int64_t, std::string> marks;
  tx.Each("SELECT member_id, status FROM meeting_attendance WHERE meeting_id = ?", {m.id},
          [&](const store::Row& r) { marks[r.Int(0)] = r.Text(1); });
  for (Attendee& a : roster) {
    if (const auto it = marks.find(a.member_id); it != marks.end()) a.status = it->second;
  }
  return roster;
}

}  // namespace

Result<std::vector<Attendee>> MeetingRoster(const Env& env, const Actor& actor, int64_t id) {
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  std::string path;
  const auto m = LoadMeeting(tx, id, &path);
  if (!m || !InScope(actor, path)) return MeetingNotFound(id);
  return MarkedRoster(tx, *m);
}

Result<Meeting> SetAttendance(const Env& env, const Actor& actor, int64_t id,
                              const std::vector<AttendanceMark>& marks) {
  Validator v;
  v.Check(!marks.empty(), "marks", "Hãy chọn ít nhất một đảng viên để điểm danh.");
  v.Check(marks.size() <= 2'000, "marks", "Quá nhiều đảng viên trong một lần điểm danh.");
  std::set<int64_t> seen;
  for (size_t i = 0; i < marks.size() && i < 2'000; ++i) {
    const std::string field = "marks[" + std::to_string(i) + "]";
    v.Check(vocab::Parse<AttendanceStatus>(marks[i].status).has_value(), field + ".status",
            "Hãy chọn: có mặt, đến muộn, vắng có lý do hoặc vắng không lý do.");
    v.Check(seen.insert(marks[i].member_id).second, field + ".member_id",
            "Đảng viên này đã có trong danh sách điểm danh.");
  }
  if (!v.ok()) return v.ToStatus().error();
  std::optional<Meeting> before;
  {
    store::Transaction rtx = env.db.BeginRead();
    std::string path;
    before = LoadMeeting(rtx, id, &path);
    if (!before || !InScope(actor, path)) return MeetingNotFound(id);
  }
  const AuditEntry attempt{
      "meeting.attendance", "meeting", std::to_string(id), before->org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, before->org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto m = LoadMeeting(*tx, id, nullptr);
  if (!m) return MeetingNotFound(id);
  if (m->status != "held") {
    return Error::Rule("meeting_not_held",
                       "Buổi sinh hoạt chưa diễn ra: hãy ghi ngày sinh hoạt trước khi điểm danh.");
  }
  std::map<int64_t, Attendee> roster;
  for (Attendee& a : MarkedRoster(*tx, *m)) roster.emplace(a.member_id, std::move(a));
  nlohmann::json was = nlohmann::json::object(), now = nlohmann::json::object();
  const std::string at = FormatTimestamp(env.clock.Now());
  for (size_t i = 0; i < marks.size(); ++i) {
    const auto it = roster.find(marks[i].member_id);
    if (it == roster.end()) {
      return Error::Invalid(
          "Đảng viên mã " + std::to_string(marks[i].member_id) +
              " không có trong danh sách sinh hoạt của chi bộ ngày " +
              Date::Parse(m->held_on)->Vietnamese() + ".",
          {{"marks[" + std::to_string(i) + "].member_id", "Không có trong danh sách."}});
    }
    const std::string key = std::to_string(marks[i].member_id);
    was[key] =
        it->second.status.empty() ? nlohmann::json(nullptr) : nlohmann::json(it->second.status);
    now[key] = marks[i].status;
    const auto home = it->second.visiting
                          ? tx->QueryOne(
                                "SELECT org_id FROM member_span WHERE member_id = ? AND "
                                "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
                                {marks[i].member_id, m->held_on, m->held_on})
                          : std::nullopt;
    // The mark replaced keeps its version (reports as recorded before this save).
    RetireVersions(*tx, "meeting_attendance", "meeting_id = ? AND member_id = ?",
                   {id, marks[i].member_id}, at);
    tx->Exec(
        "INSERT INTO meeting_attendance (meeting_id, member_id, org_id, occurred_on, status, "
        "home_org_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, "
        "member_id) DO UPDATE SET status = excluded.status, recorded_at = excluded.recorded_at",
        {id, marks[i].member_id, m->org_id, m->held_on, marks[i].status,
         home ? store::Value(home->Int(0)) : store::Value(nullptr), at});
  }
  UpdateVersion(*tx, "meeting", id,
                "present_count = (SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ? "
                "AND status = 'present'), late_count = (SELECT COUNT(*) FROM meeting_attendance "
                "WHERE meeting_id = ? AND status = 'late'), excused_count = (SELECT COUNT(*) FROM "
                "meeting_attendance WHERE meeting_id = ? AND status = 'excused'), "
                "unexcused_count = (SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ? "
                "AND status = 'unexcused')",
                {id, id, id, id}, at);
  const auto after = LoadMeeting(*tx, id, nullptr);
  if (!after) return MeetingNotFound(id);
  AuditEntry done = attempt;
  done.before = was;
  done.after = now;
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return *after;
}

}  // namespace dangbo::service
