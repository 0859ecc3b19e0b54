// Oversight of meetings from above: higher-level committee members assigned to branches, the
// figures per unit in a period (held against due, attendance with its min–max across units),
// members near the removal line for unexcused absences, and the worklist items they raise.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "store/database.h"

namespace dangbo::service {

struct WorkItem;
struct Attendee;

// The members a unit counts on a date, as a meeting's roster does (probationary and official
// members, without those away on a temporary stay, with those staying there): the dues
// sheet is kept where members meet. Unscoped.
std::vector<Attendee> UnitRosterOn(store::Transaction& tx, int64_t org_id, const std::string& on);

// --- Assignments (phân công cấp ủy viên dự sinh hoạt) ---
struct AssignmentInput {
  int64_t org_id = 0;     // the branch
  int64_t member_id = 0;  // the committee member
  std::string from_on;
  std::string note;
};
struct Assignment {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  int64_t member_id = 0;
  std::string member_name, member_org_name;
  std::string from_on, to_on, note;
  int64_t held = 0;      // regular and thematic meetings held while assigned
  int64_t attended = 0;  // of which the assigned member attended
};
nlohmann::json AssignmentJson(const Assignment& a);
Result<Assignment> CreateAssignment(const Env& env, const Actor& actor, const AssignmentInput& in);
// Ends assignment `id` of organization `org_id` on `to_on`.
Status EndAssignment(const Env& env, const Actor& actor, int64_t org_id, int64_t id,
                     const std::string& to_on);
// The assignments to units of the subtree (ended ones too when `all`).
Result<std::vector<Assignment>> ListAssignments(const Env& env, const Actor& actor, int64_t org_id,
                                                bool all);

// --- Figures per unit in a period ---
struct UnitMeetings {
  int64_t org_id = 0;
  std::string org_name;
  int64_t regular = 0, thematic = 0, committee = 0, grassroots = 0;
  int64_t regular_due = 0, thematic_due = 0;
  int64_t higher = 0;                // held meetings a higher-level member attended
  int64_t attended = 0, marked = 0;  // attendance marks: present or late / all
  std::optional<double> attendance_percent;
};
struct MeetingStats {
  std::string from, to;
  std::vector<UnitMeetings> units;  // the branch-like units of the subtree on `to`
  UnitMeetings total;
  int64_t units_meeting_all = 0;  // units that held every regular meeting due
  std::optional<double> min_percent, max_percent;
  std::string min_unit, max_unit;  // names, shown; several units may share a name
  int64_t min_org_id = 0, max_org_id = 0;
};
// The figures with the units of page `page` of `page_size` (0: every unit) and their count.
nlohmann::json MeetingStatsJson(const MeetingStats& s, int page = 1, int page_size = 0);
// A period not over yet counts the meetings due by today.
Result<MeetingStats> MeetingStatsIn(const Env& env, const Actor& actor, int64_t org_id,
                                    const Date& from, const Date& to);
// The same figures without actor checks, for the report engine (branch-like units of the
// subtree of `org_id` as it was on `to`); meetings are due for the months and quarters
// ended by `due_until` (today, for a period not over yet).
MeetingStats CountMeetingStats(store::Transaction& tx, int64_t org_id, const Date& from,
                               const Date& to, const Date& due_until);

// --- Unexcused absences ---
struct AbsenceWarning {
  int64_t member_id = 0;
  std::string full_name, org_name;
  int64_t unexcused = 0;
  std::string last_on;
  bool removal_line = false;  // reached the number of the removal rule (Điều lệ)
};
// Members of the subtree with unexcused absences in `year` at or above the warning line
// (one below the removal line of the rule set in force on 31/12 of the year).
Result<std::vector<AbsenceWarning>> AbsenceWarnings(const Env& env, const Actor& actor,
                                                    int64_t org_id, int year);

// The unexcused absences in `year` of each of `members` who has any, unscoped: for the dues
// arrears shown beside them.
std::map<int64_t, int64_t> UnexcusedAbsenceCounts(store::Transaction& tx,
                                                  const std::vector<int64_t>& members, int year);

// The meeting items of the worklist of the subtree at `path` on `on`: units without a
// meeting this month (last month: overdue), without a thematic meeting this quarter, and
// members warned for unexcused absences. Called by the worklist (admission/flows.cc).
void AppendMeetingWorkItems(store::Transaction& tx, const std::string& path, const Date& on,
                            std::vector<WorkItem>& items);

}  // namespace dangbo::service
