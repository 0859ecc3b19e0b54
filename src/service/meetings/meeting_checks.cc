// Checks that push work: units that have not met this month (or last month), units without
// this quarter's thematic meeting, and members with unexcused absences near the removal line.
#include <algorithm>
#include <set>

#include "service/admission/flows.h"
#include "service/core/access.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

struct Unit {
  int64_t id;
  std::string name, established_on;
};

// The active branch-like units of the subtree now.
std::vector<Unit> ActiveUnits(store::Transaction& tx, const PathRange& r) {
  std::vector<Unit> out;
  tx.Each(std::string("SELECT id, name, COALESCE(established_on, '') FROM org WHERE kind IN (") +
              meetings_internal::kBranchKinds +
              ") AND (ended_on IS NULL OR ended_on = '') AND path >= ? AND path < ? ORDER BY path",
          {r.lo, r.hi}, [&](const store::Row& row) {
            out.push_back({row.Int(0), row.Text(1), row.Text(2)});
          });
  return out;
}

// Units of the subtree that held a meeting of `kinds` in [from, to].
std::set<int64_t> UnitsThatMet(store::Transaction& tx, const PathRange& r, const char* kinds,
                               const Date& from, const Date& to) {
  std::set<int64_t> out;
  tx.Each(std::string("SELECT DISTINCT x.org_id FROM meeting x JOIN org o ON o.id = x.org_id "
                      "WHERE x.status = 'held' AND x.voided_at IS NULL AND x.kind IN (") +
              kinds + ") AND x.held_on >= ? AND x.held_on <= ? AND o.path >= ? AND o.path < ?",
          {from.Iso(), to.Iso(), r.lo, r.hi},
          [&](const store::Row& row) { out.insert(row.Int(0)); });
  return out;
}

Date MonthEnd(const Date& d) {
  return Date(d.year(), d.month(), Date::DaysInMonth(d.year(), d.month()));
}

// One item per unit of `units` that was established by `start` and did not meet in
// [start, end].
void Missing(store::Transaction& tx, const PathRange& r, const std::vector<Unit>& units,
             const char* kinds, const Date& start, const Date& end, const Date& on,
             const std::string& what, WorkItemKind kind, std::vector<WorkItem>& items) {
  const std::set<int64_t> met = UnitsThatMet(tx, r, kinds, start, std::min(end, on));
  for (const Unit& u : units) {
    if (met.contains(u.id) || u.established_on > start.Iso()) continue;
    WorkItem w;
    w.kind = std::string(vocab::Code(kind));
    w.overdue = on > end;
    w.title = (w.overdue ? "Không " : "Chưa ") + what + ": " + u.name;
    w.detail = "Hạn cuối ngày " + end.Vietnamese() + ".";
    w.due_on = end.Iso();
    w.org_name = u.name;
    w.action = "/sinh-hoat?org=" + std::to_string(u.id);
    items.push_back(std::move(w));
  }
}

}  // namespace

std::vector<AbsenceWarning> meetings_internal::AbsencesIn(store::Transaction& tx,
                                                          const PathRange& r, int year,
                                                          int64_t line, int64_t removal,
                                                          AbsenceRead how) {
  std::vector<AbsenceWarning> out;
  if (how == AbsenceRead::kBySize) {
    // The whole tree holds far more members than a year's unexcused absences; already a
    // province holds fewer (560k set: a province 126 ms from its members, 398 from absences).
    how = std::count(r.lo.begin(), r.lo.end(), '/') <= 2 ? AbsenceRead::kFromAbsences
                                                         : AbsenceRead::kFromMembers;
  }
  const std::string from = Date(year, 1, 1).Iso(), to = Date(year, 12, 31).Iso();
  const std::string sql =
      how == AbsenceRead::kFromMembers
          // The subtree's members, then their absences (meeting_attendance_absent_member_idx;
          // SQLite keeps the order given by CROSS JOIN).
          ? "SELECT m.id, m.full_name, o.name, COUNT(*), MAX(a.occurred_on) FROM member m CROSS "
            "JOIN meeting_attendance a JOIN org o ON o.id = m.org_id WHERE m.org_path >= ? AND "
            "m.org_path < ? AND m.status IN ('probationary', 'official') AND a.member_id = m.id "
            "AND a.status = 'unexcused' AND a.voided_at IS NULL AND a.occurred_on >= ? AND "
            "a.occurred_on <= ? GROUP BY m.id, m.full_name, o.name HAVING COUNT(*) >= ? ORDER "
            "BY COUNT(*) DESC, m.id"
          // The year's absences counted per member from meeting_attendance_absent_date_idx
          // alone, then only the members at the line are read.
          : "SELECT m.id, m.full_name, o.name, x.n, x.last_on FROM (SELECT member_id, COUNT(*) "
            "AS n, MAX(occurred_on) AS last_on FROM meeting_attendance WHERE status = "
            "'unexcused' AND voided_at IS NULL AND occurred_on >= ? AND occurred_on <= ? GROUP "
            "BY member_id HAVING COUNT(*) >= ?) x CROSS JOIN member m JOIN org o ON o.id = "
            "m.org_id WHERE m.id = x.member_id AND m.org_path >= ? AND m.org_path < ? AND "
            "m.status IN ('probationary', 'official') ORDER BY x.n DESC, m.id";
  const store::Params params = how == AbsenceRead::kFromMembers
                                   ? store::Params{r.lo, r.hi, from, to, line}
                                   : store::Params{from, to, line, r.lo, r.hi};
  tx.Each(sql, params, [&](const store::Row& row) {
    AbsenceWarning w;
    w.member_id = row.Int(0);
    w.full_name = row.Text(1);
    w.org_name = row.Text(2);
    w.unexcused = row.Int(3);
    w.last_on = row.Text(4);
    w.removal_line = w.unexcused >= removal;
    out.push_back(std::move(w));
  });
  return out;
}

namespace {

// A reminder for the current month's meeting starts this many days before the month ends,
// and one for the quarter's thematic meeting from the quarter's second month: earlier, every
// unit of a large subtree would be listed while nothing is late yet.
constexpr int kMonthReminderDays = 10;
constexpr int kThematicReminderFromMonth = 2;

}  // namespace

void AppendMeetingWorkItems(store::Transaction& tx, const std::string& path, const Date& on,
                            std::vector<WorkItem>& items) {
  const PathRange r = SubtreeRange(path);
  const std::vector<Unit> units = ActiveUnits(tx, r);
  const Date month(on.year(), on.month(), 1);
  const Date last = month.AddMonths(-1);
  const std::string mm = std::to_string(on.month()) + "/" + std::to_string(on.year());
  const std::string lm = std::to_string(last.month()) + "/" + std::to_string(last.year());
  Missing(tx, r, units, "'regular'", last, MonthEnd(last), on, "sinh hoạt chi bộ tháng " + lm,
          WorkItemKind::kMeetingMissing, items);
  if (on.day() > Date::DaysInMonth(on.year(), on.month()) - kMonthReminderDays) {
    Missing(tx, r, units, "'regular'", month, MonthEnd(month), on, "sinh hoạt chi bộ tháng " + mm,
            WorkItemKind::kMeetingMissing, items);
  }
  const Date quarter(on.year(), (on.month() - 1) / 3 * 3 + 1, 1);
  if (on.month() - quarter.month() + 1 >= kThematicReminderFromMonth) {
    Missing(tx, r, units, "'thematic'", quarter, MonthEnd(quarter.AddMonths(2)), on,
            "sinh hoạt chuyên đề quý " + std::to_string((on.month() + 2) / 3) + "/" +
                std::to_string(on.year()),
            WorkItemKind::kThematicMissing, items);
  }
  const int64_t removal = Rules().At(on).meeting_skip_removal_months;
  for (const AbsenceWarning& a : meetings_internal::AbsencesIn(
           tx, r, on.year(), removal - 1, removal, meetings_internal::AbsenceRead::kBySize)) {
    items.push_back(RemovalLineItem(
        {WorkItemKind::kAbsenceWarning, a.member_id, a.full_name, a.org_name, a.last_on, on.year(),
         "Vắng không lý do " + std::to_string(a.unexcused) + " buổi",
         std::to_string(removal) + " lần", a.removal_line,
         "Nhắc nhở vắng sinh hoạt: ", "Đến mức xóa tên vì bỏ sinh hoạt: "}));
  }
}

std::map<int64_t, int64_t> UnexcusedAbsenceCounts(store::Transaction& tx,
                                                  const std::vector<int64_t>& members, int year) {
  std::map<int64_t, int64_t> out;
  for (const int64_t id : members) {  // meeting_attendance_absent_member_idx, one probe each
    const int64_t n =
        tx.QueryRow(
              "SELECT COUNT(*) FROM meeting_attendance WHERE member_id = ? AND status = "
              "'unexcused' AND voided_at IS NULL AND occurred_on >= ? AND occurred_on <= ?",
              {id, Date(year, 1, 1).Iso(), Date(year, 12, 31).Iso()})
            .Int(0);
    if (n > 0) out[id] = n;
  }
  return out;
}

Result<std::vector<AbsenceWarning>> AbsenceWarnings(const Env& env, const Actor& actor,
                                                    int64_t org_id, int year) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  if (year < 1930 || year > 2200) {
    return Error::Invalid("Năm không hợp lệ.", {{"year", "Năm không hợp lệ."}});
  }
  const int64_t removal = Rules().At(Date(year, 12, 31)).meeting_skip_removal_months;
  store::Transaction tx = env.db.BeginRead();
  return meetings_internal::AbsencesIn(tx, SubtreeRange(org->path), year, removal - 1, removal,
                                       meetings_internal::AbsenceRead::kBySize);
}

}  // namespace dangbo::service
