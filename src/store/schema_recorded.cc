// Migration 0008 "recorded": what the registry said at any moment of recording, and the
// reports an office sent up, frozen with their figures.
//
// Spans are rewritten when history is corrected; from this migration every version of a
// span row is kept. A current row carries recorded_at (when this version was written;
// NULL: before this migration); a version replaced or deleted moves to <table>_retired with
// retired_at. The spans as recorded at T are the current rows recorded by T and the retired
// rows recorded by T and retired after it (report/as_recorded.h reads them so).
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

}  // namespace dangbo::store::schema
