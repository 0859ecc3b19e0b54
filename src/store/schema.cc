// The product's schema as forward-only migrations. Never edit a released migration:
// add a new one. Tokens (@PK@, ...) are explained in migrate.h.
#include "store/migrate.h"
#include "store/schema_parts.h"

namespace dangbo::store {

namespace {

// 0001: organizations (minimal tree; the registry issue extends it), accounts,
// sessions and the audit log.
constexpr const char* kPlatform = R"sql(
CREATE TABLE org (
  id @PK@,
  parent_id BIGINT REFERENCES org(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  -- materialized path of ids, "/1/5/12/": a subtree is the range [path, path || '~')
  path TEXT @BYTES@ NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX org_parent_idx ON org(parent_id);
CREATE UNIQUE INDEX org_path_idx ON org(path);

CREATE TABLE app_user (
  id @PK@,
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  org_id BIGINT NOT NULL REFERENCES org(id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  password_changed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user(username);
CREATE INDEX app_user_org_idx ON app_user(org_id);

CREATE TABLE user_role (
  user_id BIGINT NOT NULL REFERENCES app_user(id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

-- The session token itself is never stored, only its SHA-256.
CREATE TABLE user_session (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  client_addr TEXT
);
CREATE INDEX user_session_user_idx ON user_session(user_id);

-- One row per write attempt through any interface; outcome 'ok' rows are written in the
-- same transaction as the change, 'refused' rows in their own.
CREATE TABLE audit_log (
  id @PK@,
  at TEXT NOT NULL,
  actor_id BIGINT,
  actor_name TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  org_id BIGINT,
  outcome TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  detail TEXT,
  client_addr TEXT,
  via TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log(at);
CREATE INDEX audit_log_actor_idx ON audit_log(actor_id, at);
CREATE INDEX audit_log_entity_idx ON audit_log(entity, entity_id);
CREATE INDEX audit_log_org_idx ON audit_log(org_id, at);
)sql";

// Migration 0007: the report engine's two-sided member moves find an internal transfer's
// source unit by its event (without it, every event scanned member_transfer).
// Migration 0017: an organization event voided by a later decision (a dissolution annulled
// on appeal) is kept and marked, as member events are.
constexpr const char* kOrgEventVoid = R"sql(
ALTER TABLE org_event ADD COLUMN voided_at TEXT;
ALTER TABLE org_event ADD COLUMN void_reason TEXT;
)sql";

// Migration 0018: flows are driven from the subtree's units: each unit's events of a period
// are found by (org_id, date), so a district's report no longer reads the country's events;
// the units restructured in a period (their spans starting then) are found by date.
constexpr const char* kFlowIndexes = R"sql(
CREATE INDEX member_event_org_idx ON member_event(org_id, occurred_on);
CREATE INDEX org_span_from_idx ON org_span(valid_from);
)sql";

// The meeting figures read every held meeting of a unit's period: an index holding what
// they read (kind, status, void, higher-level attendance, the marks' counts) answers them
// without the table's rows. It starts with (org_id, held_on), so it replaces that index.
constexpr const char* kMeetingFactsIndex = R"sql(
DROP INDEX meeting_org_idx;
CREATE INDEX meeting_facts_idx ON meeting(org_id, held_on, status, kind, voided_at,
  higher_member_id, present_count, late_count, excused_count, unexcused_count);
)sql";

// The absence warnings read the unexcused absences of a subtree's members: by member, so
// that a district reads its own members' rows, not the whole country's year.
constexpr const char* kAbsenceByMemberIndex = R"sql(
DROP INDEX meeting_attendance_unexcused_idx;
CREATE INDEX meeting_attendance_absent_member_idx ON meeting_attendance(member_id, occurred_on)
  WHERE status = 'unexcused';
)sql";

// The year's unexcused absences by date: a large subtree's warnings start from them rather
// than from its members (service/meetings/meeting_checks.cc).
constexpr const char* kAbsenceByDateIndex = R"sql(
CREATE INDEX meeting_attendance_absent_date_idx ON meeting_attendance(occurred_on, member_id,
  voided_at) WHERE status = 'unexcused';
)sql";

// The probationers of a subtree (the worklist's probations ending, recognitions overdue): a
// tenth of the members, found without reading the others' rows.
constexpr const char* kProbationIndex = R"sql(
CREATE INDEX member_probation_idx ON member(org_path) WHERE status = 'probationary';
)sql";

constexpr const char* kReportIndexes = R"sql(
CREATE INDEX member_transfer_event_idx ON member_transfer(event_id);
)sql";

}  // namespace

const std::vector<Migration>& AllMigrations() {
  static const std::vector<Migration> kAll = {
      {1, "platform", kPlatform},
      {2, "registry", schema::Registry()},
      {3, "lifecycle", schema::Lifecycle()},
      {4, "change_log", schema::ChangeLog()},
      {5, "coded_columns", schema::CodedColumnsSql()},
      {6, "audit_actions", schema::AuditActionsSql()},
      {7, "report_indexes", kReportIndexes},
      {8, "recorded", schema::Recorded()},
      {9, "meetings", schema::MeetingsSql()},
      {10, "ratings_badges",
       std::string(schema::RatingsBadges()) + schema::RatingsBadgesCodesSql()},
      {11, "inspection_discipline", schema::InspectionDisciplineSql()},
      {12, "dues", schema::DuesSql()},
      {13, "training", schema::TrainingSql()},
      {14, "propaganda", schema::PropagandaSql()},
      {15, "rewards", schema::RewardsSql()},
      {16, "self_service", schema::SelfServiceSql()},
      {17, "org_event_void", kOrgEventVoid},
      {18, "flow_indexes", kFlowIndexes},
      {19, "recorded_cases", schema::RecordedCases()},
      {20, "meeting_facts_index", kMeetingFactsIndex},
      {21, "absence_by_member_index", kAbsenceByMemberIndex},
      {22, "absence_by_date_index", kAbsenceByDateIndex},
      {23, "dues_standing", schema::DuesStandingSql()},
      {24, "probation_index", kProbationIndex},
      {25, "recorded_ratings_badges", schema::RecordedRatingsBadges()},
      {26, "recorded_meetings", schema::RecordedMeetings()},
      {27, "recorded_training", schema::RecordedTraining()},
      {28, "recorded_propaganda", schema::RecordedPropaganda()},
      {29, "recorded_rewrites", schema::RecordedRewrites()},
  };
  return kAll;
}

}  // namespace dangbo::store
