// Migration 0014 "propaganda": the propaganda and education work (tuyên giáo) — dated
// activities (study sessions on higher-level documents, online conferences, contests, public
// opinion reports), the Directive 05 movement's model registrations, and the public-opinion
// collaborators with their terms of service.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kActivityKinds = "study_session online_conference contest opinion_report";
constexpr const char* kDocumentKinds = "resolution directive conclusion guideline regulation";
constexpr const char* kModelKinds = "collective individual";

std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string PropagandaTables() {
  return R"sql(
-- A dated activity of organization `org_id`: a study session on a document of a higher level
-- (document_no "22-NQ/TW", document_kind; invited and attended members), an online
-- conference (connection points, participants in `attended`), a contest (entries, prizes),
-- a report of public opinion collected (opinions, topics, summary).
CREATE TABLE propaganda_activity (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kActivityKinds) + R"sql(),
  held_on TEXT NOT NULL,
  ends_on TEXT,
  title TEXT NOT NULL,
  document_no TEXT,
  document_kind TEXT CHECK (document_kind IS NULL OR )sql" +
         In("document_kind", kDocumentKinds) + R"sql(),
  invited INTEGER,
  attended INTEGER,
  points INTEGER,
  entries INTEGER,
  prizes INTEGER,
  opinions INTEGER,
  topics TEXT,
  summary TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  CHECK (ends_on IS NULL OR held_on <= ends_on),
  CHECK (invited IS NULL OR attended IS NULL OR attended <= invited)
);
CREATE INDEX propaganda_activity_org_idx ON propaganda_activity(org_id, held_on);
CREATE INDEX propaganda_activity_kind_idx ON propaganda_activity(kind, held_on);

-- A model (mô hình, điển hình) registered by unit `org_id` under Directive 05 (học tập và làm
-- theo tư tưởng, đạo đức, phong cách Hồ Chí Minh) for a year, collective or individual
-- (member_id), recognized on `recognized_on` when it was.
CREATE TABLE directive05_model (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kModelKinds) + R"sql(),
  member_id BIGINT REFERENCES member(id),
  name TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  recognized_on TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  CHECK (recognized_on IS NULL OR registered_on <= recognized_on)
);
CREATE INDEX directive05_model_org_idx ON directive05_model(org_id, registered_on);

-- A member serving as a public-opinion collaborator (cộng tác viên dư luận xã hội) for unit
-- `org_id` from `from_on` until `to_on` (exclusive; NULL: still serving).
CREATE TABLE opinion_collaborator (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  member_id BIGINT NOT NULL REFERENCES member(id),
  from_on TEXT NOT NULL,
  to_on TEXT,
  decision_no TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  CHECK (to_on IS NULL OR from_on < to_on)
);
CREATE INDEX opinion_collaborator_org_idx ON opinion_collaborator(org_id, from_on);
CREATE INDEX opinion_collaborator_member_idx ON opinion_collaborator(member_id);
)sql";
}

const std::vector<CodedColumn>& Columns0014() {
  static const std::vector<CodedColumn> kAll = {
      {"propaganda_activity", "kind", kActivityKinds},
      {"propaganda_activity", "document_kind", kDocumentKinds},
      {"directive05_model", "kind", kModelKinds},
  };
  return kAll;
}

}  // namespace

const std::vector<CodedColumn>& PropagandaCodedColumns() { return Columns0014(); }

const char* PropagandaSql() {
  static const std::string kSql = PropagandaTables() + ExtensionSql(14);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
