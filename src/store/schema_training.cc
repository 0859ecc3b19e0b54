// Migration 0013 "training": training classes (đào tạo, bồi dưỡng) with their learners,
// results and certificates, and cadre planning (quy hoạch cán bộ) per term with each
// planned person's training roadmap.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kClassKinds =
    "candidate_awareness new_member theory_elementary theory_intermediate theory_advanced "
    "committee_skills propaganda_staff";
constexpr const char* kResults = "completed not_completed";
constexpr const char* kGrades = "excellent good fair average";
constexpr const char* kPosts =
    "secretary deputy_secretary standing_member committee_member inspection_chair "
    "inspection_member";
constexpr const char* kTheoryLevels = "so_cap trung_cap cao_cap cu_nhan";

std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string TrainingTables() {
  return R"sql(
-- A class organised by `org_id` (an organization of the tree) from `starts_on` to `ends_on`.
CREATE TABLE training_class (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kClassKinds) + R"sql(),
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  place TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  CHECK (starts_on <= ends_on)
);
CREATE INDEX training_class_org_idx ON training_class(org_id, starts_on);
CREATE INDEX training_class_kind_idx ON training_class(kind, ends_on);

-- A learner of a class: a member or a candidate, `org_id` their unit when added; the result,
-- the grade and the certificate; `effects` (JSON) what recording the certificate changed
-- elsewhere (the member's theory level and training record, the candidate's admission
-- file), so that voiding it can undo exactly that.
CREATE TABLE training_learner (
  id @PK@,
  class_id BIGINT NOT NULL REFERENCES training_class(id),
  member_id BIGINT REFERENCES member(id),
  candidate_id BIGINT REFERENCES candidate(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  result TEXT CHECK (result IS NULL OR )sql" +
         In("result", kResults) + R"sql(),
  grade TEXT CHECK (grade IS NULL OR )sql" +
         In("grade", kGrades) + R"sql(),
  certificate_no TEXT,
  certificate_on TEXT,
  effects TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  CHECK ((member_id IS NULL) <> (candidate_id IS NULL))
);
CREATE INDEX training_learner_class_idx ON training_learner(class_id);
CREATE INDEX training_learner_member_idx ON training_learner(member_id);
CREATE INDEX training_learner_candidate_idx ON training_learner(candidate_id);
CREATE INDEX training_learner_org_idx ON training_learner(org_id);
)sql";
}

std::string CadreTables() {
  return R"sql(
-- A person planned (quy hoạch) for a post of organization `org_id` in a term ("2025-2030"):
-- added by a decision, removed by another; the theory level to reach by a date.
CREATE TABLE cadre_plan (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  term TEXT NOT NULL,
  member_id BIGINT NOT NULL REFERENCES member(id),
  post TEXT NOT NULL CHECK ()sql" +
         In("post", kPosts) + R"sql(),
  added_on TEXT NOT NULL,
  added_decision_no TEXT NOT NULL,
  target_theory TEXT CHECK (target_theory IS NULL OR )sql" +
         In("target_theory", kTheoryLevels) + R"sql(),
  theory_by TEXT,
  removed_on TEXT,
  removed_decision_no TEXT,
  removed_reason TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT
);
CREATE INDEX cadre_plan_org_idx ON cadre_plan(org_id, term);
CREATE INDEX cadre_plan_member_idx ON cadre_plan(member_id);

-- A class kind a planned person is to complete by `due_on` (the training roadmap).
CREATE TABLE cadre_roadmap_item (
  id @PK@,
  plan_id BIGINT NOT NULL REFERENCES cadre_plan(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kClassKinds) + R"sql(),
  due_on TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  voided_at TEXT
);
CREATE INDEX cadre_roadmap_plan_idx ON cadre_roadmap_item(plan_id);
)sql";
}

const std::vector<CodedColumn>& Columns0013() {
  static const std::vector<CodedColumn> kAll = {
      {"training_class", "kind", kClassKinds},        {"training_learner", "result", kResults},
      {"training_learner", "grade", kGrades},         {"cadre_plan", "post", kPosts},
      {"cadre_plan", "target_theory", kTheoryLevels}, {"cadre_roadmap_item", "kind", kClassKinds},
  };
  return kAll;
}

}  // namespace

const std::vector<CodedColumn>& TrainingCodedColumns() { return Columns0013(); }

const char* TrainingSql() {
  static const std::string kSql = TrainingTables() + CadreTables() + ExtensionSql(13);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
