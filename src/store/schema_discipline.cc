// Migration 0011 "inspection_discipline": inspection and supervision (yearly programmes,
// cases with their conclusion and follow-up) and discipline cases (decision, appeal, outcome).
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kInspectionKinds =
    "regular_supervision thematic_supervision violation_signs lower_inspection finance";
constexpr const char* kSubjects = "member org";
constexpr const char* kInspectionStatuses = "open concluded closed";
constexpr const char* kForms = "reprimand warning dismissal expulsion dissolution";
constexpr const char* kDisciplineStatuses = "in_force appealed changed annulled lapsed";
constexpr const char* kAppealOutcomes = "upheld changed annulled";

std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string InspectionTables() {
  return R"sql(
-- The yearly programme of inspection and supervision of a committee.
CREATE TABLE inspection_programme (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1930 AND 2200),
  title TEXT NOT NULL,
  decision_no TEXT,
  approved_on TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  voided_at TEXT
);
CREATE UNIQUE INDEX inspection_programme_year_idx ON inspection_programme(org_id, year)
  WHERE voided_at IS NULL;

-- A case of inspection or supervision: `org_id` the subject's unit (the organization, or the
-- member's unit), `handling_org_id` the committee that conducts it, `started_on` the fact's
-- date; then the conclusion and the follow-up until closed.
CREATE TABLE inspection_case (
  id @PK@,
  programme_id BIGINT REFERENCES inspection_programme(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  handling_org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kInspectionKinds) + R"sql(),
  subject TEXT NOT NULL CHECK ()sql" +
         In("subject", kSubjects) + R"sql(),
  member_id BIGINT REFERENCES member(id),
  title TEXT NOT NULL,
  team TEXT,
  started_on TEXT NOT NULL,
  planned_end_on TEXT,
  documents TEXT,
  status TEXT NOT NULL CHECK ()sql" +
         In("status", kInspectionStatuses) + R"sql(),
  concluded_on TEXT,
  violation INTEGER,
  conclusion TEXT,
  remedies TEXT,
  fix_due_on TEXT,
  closed_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  CHECK ((subject = 'member') = (member_id IS NOT NULL))
);
CREATE INDEX inspection_case_org_idx ON inspection_case(org_id, started_on);
CREATE INDEX inspection_case_handling_idx ON inspection_case(handling_org_id, started_on);
CREATE INDEX inspection_case_kind_idx ON inspection_case(kind, started_on);

-- The dated follow-up steps of a case after its conclusion.
CREATE TABLE inspection_step (
  id @PK@,
  case_id BIGINT NOT NULL REFERENCES inspection_case(id),
  step_on TEXT NOT NULL,
  note TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX inspection_step_case_idx ON inspection_step(case_id, step_on);
)sql";
}

std::string DisciplineTables() {
  return R"sql(
-- A discipline decision on a member or an organization: `org_id` the member's unit (or the
-- organization) on the decision date, `decided_on` the fact's date, `handling_org_id` the
-- committee that decided; the appeal and its outcome; `effect_event_id` the expulsion event
-- (member_event) or dissolution (org_event) written in the same transaction.
CREATE TABLE discipline_case (
  id @PK@,
  subject TEXT NOT NULL CHECK ()sql" +
         In("subject", kSubjects) + R"sql(),
  member_id BIGINT REFERENCES member(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  handling_org_id BIGINT NOT NULL REFERENCES org(id),
  inspection_case_id BIGINT REFERENCES inspection_case(id),
  form TEXT NOT NULL CHECK ()sql" +
         In("form", kForms) + R"sql(),
  member_status TEXT,
  post TEXT,
  violation_on TEXT NOT NULL,
  violation TEXT NOT NULL,
  decision_no TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  received_on TEXT,
  status TEXT NOT NULL CHECK ()sql" +
         In("status", kDisciplineStatuses) + R"sql(),
  appeal_on TEXT,
  appeal_outcome TEXT CHECK (appeal_outcome IS NULL OR )sql" +
         In("appeal_outcome", kAppealOutcomes) + R"sql(),
  appeal_decided_on TEXT,
  appeal_decision_no TEXT,
  changed_form TEXT CHECK (changed_form IS NULL OR )sql" +
         In("changed_form", kForms) + R"sql(),
  effect_event_id BIGINT,
  note TEXT,
  recorded_by TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  CHECK ((subject = 'member') = (member_id IS NOT NULL))
);
CREATE INDEX discipline_case_org_idx ON discipline_case(org_id, decided_on);
CREATE INDEX discipline_case_member_idx ON discipline_case(member_id, decided_on);
CREATE INDEX discipline_case_handling_idx ON discipline_case(handling_org_id, decided_on);
)sql";
}

const std::vector<CodedColumn>& Columns0011() {
  static const std::vector<CodedColumn> kAll = {
      {"inspection_case", "kind", kInspectionKinds},
      {"inspection_case", "subject", kSubjects},
      {"inspection_case", "status", kInspectionStatuses},
      {"discipline_case", "subject", kSubjects},
      {"discipline_case", "form", kForms},
      {"discipline_case", "status", kDisciplineStatuses},
      {"discipline_case", "appeal_outcome", kAppealOutcomes},
      {"discipline_case", "changed_form", kForms},
  };
  return kAll;
}

}  // namespace

const std::vector<CodedColumn>& InspectionDisciplineCodedColumns() { return Columns0011(); }

const char* InspectionDisciplineSql() {
  static const std::string kSql = InspectionTables() + DisciplineTables() + ExtensionSql(11);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
