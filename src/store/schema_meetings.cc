// Migration 0009 "meetings": branch meetings (sinh hoạt chi bộ) with their attendance, the
// assignments of higher-level committee members to branches, and audit_log.action widened
// with the meeting actions. Coded columns carry CHECK lists rendered from one table.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kMeetingKinds = "regular thematic committee grassroots_committee";
constexpr const char* kMeetingStatuses = "planned held";
constexpr const char* kAttendance = "present late excused unexcused";
constexpr const char* kQuality = "good fair average weak";
std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string MeetingTables() {
  return R"sql(
-- A meeting of an organization: planned (planned_on) and then held (held_on, the fact's date).
CREATE TABLE meeting (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kMeetingKinds) + R"sql(),
  status TEXT NOT NULL CHECK ()sql" +
         In("status", kMeetingStatuses) + R"sql(),
  planned_on TEXT,
  held_on TEXT,
  topic TEXT NOT NULL,
  chair_member_id BIGINT REFERENCES member(id),
  chair_name TEXT,
  recorder_member_id BIGINT REFERENCES member(id),
  recorder_name TEXT,
  -- the higher-level committee member who attended (assigned or not)
  higher_member_id BIGINT REFERENCES member(id),
  higher_name TEXT,
  resolution TEXT,
  quality TEXT CHECK (quality IS NULL OR )sql" +
         In("quality", kQuality) + R"sql(),
  -- the minutes (biên bản): checked type and size, kept in the database (never a path)
  minutes_name TEXT,
  minutes_type TEXT,
  minutes_size BIGINT,
  minutes_base64 TEXT,
  -- the attendance marks by status (kept with meeting_attendance, for counting by meeting)
  present_count INTEGER NOT NULL DEFAULT 0,
  late_count INTEGER NOT NULL DEFAULT 0,
  excused_count INTEGER NOT NULL DEFAULT 0,
  unexcused_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX meeting_org_idx ON meeting(org_id, held_on);
CREATE INDEX meeting_kind_idx ON meeting(kind, held_on);
CREATE INDEX meeting_plan_idx ON meeting(org_id, planned_on);

-- One row per marked attendee of a held meeting (who marked it when: the audit log). org_id
-- is the meeting's unit: a member temporarily away attends and counts there (home_org_id
-- keeps their own unit).
CREATE TABLE meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES meeting(id),
  member_id BIGINT NOT NULL REFERENCES member(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  occurred_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK ()sql" +
         In("status", kAttendance) + R"sql(),
  home_org_id BIGINT REFERENCES org(id),
  voided_at TEXT,
  PRIMARY KEY (meeting_id, member_id)
) @WITHOUT_ROWID@;
CREATE INDEX meeting_attendance_org_idx ON meeting_attendance(org_id, occurred_on);
-- Unexcused absences by date, for the warnings near the removal line.
CREATE INDEX meeting_attendance_unexcused_idx ON meeting_attendance(occurred_on, member_id)
  WHERE status = 'unexcused';

-- A higher-level committee member assigned to attend a branch's meetings, from a date.
CREATE TABLE meeting_assignment (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  member_id BIGINT NOT NULL REFERENCES member(id),
  from_on TEXT NOT NULL,
  to_on TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  voided_at TEXT
);
CREATE INDEX meeting_assignment_org_idx ON meeting_assignment(org_id, from_on);
CREATE INDEX meeting_assignment_member_idx ON meeting_assignment(member_id);
)sql";
}

const std::vector<CodedColumn>& Columns0009() {
  static const std::vector<CodedColumn> kAll = {
      {"meeting", "kind", kMeetingKinds},
      {"meeting", "status", kMeetingStatuses},
      {"meeting", "quality", kQuality},
      {"meeting_attendance", "status", kAttendance},
  };
  return kAll;
}

}  // namespace

const std::vector<CodedColumn>& MeetingCodedColumns() { return Columns0009(); }

const char* MeetingsSql() {
  static const std::string kSql = MeetingTables() + ExtensionSql(9);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
