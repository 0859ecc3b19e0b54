// Propaganda and education (tuyên giáo): dated activities of an organization (study sessions
// on documents of higher levels, online conferences with connection points, contests, reports
// of public opinion collected), the Directive 05 movement's model registrations, and the
// public-opinion collaborators. Reads need propaganda.read, writes propaganda.write, both in
// the actor's subtree; a record is voided with a reason, never deleted; every write audited.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/kinds.h"
#include "service/core/page.h"

namespace dangbo::service {

// propaganda_activity.kind
enum class PropagandaKind { kStudySession, kOnlineConference, kContest, kOpinionReport };
std::span<const vocab::Entry<PropagandaKind>> VocabOf(PropagandaKind);
// The kind of a higher-level document studied (propaganda_activity.document_kind) is
// DocumentKind of service/core/kinds.h, shared with the documents domain.
// directive05_model.kind: a collective model or an individual example.
enum class ModelKind { kCollective, kIndividual };
std::span<const vocab::Entry<ModelKind>> VocabOf(ModelKind);

struct PropagandaActivity {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  std::string kind, held_on, ends_on, title, document_no, document_kind;
  // Study session: members invited and attending; online conference: participants in
  // `attended`, connection points in `points`; contest: entries, prizes; opinion report:
  // opinions collected. Absent when the kind has no such figure.
  std::optional<int64_t> invited, attended, points, entries, prizes, opinions;
  std::string topics, summary, note;
  int64_t version = 0;
};

struct ActivityInput {
  std::string kind, held_on, ends_on, title, document_no, document_kind;
  std::optional<int64_t> invited, attended, points, entries, prizes, opinions;
  std::string topics, summary, note;
  int64_t expected_version = 0;  // updates
};
// Records an activity of `org_id` (propaganda.write in its subtree). The figures the kind
// needs are required (a study session: document, invited ≥ 1, attended ≤ invited; a
// conference: points ≥ 1, participants; a contest: entries; an opinion report: opinions and a
// summary); the others are not stored.
Result<PropagandaActivity> CreateActivity(const Env& env, const Actor& actor, int64_t org_id,
                                          const ActivityInput& in);
// Changes an activity; its kind stays.
Result<PropagandaActivity> UpdateActivity(const Env& env, const Actor& actor, int64_t id,
                                          const ActivityInput& in);
Status VoidActivity(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

// One document studied in many units on one day: a row per unit of the subtree of `org_id`.
struct StudyUnitRow {
  int64_t org_id = 0;
  int64_t invited = 0, attended = 0;
  std::string held_on;  // "" = the batch's date
};
struct StudyBatchInput {
  std::string title, document_no, document_kind, held_on;
  std::vector<StudyUnitRow> rows;
};
// Records one study session per row, all or nothing, each audited; the number recorded.
Result<int64_t> RecordStudyByUnits(const Env& env, const Actor& actor, int64_t org_id,
                                   const StudyBatchInput& in);

struct ActivityQuery {
  std::string kind;  // "" every kind
  int year = 0;      // held in the year; 0 any
  int page = 1;
  int page_size = 50;
};
// The activities of the subtree of `org_id`, newest first.
Result<Page<PropagandaActivity>> ListActivities(const Env& env, const Actor& actor, int64_t org_id,
                                                const ActivityQuery& q);
Result<PropagandaActivity> GetActivity(const Env& env, const Actor& actor, int64_t id);

struct Directive05Model {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  int year = 0;
  std::string kind;
  std::optional<int64_t> member_id;
  std::string member_name, name, registered_on, recognized_on, note;
  int64_t version = 0;
};
struct ModelInput {
  int year = 0;
  std::string kind, name, registered_on, recognized_on, note;
  std::optional<int64_t> member_id;  // individual models: a member of the unit's subtree
  int64_t expected_version = 0;
};
// Registers a model of unit `org_id` for a year (propaganda.write in its subtree).
Result<Directive05Model> CreateModel(const Env& env, const Actor& actor, int64_t org_id,
                                     const ModelInput& in);
// Changes a registration: its name, dates (recognition), note; the unit stays.
Result<Directive05Model> UpdateModel(const Env& env, const Actor& actor, int64_t id,
                                     const ModelInput& in);
Status VoidModel(const Env& env, const Actor& actor, int64_t id, const std::string& reason);
struct ModelQuery {
  int year = 0;  // 0 any
  int page = 1;
  int page_size = 50;
};
Result<Page<Directive05Model>> ListModels(const Env& env, const Actor& actor, int64_t org_id,
                                          const ModelQuery& q);

struct Collaborator {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  int64_t member_id = 0;
  std::string member_name, from_on, to_on, decision_no, note;
  int64_t version = 0;
};
struct CollaboratorInput {
  int64_t member_id = 0;  // creation only
  std::string from_on, to_on, decision_no, note;
  int64_t expected_version = 0;
};
// A member of the subtree of `org_id` serving it as a public-opinion collaborator from a date;
// refused when the member already serves in an overlapping period.
Result<Collaborator> CreateCollaborator(const Env& env, const Actor& actor, int64_t org_id,
                                        const CollaboratorInput& in);
// Changes the dates (an end date: no longer serving), decision number, note.
Result<Collaborator> UpdateCollaborator(const Env& env, const Actor& actor, int64_t id,
                                        const CollaboratorInput& in);
Status VoidCollaborator(const Env& env, const Actor& actor, int64_t id, const std::string& reason);
struct CollaboratorQuery {
  std::string at;  // "" every one; a date: those serving on it
  int page = 1;
  int page_size = 50;
};
Result<Page<Collaborator>> ListCollaborators(const Env& env, const Actor& actor, int64_t org_id,
                                             const CollaboratorQuery& q);

nlohmann::json ActivityJson(const PropagandaActivity& a);
nlohmann::json ModelJson(const Directive05Model& m);
nlohmann::json CollaboratorJson(const Collaborator& c);

}  // namespace dangbo::service
