// Registers the meeting fact tables (held meetings, higher-level attendance, attendance marks)
// and the per-unit figures source (due meetings, units meeting all, attendance min–max).
#include "service/meetings/meetings_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kMeetings = "buổi";

void RegisterFacts() {
  // Every edit of a meeting and every save of its marks keep the versions they replace
  // (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("meeting"));
  report::RegisterRecordedTable(VersionedReading("meeting_attendance"));
  report::FactTable held;
  held.name = "meeting";
  held.from =
      "(SELECT id, org_id, held_on, kind, voided_at, topic FROM meeting WHERE status = 'held')";
  held.date_col = "held_on";
  held.voided_col = "voided_at";
  held.list_select = "'org', e.org_id, o.name, NULL, e.held_on, e.topic";
  report::RegisterFactTable(held);

  report::FactTable higher = held;
  higher.name = "meeting_higher";
  higher.from =
      "(SELECT id, org_id, held_on, 'attended' AS kind, voided_at, higher_name FROM meeting "
      "WHERE status = 'held' AND higher_member_id IS NOT NULL AND kind IN ('regular', "
      "'thematic'))";
  higher.list_select = "'org', e.org_id, o.name, NULL, e.held_on, e.higher_name";
  report::RegisterFactTable(higher);

  // Attendance counted by meeting: one row per meeting and side (attended: present or late;
  // absent), weighted by the number of marks, so a year is thousands of rows, not members
  // × meetings; listed by meeting. A join with the two sides, not a UNION, so the flow engine
  // finds a unit's meetings by its index.
  report::FactTable marks;
  marks.name = "meeting_attendance";
  const std::string n =
      "CASE s.kind WHEN 'attended' THEN m.present_count + m.late_count ELSE m.excused_count + "
      "m.unexcused_count END";
  marks.from = "(SELECT m.id, m.org_id, m.held_on, s.kind, m.voided_at, " + n +
               " AS n FROM meeting m CROSS JOIN (SELECT 'attended' AS kind UNION ALL SELECT "
               "'absent') s WHERE m.status = 'held' AND " +
               n + " > 0)";
  marks.date_col = "held_on";
  marks.voided_col = "voided_at";
  marks.weight_col = "n";
  marks.list_select =
      "'org', e.org_id, o.name, NULL, e.held_on, CASE e.kind WHEN 'attended' THEN 'Dự họp: ' "
      "ELSE 'Vắng: ' END || CAST(e.n AS TEXT)";
  report::RegisterFactTable(marks);

  // Unexcused absences, one row per member and meeting, listed by member.
  report::FactTable absences;
  absences.name = "meeting_absence";
  absences.from =
      "(SELECT meeting_id AS id, member_id, org_id, occurred_on, status, voided_at FROM "
      "meeting_attendance WHERE status = 'unexcused')";
  absences.date_col = "occurred_on";
  absences.kind_col = "status";
  absences.voided_col = "voided_at";
  absences.list_select = "'member', e.member_id, m.full_name, o.name, e.occurred_on, e.status";
  absences.list_joins = " JOIN member m ON m.id = e.member_id";
  report::RegisterFactTable(absences);
}

// The figures per unit of the period as counts: due meetings (by the report's date, so a
// year in progress is due so far), units, units meeting all, and the attendance of the
// lowest and highest unit (attended and marked, for a percentage).
report::Counts UnitCounts(report::Scope& s) {
  const MeetingStats st = CountMeetingStats(*s.tx, s.org_id, s.period.from, s.period.to, s.at);
  report::Counts c = {{"regular_due", st.total.regular_due},
                      {"thematic_due", st.total.thematic_due},
                      {"units", static_cast<int64_t>(st.units.size())},
                      {"units_meeting_all", st.units_meeting_all},
                      {"min_attended", 0},
                      {"min_marked", 0},
                      {"max_attended", 0},
                      {"max_marked", 0}};
  for (const UnitMeetings& u : st.units) {
    if (!u.attendance_percent) continue;
    if (u.org_id == st.min_org_id) {
      c["min_attended"] = u.attended;
      c["min_marked"] = u.marked;
    }
    if (u.org_id == st.max_org_id) {
      c["max_attended"] = u.attended;
      c["max_marked"] = u.marked;
    }
  }
  return c;
}

std::string Percent(const std::optional<double>& p) {
  return p ? text::FormatPercent(*p) : std::string("—");
}

// The units behind a key, with what they held as the detail.
std::vector<report::ListEntry> UnitList(report::Scope& s, const std::string& key) {
  const MeetingStats st = CountMeetingStats(*s.tx, s.org_id, s.period.from, s.period.to, s.at);
  std::vector<report::ListEntry> out;
  for (const UnitMeetings& u : st.units) {
    const bool all = u.regular_due > 0 && u.regular >= u.regular_due;
    if (key == "units_meeting_all" && !all) continue;
    if ((key == "min_attended" || key == "min_marked") && u.org_id != st.min_org_id) continue;
    if ((key == "max_attended" || key == "max_marked") && u.org_id != st.max_org_id) continue;
    report::ListEntry e;
    e.kind = "org";
    e.id = u.org_id;
    e.name = u.org_name;
    e.date = s.period.to.Iso();
    e.detail = "thường kỳ " + std::to_string(u.regular) + "/" + std::to_string(u.regular_due) +
               ", chuyên đề " + std::to_string(u.thematic) + "/" + std::to_string(u.thematic_due) +
               ", dự họp " + Percent(u.attendance_percent);
    out.push_back(std::move(e));
  }
  return out;
}

void Flow(std::string code, std::string label, std::string unit, const std::string& source,
          const std::vector<std::string>& keys, bool member_data) {
  report::Register(report::SumOf(std::move(code), std::move(label), report::Shape::kFlow,
                                 std::move(unit), source, keys, member_data));
}

void Percentage(std::string code, std::string label, const std::string& source,
                const std::vector<std::string>& keys, std::vector<report::Term> per,
                bool member_data) {
  report::Indicator i = report::SumOf(std::move(code), std::move(label), report::Shape::kFlow, "%",
                                      source, keys, member_data);
  i.per = std::move(per);
  report::Register(i);
}

}  // namespace

void RegisterMeetingIndicators() {
  RegisterFacts();
  report::RegisterSource({"meeting_units", report::Shape::kFlow, UnitCounts, UnitList});
  Flow("meetings.held", "Buổi sinh hoạt đã tổ chức", kMeetings, "meeting", {""}, false);
  for (const auto& k : vocab::Table<MeetingKind>()) {
    Flow("meetings." + std::string(k.code), std::string(k.label), kMeetings, "meeting",
         {std::string(k.code)}, false);
  }
  Flow("meetings.regular_due", "Buổi sinh hoạt thường kỳ phải tổ chức", kMeetings, "meeting_units",
       {"regular_due"}, false);
  Flow("meetings.thematic_due", "Buổi sinh hoạt chuyên đề phải tổ chức (mỗi quý)", kMeetings,
       "meeting_units", {"thematic_due"}, false);
  Percentage("meetings.held_percent", "Tỷ lệ buổi sinh hoạt thường kỳ đã tổ chức so với quy định",
             "meeting", {"regular"}, {{"meeting_units", "regular_due"}}, false);
  Flow("meetings.units", "Chi bộ", "chi bộ", "meeting_units", {"units"}, false);
  Flow("meetings.units_meeting_all", "Chi bộ sinh hoạt đủ số buổi thường kỳ", "chi bộ",
       "meeting_units", {"units_meeting_all"}, false);
  Percentage("meetings.units_meeting_all_percent", "Tỷ lệ chi bộ sinh hoạt đủ số buổi thường kỳ",
             "meeting_units", {"units_meeting_all"}, {{"meeting_units", "units"}}, false);
  Percentage("meetings.attendance_percent", "Tỷ lệ đảng viên dự sinh hoạt", "meeting_attendance",
             {"attended"}, {{"meeting_attendance", ""}}, true);
  Percentage("meetings.attendance_min", "Tỷ lệ dự sinh hoạt thấp nhất (chi bộ)", "meeting_units",
             {"min_attended"}, {{"meeting_units", "min_marked"}}, true);
  Percentage("meetings.attendance_max", "Tỷ lệ dự sinh hoạt cao nhất (chi bộ)", "meeting_units",
             {"max_attended"}, {{"meeting_units", "max_marked"}}, true);
  Flow("meetings.absent_unexcused", "Lượt vắng sinh hoạt không lý do", "lượt", "meeting_absence",
       {"unexcused"}, true);
  Flow("meetings.higher_attended", "Buổi sinh hoạt có cấp ủy viên cấp trên dự", kMeetings,
       "meeting_higher", {"attended"}, false);
  Percentage("meetings.higher_percent", "Tỷ lệ buổi sinh hoạt có cấp ủy viên cấp trên dự",
             "meeting_higher", {"attended"}, {{"meeting", "regular"}, {"meeting", "thematic"}},
             false);
}

}  // namespace dangbo::service
