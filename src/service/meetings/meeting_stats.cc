// Meeting figures per branch-like unit in a period: meetings held by kind against those due
// by the rule set (a regular meeting each month, a thematic one each quarter), attendance
// rates with their lowest and highest unit, higher-level attendance.
#include <algorithm>
#include <map>

#include "report/stock.h"
#include "service/core/access.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "service/meetings/meetings_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

// Periods (months, or quarters when `quarters`) whose last day lies in [from, to] and on or
// after `since`, weighted by the rule in force at each period's end.
int64_t DueIn(const Date& from, const Date& to, const Date& since, bool quarters) {
  int64_t due = 0;
  for (Date m(from.year(), from.month(), 1); m <= to; m = m.AddMonths(1)) {
    if (quarters && m.month() % 3 != 0) continue;
    const Date end(m.year(), m.month(), Date::DaysInMonth(m.year(), m.month()));
    if (end < from || end > to || end < since) continue;
    const auto& rs = Rules().At(end);
    due +=
        quarters ? rs.thematic_meetings_min_per_quarter : (rs.branch_meetings_per_year + 11) / 12;
  }
  return due;
}

void Finish(UnitMeetings& u) {
  if (u.marked > 0) {
    u.attendance_percent = 100.0 * static_cast<double>(u.attended) / static_cast<double>(u.marked);
  }
}

}  // namespace

MeetingStats CountMeetingStats(store::Transaction& tx, int64_t org_id, const Date& from,
                               const Date& to, const Date& due_until) {
  const Date due_to = std::min(to, due_until);
  MeetingStats s;
  s.from = from.Iso();
  s.to = to.Iso();
  const auto top = report::OrgSpanAt(tx, org_id, to);
  if (!top) return s;
  const std::string d = to.Iso();
  // The branch-like units of the subtree on `to`, as a derived table.
  const std::string units =
      std::string(
          "(SELECT c.org_id, c.name, c.path, o.established_on FROM org_span c JOIN org "
          "o ON o.id = c.org_id WHERE c.valid_from <= ? AND (c.valid_to IS NULL OR "
          "c.valid_to > ?) AND c.kind IN (") +
      meetings_internal::kBranchKinds + ") AND c.path >= ? AND c.path < ?)";
  const store::Params up = {d, d, top->path, top->path + "~"};
  std::map<int64_t, size_t> at;
  tx.Each("SELECT u.org_id, u.name, u.established_on FROM " + units + " u ORDER BY u.path", up,
          [&](const store::Row& r) {
            UnitMeetings u;
            u.org_id = r.Int(0);
            u.org_name = r.Text(1);
            const Date since = Date::Parse(r.OptText(2).value_or("")).value_or(Date(1930, 1, 1));
            u.regular_due = DueIn(from, due_to, since, false);
            u.thematic_due = DueIn(from, due_to, since, true);
            at[u.org_id] = s.units.size();
            s.units.push_back(std::move(u));
          });
  store::Params p = up;
  p.push_back(s.from);
  p.push_back(s.to);
  // Attendance from each meeting's marks by status (kept with every roll call; the national
  // set stores presence as these counts only), so a year reads meetings, not members × meetings.
  tx.Each(
      "SELECT x.org_id, x.kind, COUNT(*), SUM(CASE WHEN x.higher_member_id IS NULL THEN 0 "
      "ELSE 1 END), SUM(x.present_count + x.late_count), SUM(x.present_count + x.late_count + "
      "x.excused_count + x.unexcused_count) FROM meeting x JOIN " +
          units +
          " u ON u.org_id = x.org_id WHERE x.status = 'held' AND x.voided_at IS NULL AND "
          "x.held_on >= ? AND x.held_on <= ? GROUP BY x.org_id, x.kind",
      p, [&](const store::Row& r) {
        UnitMeetings& u = s.units[at.at(r.Int(0))];
        const std::string kind = r.Text(1);
        (kind == "regular"     ? u.regular
         : kind == "thematic"  ? u.thematic
         : kind == "committee" ? u.committee
                               : u.grassroots) += r.Int(2);
        u.higher += r.Int(3);
        u.attended += r.Int(4);
        u.marked += r.Int(5);
      });
  s.total.org_id = org_id;
  s.total.org_name = top->name;
  for (UnitMeetings& u : s.units) {
    Finish(u);
    for (auto [sum, part] : {std::pair{&s.total.regular, u.regular},
                             {&s.total.thematic, u.thematic},
                             {&s.total.committee, u.committee},
                             {&s.total.grassroots, u.grassroots},
                             {&s.total.regular_due, u.regular_due},
                             {&s.total.thematic_due, u.thematic_due},
                             {&s.total.higher, u.higher},
                             {&s.total.attended, u.attended},
                             {&s.total.marked, u.marked}}) {
      *sum += part;
    }
    if (u.regular_due > 0 && u.regular >= u.regular_due) ++s.units_meeting_all;
    if (!u.attendance_percent) continue;
    if (!s.min_percent || *u.attendance_percent < *s.min_percent) {
      s.min_percent = u.attendance_percent;
      s.min_unit = u.org_name;
      s.min_org_id = u.org_id;
    }
    if (!s.max_percent || *u.attendance_percent > *s.max_percent) {
      s.max_percent = u.attendance_percent;
      s.max_unit = u.org_name;
      s.max_org_id = u.org_id;
    }
  }
  Finish(s.total);
  return s;
}

namespace {

nlohmann::json Pct(const std::optional<double>& p) {
  return p ? nlohmann::json(*p) : nlohmann::json(nullptr);
}

nlohmann::json UnitJson(const UnitMeetings& u) {
  return {{"org_id", u.org_id},           {"org_name", u.org_name},
          {"regular", u.regular},         {"thematic", u.thematic},
          {"committee", u.committee},     {"grassroots_committee", u.grassroots},
          {"regular_due", u.regular_due}, {"thematic_due", u.thematic_due},
          {"higher", u.higher},           {"attended", u.attended},
          {"marked", u.marked},           {"attendance_percent", Pct(u.attendance_percent)}};
}

}  // namespace

nlohmann::json MeetingStatsJson(const MeetingStats& s, int page, int page_size) {
  nlohmann::json units = nlohmann::json::array();
  const size_t first = page_size == 0 ? 0 : static_cast<size_t>(page - 1) * page_size;
  const size_t end = page_size == 0 ? s.units.size() : std::min(s.units.size(), first + page_size);
  for (size_t i = first; i < end; ++i) units.push_back(UnitJson(s.units[i]));
  return {{"from", s.from},
          {"to", s.to},
          {"total", UnitJson(s.total)},
          {"units", units},
          {"unit_count", s.units.size()},
          {"units_meeting_all", s.units_meeting_all},
          {"min_percent", Pct(s.min_percent)},
          {"min_unit", s.min_unit},
          {"max_percent", Pct(s.max_percent)},
          {"max_unit", s.max_unit}};
}

Result<MeetingStats> MeetingStatsIn(const Env& env, const Actor& actor, int64_t org_id,
                                    const Date& from, const Date& to) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  if (to < from) {
    return Error::Invalid("Ngày cuối kỳ trước ngày đầu kỳ.", {{"to", "Trước ngày đầu kỳ."}});
  }
  store::Transaction tx = env.db.BeginRead();
  return CountMeetingStats(tx, org_id, from, to, Today(env));
}

}  // namespace dangbo::service
