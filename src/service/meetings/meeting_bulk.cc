// Many meetings at once: rosters of many (unit, date) pairs computed in memory from one read
// of the subtree's spans and temporary stays, and meetings with their attendance written by
// multi-row INSERTs in one transaction — the demo's ten years take seconds, not minutes.
#include <algorithm>
#include <map>
#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/meetings/meetings.h"
#include "service/meetings/meetings_internal.h"
#include "service/members/member_writer.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

struct Span {
  int64_t member;
  std::string from, to;  // to: "" while open
  int64_t org;
};
struct Stay {
  int64_t member;
  int64_t to_org;           // 0: outside the tree
  std::string from, until;  // until: "" while away
};

bool Covers(const std::string& from, const std::string& to, const std::string& d) {
  return from <= d && (to.empty() || to > d);
}

// The spans and temporary stays of a subtree, for rosters on any date.
class Rosters {
 public:
  Rosters(store::Transaction& tx, const PathRange& r) {
    tx.Each(
        "SELECT s.member_id, s.valid_from, s.valid_to, s.org_id FROM member_span s JOIN org o "
        "ON o.id = s.org_id WHERE s.status IN ('probationary', 'official') AND o.path >= ? AND "
        "o.path < ?",
        {r.lo, r.hi}, [&](const store::Row& row) {
          Span s{row.Int(0), row.Text(1), row.OptText(2).value_or(""), row.Int(3)};
          by_member_[s.member].push_back(s);
          by_org_[s.org].push_back(s);
        });
    tx.Each(
        "SELECT member_id, COALESCE(to_org_id, 0), effective_on, returned_on FROM "
        "member_transfer WHERE kind = 'temporary' AND state IN ('confirmed', 'returned')",
        {}, [&](const store::Row& row) {
          Stay s{row.Int(0), row.Int(1), row.Text(2), row.OptText(3).value_or("")};
          away_[s.member].push_back(s);
          if (s.to_org != 0) visiting_[s.to_org].push_back(s);
        });
  }

  // member id → home unit when visiting (0 when at home), in member id order.
  std::map<int64_t, int64_t> On(int64_t org, const std::string& d) const {
    std::map<int64_t, int64_t> out;
    if (const auto it = by_org_.find(org); it != by_org_.end()) {
      for (const Span& s : it->second) {
        if (Covers(s.from, s.to, d) && !Away(s.member, d)) out[s.member] = 0;
      }
    }
    if (const auto it = visiting_.find(org); it != visiting_.end()) {
      for (const Stay& v : it->second) {
        if (!Covers(v.from, v.until, d)) continue;
        if (const auto home = HomeOn(v.member, d)) out[v.member] = *home;
      }
    }
    return out;
  }

 private:
  bool Away(int64_t member, const std::string& d) const {
    const auto it = away_.find(member);
    if (it == away_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](const Stay& s) { return Covers(s.from, s.until, d); });
  }
  std::optional<int64_t> HomeOn(int64_t member, const std::string& d) const {
    const auto it = by_member_.find(member);
    if (it == by_member_.end()) return std::nullopt;
    for (const Span& s : it->second) {
      if (Covers(s.from, s.to, d)) return s.org;
    }
    return std::nullopt;
  }

  std::map<int64_t, std::vector<Span>> by_member_, by_org_;
  std::map<int64_t, std::vector<Stay>> away_, visiting_;
};

// `n` new meeting ids (SQLite: max + 1 under the write lock; PostgreSQL: the sequence).
std::vector<int64_t> NewIds(store::Transaction& tx, int64_t n) {
  std::vector<int64_t> ids;
  if (n == 0) return ids;
  if (tx.engine() == store::Engine::kSqlite) {
    const int64_t first = tx.QueryRow("SELECT COALESCE(MAX(id), 0) + 1 FROM meeting").Int(0);
    for (int64_t i = 0; i < n; ++i) ids.push_back(first + i);
  } else {
    tx.Each("SELECT nextval(pg_get_serial_sequence('meeting', 'id')) FROM generate_series(1, ?)",
            {n}, [&](const store::Row& r) { ids.push_back(r.Int(0)); });
  }
  return ids;
}

store::Value N(const std::string& s) { return s.empty() ? store::Value(nullptr) : store::Value(s); }

Error ItemError(size_t i, const Error& e) {
  Error out = e;
  out.detail = "Buổi sinh hoạt thứ " + std::to_string(i + 1) + ": " + e.detail;
  return out;
}

}  // namespace

Result<std::vector<std::vector<int64_t>>> BulkRosters(const Env& env, const Actor& actor,
                                                      int64_t org_id,
                                                      const std::vector<RosterRequest>& requests) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  const Rosters rosters(tx, SubtreeRange(org->path));
  std::vector<std::vector<int64_t>> out;
  for (const RosterRequest& q : requests) {
    std::vector<int64_t> ids;
    for (const auto& [member, home] : rosters.On(q.org_id, q.on)) ids.push_back(member);
    out.push_back(std::move(ids));
  }
  return out;
}

namespace {

// Checks one meeting against the subtree's units and rosters; fills the attendance rows.
Status CheckBulk(const BulkMeeting& b, const std::map<int64_t, Org>& units,
                 const std::map<int64_t, std::string>& higher, const Rosters& rosters,
                 const Date& today) {
  const MeetingInput& in = b.meeting;
  if (Status s = meetings_internal::CheckMeetingInput(in, today); !s) return s;
  const auto unit = units.find(in.org_id);
  if (unit == units.end()) return OrgNotFound(in.org_id);
  if (!meetings_internal::KindFits(std::string(vocab::Code(unit->second.kind)), in.kind)) {
    return Error::Invalid("Loại buổi sinh hoạt không áp dụng cho tổ chức này.",
                          {{"kind", "Không áp dụng cho tổ chức này."}});
  }
  if (in.higher_member_id && !higher.contains(*in.higher_member_id)) {
    return Error::Invalid(
        "Không tìm thấy đảng viên có mã " + std::to_string(*in.higher_member_id) + ".",
        {{"higher_member_id", "Không tìm thấy đảng viên."}});
  }
  if (b.marks.empty()) return Status::Ok();
  if (in.held_on.empty()) {
    return Error::Rule("meeting_not_held", "Buổi sinh hoạt chưa diễn ra: không điểm danh được.");
  }
  const auto roster = rosters.On(in.org_id, in.held_on);
  std::set<int64_t> seen;
  for (const AttendanceMark& m : b.marks) {
    if (!vocab::Parse<AttendanceStatus>(m.status) || !roster.contains(m.member_id) ||
        !seen.insert(m.member_id).second) {
      return Error::Invalid(
          "Điểm danh không hợp lệ: đảng viên mã " + std::to_string(m.member_id) + ".",
          {{"marks", "Không hợp lệ."}});
    }
  }
  return Status::Ok();
}

}  // namespace

Result<int64_t> ImportMeetings(const Env& env, const Actor& actor, int64_t org_id,
                               const std::vector<BulkMeeting>& meetings) {
  const AuditEntry attempt{"meeting.create", "meeting", "", org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto top = LoadOrg(*tx, org_id);
  if (!top) return OrgNotFound(org_id);
  const PathRange r = SubtreeRange(top->path);
  std::map<int64_t, Org> units;
  for (Org& o : LoadSubtree(*tx, top->path, true)) units.emplace(o.id, std::move(o));
  std::map<int64_t, std::string> higher;
  tx->Each(
      "SELECT id, full_name FROM member WHERE org_path >= ? AND org_path < ? AND id IN "
      "(SELECT member_id FROM org_committee_member WHERE member_id IS NOT NULL)",
      {r.lo, r.hi}, [&](const store::Row& row) { higher[row.Int(0)] = row.Text(1); });
  const Rosters rosters(*tx, r);
  const Date today = Today(env);
  for (size_t i = 0; i < meetings.size(); ++i) {
    if (Status s = CheckBulk(meetings[i], units, higher, rosters, today); !s) {
      return ItemError(i, s.error());
    }
  }
  const std::vector<int64_t> ids = NewIds(*tx, static_cast<int64_t>(meetings.size()));
  const std::string now = FormatTimestamp(env.clock.Now());
  BulkInsert rows("meeting", {"id", "org_id", "kind", "status", "planned_on", "held_on", "topic",
                              "chair_name", "recorder_name", "higher_member_id", "higher_name",
                              "resolution", "quality", "created_at", "updated_at", "present_count",
                              "late_count", "excused_count", "unexcused_count"});
  BulkInsert marks("meeting_attendance",
                   {"meeting_id", "member_id", "org_id", "occurred_on", "status", "home_org_id"});
  for (size_t i = 0; i < meetings.size(); ++i) {
    const MeetingInput& in = meetings[i].meeting;
    const auto h = in.higher_member_id ? higher.find(*in.higher_member_id) : higher.end();
    std::map<std::string, int64_t> by_status;
    for (const AttendanceMark& m : meetings[i].marks) ++by_status[m.status];
    for (store::Value v :
         {store::Value(ids[i]), store::Value(in.org_id), store::Value(in.kind),
          store::Value(in.held_on.empty() ? "planned" : "held"), N(in.planned_on), N(in.held_on),
          store::Value(in.topic), N(in.chair_name), N(in.recorder_name),
          h == higher.end() ? store::Value(nullptr) : store::Value(h->first),
          h == higher.end() ? N(in.higher_name) : store::Value(h->second), N(in.resolution),
          N(in.quality), store::Value(now), store::Value(now), store::Value(by_status["present"]),
          store::Value(by_status["late"]), store::Value(by_status["excused"]),
          store::Value(by_status["unexcused"])}) {
      rows.values().push_back(std::move(v));
    }
    const auto roster = meetings[i].marks.empty() ? std::map<int64_t, int64_t>{}
                                                  : rosters.On(in.org_id, in.held_on);
    for (const AttendanceMark& m : meetings[i].marks) {
      const int64_t home = roster.at(m.member_id);
      for (store::Value v :
           {store::Value(ids[i]), store::Value(m.member_id), store::Value(in.org_id),
            store::Value(in.held_on), store::Value(m.status),
            home ? store::Value(home) : store::Value(nullptr)}) {
        marks.values().push_back(std::move(v));
      }
    }
    if (rows.rows() >= 512) rows.Flush(*tx);
    if (marks.rows() >= 2048) {
      rows.Flush(*tx);
      marks.Flush(*tx);
    }
  }
  rows.Flush(*tx);
  marks.Flush(*tx);
  AuditEntry done = attempt;
  done.entity_id =
      ids.empty() ? "" : std::to_string(ids.front()) + "-" + std::to_string(ids.back());
  done.after = {{"meetings", meetings.size()}};
  done.detail = "Nhập nhiều buổi sinh hoạt cùng lúc.";
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return static_cast<int64_t>(meetings.size());
}

}  // namespace dangbo::service
