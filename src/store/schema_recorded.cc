// Migration 0008 "recorded": what the registry said at any moment of recording, and the
// reports an office sent up, frozen with their figures; 0019: the same for the inspection
// and discipline cases and the dues tallies.
//
// Spans are rewritten when history is corrected; from this migration every version of a
// span row is kept. A current row carries recorded_at (when this version was written;
// NULL: before this migration); a version replaced or deleted moves to <table>_retired with
// retired_at. The spans as recorded at T are the current rows recorded by T and the retired
// rows recorded by T and retired after it (report/as_recorded.h reads them so).
#include <initializer_list>
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kTables = R"sql(
ALTER TABLE member_span ADD COLUMN recorded_at TEXT;
ALTER TABLE org_span ADD COLUMN recorded_at TEXT;

CREATE TABLE member_span_retired (
  member_id BIGINT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  org_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  recorded_at TEXT,
  retired_at TEXT NOT NULL
);
CREATE INDEX member_span_retired_idx ON member_span_retired(retired_at, member_id);

CREATE TABLE org_span_retired (
  org_id BIGINT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  parent_id BIGINT,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  path TEXT @BYTES@ NOT NULL,
  recorded_at TEXT,
  retired_at TEXT NOT NULL
);
CREATE INDEX org_span_retired_idx ON org_span_retired(retired_at, org_id);

-- A report as it was sent up: what was asked (query_json: indicators, date, period,
-- breakdown) and the answer with every figure (answer_json), its number and date. Never
-- changed; withdrawn by voided_at.
CREATE TABLE report_snapshot (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  title TEXT NOT NULL,
  number TEXT,
  issued_on TEXT NOT NULL,
  query_json TEXT NOT NULL,
  answer_json TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX report_snapshot_org_idx ON report_snapshot(org_id, issued_on);
)sql";

}  // namespace

const char* Recorded() {
  static const std::string kSql = kTables + ExtensionSql(8);
  return kSql.c_str();
}

// Migration 0019: the inspection and discipline cases and the dues tallies keep their
// versions the same way, so their reports can be read as recorded too. A case written
// once (version 1) was recorded when it was created; a case changed since, and the tallies,
// count as known from the start (NULL), as the spans of migration 0008 did.
const char* RecordedCases() {
  return R"sql(
ALTER TABLE inspection_case ADD COLUMN recorded_at TEXT;
ALTER TABLE discipline_case ADD COLUMN recorded_at TEXT;
ALTER TABLE dues_tally ADD COLUMN recorded_at TEXT;
UPDATE inspection_case SET recorded_at = created_at WHERE version = 1;
UPDATE discipline_case SET recorded_at = created_at WHERE version = 1;

-- The retired tables have the columns of their tables (recorded_at included) and retired_at.
CREATE TABLE inspection_case_retired AS SELECT * FROM inspection_case WHERE 1 = 0;
ALTER TABLE inspection_case_retired ADD COLUMN retired_at TEXT;
CREATE INDEX inspection_case_retired_idx ON inspection_case_retired(retired_at, id);
CREATE TABLE discipline_case_retired AS SELECT * FROM discipline_case WHERE 1 = 0;
ALTER TABLE discipline_case_retired ADD COLUMN retired_at TEXT;
CREATE INDEX discipline_case_retired_idx ON discipline_case_retired(retired_at, id);
CREATE TABLE dues_tally_retired AS SELECT * FROM dues_tally WHERE 1 = 0;
ALTER TABLE dues_tally_retired ADD COLUMN retired_at TEXT;
CREATE INDEX dues_tally_retired_idx ON dues_tally_retired(retired_at, org_id);
)sql";
}

namespace {

// One table made versioned: its recorded_at column, filled from created_at for the rows
// `known_when` picks ("" leaves every row NULL: known at every moment), and its retired copy
// (the table's columns and retired_at) indexed by (retired_at, `key`).
struct Versioned {
  const char* table;
  const char* key;
  const char* known_when;
};

std::string VersionedSql(std::initializer_list<Versioned> tables) {
  std::string out;
  for (const Versioned& v : tables) {
    const std::string t = v.table;
    out += "ALTER TABLE " + t + " ADD COLUMN recorded_at TEXT;\n";
    if (*v.known_when) {
      out += "UPDATE " + t + " SET recorded_at = created_at WHERE " + v.known_when + ";\n";
    }
    out += "CREATE TABLE " + t + "_retired AS SELECT * FROM " + t + " WHERE 1 = 0;\n" +
           "ALTER TABLE " + t + "_retired ADD COLUMN retired_at TEXT;\n" + "CREATE INDEX " + t +
           "_retired_idx ON " + t + "_retired(retired_at, " + v.key + ");\n";
  }
  return out;
}

}  // namespace

const char* RecordedRatingsBadges() {
  static const std::string kSql =
      VersionedSql({{"rating", "id", "version = 1"}, {"badge", "id", "version = 1"}});
  return kSql.c_str();
}

const char* RecordedMeetings() {
  // Versions keep no minutes file (minutes_base64 stays NULL in them): figures never read it.
  static const std::string kSql =
      VersionedSql({{"meeting", "id", "version = 1"}, {"meeting_attendance", "meeting_id", ""}});
  return kSql.c_str();
}

const char* RecordedTraining() {
  // A learner row has no version number: one never changed since written is taken as
  // recorded then, a changed one as known before recording history was kept.
  static const std::string kSql =
      VersionedSql({{"training_class", "id", "version = 1"},
                    {"training_learner", "id", "updated_at = created_at"}});
  return kSql.c_str();
}

const char* RecordedPropaganda() {
  static const std::string kSql = VersionedSql({{"propaganda_activity", "id", "version = 1"},
                                                {"directive05_model", "id", "version = 1"},
                                                {"opinion_collaborator", "id", "version = 1"}});
  return kSql.c_str();
}

const char* RecordedRewrites() {
  // Rows rewritten whole (deleted and written again): those already there keep no earlier
  // version, so they read as known at every moment (recorded_at NULL).
  static const std::string kSql =
      VersionedSql({{"culture_unit", "id", ""}, {"document_implementation", "id", ""}});
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
