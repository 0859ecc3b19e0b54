// The national data set's meetings for the year of its day: every branch-like unit's monthly
// meeting (about 2% missed) and quarterly thematic meeting, every grassroots committee's
// monthly committee meeting and its two general meetings, with attendance counted on each
// meeting. Of the marks only the absences and late arrivals are rows (present ones are the
// meeting's count): 67 million "present" rows would say nothing the counts do not.
#include <string>
#include <vector>

#include "demo/national_domains.h"

namespace dangbo::demo {

namespace {

using national_sql::Draw;

// One dated slot of the year: month, the variant of units meeting that day, the day, kind.
struct Slot {
  int month;
  int variant;
  std::string held_on;
  const char* kind;
  std::string topic;
};

std::vector<Slot> Slots(int year) {
  std::vector<Slot> out;
  const std::string y = std::to_string(year);
  for (int m = 1; m <= 12; ++m) {
    for (int v = 0; v < 4; ++v) {
      const Date regular(year, m, 3 + 6 * v);
      out.push_back({m, v, regular.Iso(), "regular",
                     "Sinh hoạt chi bộ thường kỳ tháng " + std::to_string(m) + "/" + y});
      out.push_back({m, v, Date(year, m, 2 + 6 * v).Iso(), "committee",
                     "Họp cấp ủy thường kỳ tháng " + std::to_string(m) + "/" + y});
      if (m % 3 == 0) {
        out.push_back({m, v, Date(year, m, 5 + 6 * v).Iso(), "thematic",
                       "Sinh hoạt chuyên đề quý " + std::to_string(m / 3) + "/" + y});
      }
      if (m == 6 || m == 12) {
        out.push_back({m, v, Date(year, m, 6 + 6 * v).Iso(), "grassroots_committee",
                       "Hội nghị đảng bộ cơ sở " +
                           std::string(m == 6 ? "sơ kết 6 tháng" : "tổng kết năm") + " " + y});
      }
    }
  }
  return out;
}

// The slots as a CTE body "d(month, variant, held_on, kind, topic)", texts bound.
std::string SlotsCte(const std::vector<Slot>& slots, store::Params& p) {
  std::string sql = "d(month, variant, held_on, kind, topic) AS (VALUES ";
  for (size_t i = 0; i < slots.size(); ++i) {
    // Numbers as literals: PostgreSQL types a parameter in VALUES as text.
    sql += (i ? ", " : "") + std::string("(") + std::to_string(slots[i].month) + ", " +
           std::to_string(slots[i].variant) + ", ?, ?, ?)";
    p.push_back(slots[i].held_on);
    p.push_back(std::string(slots[i].kind));
    p.push_back(slots[i].topic);
  }
  return sql + ")";
}

int64_t HoldMeetings(store::Transaction& tx, const NationalDomainContext& c, int year) {
  store::Params p;
  const std::string cte = SlotsCte(Slots(year), p);
  const std::string quality_draw = Draw("u.org_id * 13 + d.month", c.seed + 11, 20);
  const std::string sql =
      "INSERT INTO meeting (org_id, kind, status, planned_on, held_on, topic, quality, "
      "present_count, created_at, updated_at) WITH " +
      cte +
      ", u AS (SELECT o.id AS org_id, o.kind AS org_kind, o.established_on AS since, (SELECT "
      "COUNT(*) FROM member_span s "
      "WHERE s.org_id = o.id AND s.valid_to IS NULL AND s.status IN ('official', "
      "'probationary')) AS n FROM org o WHERE o.path >= ? AND o.path < ? AND o.ended_on IS NULL "
      "AND o.kind IN ('grassroots_branch', 'branch', 'grassroots_committee')) "
      "SELECT u.org_id, d.kind, 'held', d.held_on, d.held_on, d.topic, CASE WHEN " +
      quality_draw + " = 0 THEN 'average' WHEN " + quality_draw +
      " < 7 THEN 'fair' ELSE 'good' END, u.n, ?, ? FROM u JOIN d ON d.variant = u.org_id % 4 "
      "WHERE d.held_on <= ? AND (u.since IS NULL OR u.since <= d.held_on) AND ((d.kind IN "
      "('regular', 'thematic') AND u.org_kind <> 'grassroots_committee' AND " +
      Draw("u.org_id * 17 + d.month", c.seed + 3, 100) +
      " >= 2) OR (d.kind IN ('committee', 'grassroots_committee') AND u.org_kind = "
      "'grassroots_committee'))";
  p.push_back(c.root_path);
  p.push_back(c.root_path + "~");
  p.push_back(c.now);
  p.push_back(c.now);
  p.push_back(c.as_of.Iso());
  return tx.Exec(sql, p);
}

// About 2.5% excused, 1.5% late and 0.5% unexcused marks per member and branch meeting.
int64_t MarkAbsences(store::Transaction& tx, const NationalDomainContext& c, const Date& from,
                     const Date& to) {
  const std::string draw = Draw("s.member_id * 31 + mt.id", c.seed + 5, 200);
  const int64_t rows = tx.Exec(
      "INSERT INTO meeting_attendance (meeting_id, member_id, org_id, occurred_on, status) "
      "SELECT mt.id, s.member_id, mt.org_id, mt.held_on, CASE WHEN " +
          draw + " = 0 THEN 'unexcused' WHEN " + draw +
          " < 4 THEN 'late' ELSE 'excused' END FROM meeting mt JOIN org o ON o.id = mt.org_id "
          "JOIN member_span s ON s.org_id = mt.org_id AND s.valid_to IS NULL AND s.status IN "
          "('official', 'probationary') WHERE o.path >= ? AND o.path < ? AND mt.held_on >= ? AND "
          "mt.held_on <= ? AND mt.kind IN ('regular', 'thematic') AND " +
          draw + " < 9",
      {c.root_path, c.root_path + "~", from.Iso(), to.Iso()});
  tx.Exec(
      "UPDATE meeting SET late_count = (SELECT COUNT(*) FROM meeting_attendance a WHERE "
      "a.meeting_id = meeting.id AND a.status = 'late'), excused_count = (SELECT COUNT(*) FROM "
      "meeting_attendance a WHERE a.meeting_id = meeting.id AND a.status = 'excused'), "
      "unexcused_count = (SELECT COUNT(*) FROM meeting_attendance a WHERE a.meeting_id = "
      "meeting.id AND a.status = 'unexcused'), present_count = present_count - (SELECT "
      "COUNT(*) FROM meeting_attendance a WHERE a.meeting_id = meeting.id) WHERE id IN (SELECT "
      "meeting_id FROM meeting_attendance WHERE occurred_on >= ? AND occurred_on <= ?)",
      {from.Iso(), to.Iso()});
  return rows;
}

}  // namespace

int64_t GenerateNationalMeetings(store::Transaction& tx, const NationalDomainContext& c) {
  const int year = c.as_of.year();
  int64_t rows = HoldMeetings(tx, c, year);
  rows += MarkAbsences(tx, c, Date(year, 1, 1), Date(year, 12, 31));
  return rows;
}

}  // namespace dangbo::demo
