// Migration 0015 "rewards": awards (khen thưởng) to collectives and individuals, emulation
// movements (phong trào thi đua) with the "Dân vận khéo" models and innovation programmes, and
// cultural-standard units per host unit and year, congress resolution targets with their
// yearly values, higher-level documents and their implementation by each grassroots
// organization.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kSubjects = "collective individual";
constexpr const char* kForms =
    "order merit_certificate emulation_flag emulation_title commendation";
constexpr const char* kLevels = "state central provincial superior grassroots";
constexpr const char* kEmulationKinds = "movement dan_van_kheo innovation";
constexpr const char* kCultureResults = "achieved model not_achieved";
constexpr const char* kComparisons = "at_least at_most";
constexpr const char* kDocumentKinds = "resolution directive conclusion guideline regulation";

std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string RewardTables() {
  return R"sql(
-- An emulation movement (phong trào thi đua), a "Dân vận khéo" model or an innovation
-- programme of organization `org_id`, from `starts_on` (the fact's date).
CREATE TABLE emulation (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kEmulationKinds) + R"sql(),
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX emulation_org_idx ON emulation(org_id, starts_on);
CREATE INDEX emulation_kind_idx ON emulation(kind, starts_on);

-- An award by decision: to a collective (`org_id` the organization awarded) or to a member
-- (`member_id`, `org_id` their unit on the decision's date); `form` and `level` of the award,
-- the period it rewards in words ("năm 2025"), an optional movement; `effects` (JSON) the
-- member file's reward record it added, so that voiding removes exactly that.
CREATE TABLE reward (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  subject TEXT NOT NULL CHECK ()sql" +
         In("subject", kSubjects) + R"sql(),
  member_id BIGINT REFERENCES member(id),
  recipient TEXT NOT NULL,
  form TEXT NOT NULL CHECK ()sql" +
         In("form", kForms) + R"sql(),
  level TEXT NOT NULL CHECK ()sql" +
         In("level", kLevels) + R"sql(),
  decision_no TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  period_label TEXT,
  emulation_id BIGINT REFERENCES emulation(id),
  effects TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  CHECK ((subject = 'individual') = (member_id IS NOT NULL))
);
CREATE INDEX reward_org_idx ON reward(org_id, decided_on);
CREATE INDEX reward_subject_idx ON reward(subject, decided_on);
CREATE INDEX reward_member_idx ON reward(member_id);
)sql";
}

std::string CultureTables() {
  return R"sql(
-- A host unit's standing as a cultural unit (cơ quan, đơn vị, doanh nghiệp văn hóa) in a year:
-- registered, and the year's result (NULL while pending); `org_id` the highest organization of
-- the recording subtree in the host unit (where the figure is placed).
CREATE TABLE culture_unit (
  id @PK@,
  host_unit_id BIGINT NOT NULL REFERENCES host_unit(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  year INTEGER NOT NULL,
  registered INTEGER NOT NULL DEFAULT 0,
  result TEXT CHECK (result IS NULL OR )sql" +
         In("result", kCultureResults) + R"sql(),
  decision_no TEXT,
  decided_on TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (result IS NULL OR registered = 1)
);
CREATE UNIQUE INDEX culture_unit_year_idx ON culture_unit(host_unit_id, year);
CREATE INDEX culture_unit_org_idx ON culture_unit(org_id, year);
)sql";
}

std::string TargetTables() {
  return R"sql(
-- A target of organization `org_id`'s congress resolution for a term ("2025-2030"): what it
-- measures, how the actual value meets the plan, the plan for every year of the term, and
-- `indicator`, a code of the report catalogue whose value is the actual one (else typed).
CREATE TABLE congress_target (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  term TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  unit TEXT,
  comparison TEXT NOT NULL CHECK ()sql" +
         In("comparison", kComparisons) + R"sql(),
  indicator TEXT,
  term_plan DOUBLE PRECISION,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX congress_target_org_idx ON congress_target(org_id, term);

-- A year of a target: its own plan (else the term's) and the typed actual value.
CREATE TABLE congress_target_year (
  id @PK@,
  target_id BIGINT NOT NULL REFERENCES congress_target(id),
  year INTEGER NOT NULL,
  plan DOUBLE PRECISION,
  actual DOUBLE PRECISION,
  note TEXT,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX congress_target_year_idx ON congress_target_year(target_id, year);
)sql";
}

std::string DocumentTables() {
  return R"sql(
-- A document of a higher level ("22-NQ/TW", "81-KL/TU") whose implementation organization
-- `org_id` follows, dated by its issue.
CREATE TABLE higher_document (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kDocumentKinds) + R"sql(),
  number TEXT NOT NULL,
  issuer TEXT,
  issued_on TEXT NOT NULL,
  title TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX higher_document_org_idx ON higher_document(org_id, issued_on);

-- How grassroots organization `org_id` implemented document `document_id`: the study session,
-- the action plan and the thematic resolution, each dated (the facts' dates).
CREATE TABLE document_implementation (
  id @PK@,
  document_id BIGINT NOT NULL REFERENCES higher_document(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  studied_on TEXT,
  plan_on TEXT,
  plan_no TEXT,
  resolution_on TEXT,
  resolution_no TEXT,
  note TEXT,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX document_implementation_idx ON document_implementation(document_id, org_id);
CREATE INDEX document_implementation_org_idx ON document_implementation(org_id);
)sql";
}

const std::vector<CodedColumn>& Columns0015() {
  static const std::vector<CodedColumn> kAll = {
      {"emulation", "kind", kEmulationKinds},
      {"reward", "subject", kSubjects},
      {"reward", "form", kForms},
      {"reward", "level", kLevels},
      {"culture_unit", "result", kCultureResults},
      {"congress_target", "comparison", kComparisons},
      {"higher_document", "kind", kDocumentKinds},
  };
  return kAll;
}

}  // namespace

const std::vector<CodedColumn>& RewardsCodedColumns() { return Columns0015(); }

const char* RewardsSql() {
  static const std::string kSql =
      RewardTables() + CultureTables() + TargetTables() + DocumentTables() + ExtensionSql(15);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
