// Meetings (sinh hoạt chi bộ): a unit's regular, thematic, committee and grassroots
// committee meetings, planned for a year and then recorded (topic, chair, recorder, the
// higher-level committee member who attended, resolution, minutes, quality); attendance one
// member at a time; the assignments of higher-level committee members to branches.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

enum class MeetingKind { kRegular, kThematic, kCommittee, kGrassrootsCommittee };
enum class MeetingStatus { kPlanned, kHeld };
enum class AttendanceStatus { kPresent, kLate, kExcused, kUnexcused };
enum class MeetingQuality { kGood, kFair, kAverage, kWeak };
std::span<const vocab::Entry<MeetingKind>> VocabOf(MeetingKind);
std::span<const vocab::Entry<MeetingStatus>> VocabOf(MeetingStatus);
std::span<const vocab::Entry<AttendanceStatus>> VocabOf(AttendanceStatus);
std::span<const vocab::Entry<MeetingQuality>> VocabOf(MeetingQuality);
// Attendance statuses that count as attending (present, late).
bool Attended(const std::string& status);

// A meeting as entered. A plan has `planned_on` and no `held_on`; a held meeting has
// `held_on` (not in the future). Persons are member files in the actor's scope or, for the
// higher-level member, one assigned to the unit; a name alone is kept as typed.
struct MeetingInput {
  int64_t org_id = 0;
  std::string kind;
  std::string planned_on, held_on;
  std::string topic;
  std::optional<int64_t> chair_member_id, recorder_member_id, higher_member_id;
  std::string chair_name, recorder_name, higher_name;
  std::string resolution;
  std::string quality;
  int64_t expected_version = 0;  // RecordMeeting: the version read (0 = do not check)
};

struct Meeting {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  std::string kind, status, planned_on, held_on, topic;
  std::optional<int64_t> chair_member_id, recorder_member_id, higher_member_id;
  std::string chair_name, recorder_name, higher_name, resolution, quality;
  std::string minutes_name, minutes_type;
  int64_t minutes_size = 0;
  int64_t version = 0;
  std::string created_at, updated_at;
  // Attendance taken so far: by status, and the rate over the marked attendees.
  int64_t marked = 0, present = 0, late = 0, excused = 0, unexcused = 0;
  std::optional<double> attendance_percent;
};
nlohmann::json MeetingJson(const Meeting& m);

Result<Meeting> CreateMeeting(const Env& env, const Actor& actor, const MeetingInput& in);
// Changes a meeting's record (a plan becomes held when `held_on` is given).
Result<Meeting> RecordMeeting(const Env& env, const Actor& actor, int64_t id,
                              const MeetingInput& in);
Status VoidMeeting(const Env& env, const Actor& actor, int64_t id, const std::string& reason);
Result<Meeting> GetMeeting(const Env& env, const Actor& actor, int64_t id);

struct MeetingQuery {
  int64_t org_id = 0;  // the subtree
  int year = 0;        // 0 = every year
  std::string kind, status;
  int page = 1;
  int page_size = 50;
};
Result<Page<Meeting>> ListMeetings(const Env& env, const Actor& actor, const MeetingQuery& q);

// A year's schedule for one unit: a planned meeting on `day` (clamped to the month) for each
// month of the year that has none of that kind yet — regular (branch-like units) or
// committee meetings monthly, a thematic meeting in the middle month of each quarter,
// grassroots committee meetings in June and December. Answers the meetings created.
struct PlanInput {
  int64_t org_id = 0;
  int year = 0;
  int day = 5;
};
Result<std::vector<Meeting>> PlanYear(const Env& env, const Actor& actor, const PlanInput& in);

// The minutes (biên bản): PDF, Word (.docx), JPEG or PNG, at most kMinutesMaxBytes, checked
// by their first bytes; kept in the database and served only to readers of the unit.
inline constexpr int64_t kMinutesMaxBytes = 5 * 1024 * 1024;
Result<Meeting> UploadMinutes(const Env& env, const Actor& actor, int64_t id,
                              const std::string& filename, const std::string& content_base64);
struct MinutesFile {
  std::string bytes, content_type, download_name;  // download_name: ASCII
};
Result<MinutesFile> GetMinutes(const Env& env, const Actor& actor, int64_t id);

// --- Attendance (attendance.cc) ---

// Who is expected at a meeting: the unit's probationary and official members on the date,
// without those temporarily away, with members temporarily here (`visiting`).
struct Attendee {
  int64_t member_id = 0;
  std::string full_name;
  std::string status;  // "" until marked
  bool visiting = false;
  std::string home_org_name;  // visiting: their own unit
};
Result<std::vector<Attendee>> MeetingRoster(const Env& env, const Actor& actor, int64_t id);

struct AttendanceMark {
  int64_t member_id = 0;
  std::string status;
};
// Marks attendees of a held meeting (one tap: one mark); every member must be on its roster.
Result<Meeting> SetAttendance(const Env& env, const Actor& actor, int64_t id,
                              const std::vector<AttendanceMark>& marks);

// --- Many meetings at once (meeting_bulk.cc), for generators and imports ---

// The expected attendees (member ids) of each (unit, date) of the subtree of `org_id`, as
// MeetingRoster would answer them, read in one pass. Members visiting from outside the
// subtree are not seen.
struct RosterRequest {
  int64_t org_id = 0;
  std::string on;
};
Result<std::vector<std::vector<int64_t>>> BulkRosters(const Env& env, const Actor& actor,
                                                      int64_t org_id,
                                                      const std::vector<RosterRequest>& requests);
// Held (or planned) meetings with their attendance, written in one transaction: each checked
// as CreateMeeting and SetAttendance check it (persons by name only, except the higher-level
// member, who must be a member of the subtree); the first failure writes nothing. One audit
// row. Answers how many meetings were written.
struct BulkMeeting {
  MeetingInput meeting;
  std::vector<AttendanceMark> marks;
};
Result<int64_t> ImportMeetings(const Env& env, const Actor& actor, int64_t org_id,
                               const std::vector<BulkMeeting>& meetings);

}  // namespace dangbo::service
