// Training (đào tạo, bồi dưỡng): classes organised by an organization of the tree, their
// learners (members or candidates of its subtree), results and certificates. A certificate
// acts on the other files in the same transaction: a candidate's "nhận thức về Đảng"
// certificate fills the admission file's class step, a member's political-theory certificate
// raises the theory level of the member file (never lowers it) and adds a training record.
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
#include "service/core/page.h"

namespace dangbo::service {

// The kinds of class (training_class.kind). Candidates attend only kCandidateAwareness;
// members the others.
enum class TrainingKind {
  kCandidateAwareness,
  kNewMember,
  kTheoryElementary,
  kTheoryIntermediate,
  kTheoryAdvanced,
  kCommitteeSkills,
  kPropagandaStaff,
};
std::span<const vocab::Entry<TrainingKind>> VocabOf(TrainingKind);
enum class TrainingResult { kCompleted, kNotCompleted };
std::span<const vocab::Entry<TrainingResult>> VocabOf(TrainingResult);
enum class TrainingGrade { kExcellent, kGood, kFair, kAverage };
std::span<const vocab::Entry<TrainingGrade>> VocabOf(TrainingGrade);

// The member file's theory level (reference.h TheoryLevels) a class kind certifies; "" none.
std::string TheoryLevelOf(const std::string& kind);
// The rank of a theory level code: 0 none, 1 sơ cấp … 4 cử nhân.
int TheoryRank(const std::string& level);

struct TrainingLearner {
  int64_t id = 0;
  int64_t class_id = 0;
  std::optional<int64_t> member_id, candidate_id;
  std::string full_name, org_name;
  int64_t org_id = 0;
  std::string result, grade, certificate_no, certificate_on;
  // What the certificate changed elsewhere (JSON), for the page: "theory_level",
  // "candidate_class".
  nlohmann::json effects;
};

struct TrainingClass {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  std::string kind, title, starts_on, ends_on, place, note;
  int64_t learners = 0, completed = 0, certified = 0;
  std::vector<TrainingLearner> learner_list;  // filled by GetTrainingClass only
  int64_t version = 0;
};

struct TrainingClassInput {
  std::string kind, title, starts_on, ends_on, place, note;
  int64_t expected_version = 0;  // updates
};
// Opens a class organised by `org_id` (training.write in its subtree).
Result<TrainingClass> CreateTrainingClass(const Env& env, const Actor& actor, int64_t org_id,
                                          const TrainingClassInput& in);
// Changes a class's title, dates, place, note; the kind only while it has no learner.
Result<TrainingClass> UpdateTrainingClass(const Env& env, const Actor& actor, int64_t id,
                                          const TrainingClassInput& in);
// Voids a class recorded by mistake, undoing what its certificates did (refused, with the
// reason, when one of them cannot be undone).
Status VoidTrainingClass(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

// Adds learners: members (every kind but candidate_awareness) or candidates (that kind), each
// of the organiser's subtree, active, and not already in the class. All or nothing.
Result<TrainingClass> AddLearners(const Env& env, const Actor& actor, int64_t class_id,
                                  const std::vector<int64_t>& member_ids,
                                  const std::vector<int64_t>& candidate_ids);
// Removes a learner without a certificate.
Status RemoveLearner(const Env& env, const Actor& actor, int64_t class_id, int64_t learner_id,
                     const std::string& reason);

struct ResultInput {
  std::string result;                          // completed | not_completed
  std::string grade;                           // optional
  std::string certificate_no, certificate_on;  // completed only; both or neither
};
// Records a learner's result and certificate, with the certificate's effects on the member
// or candidate file. A recorded certificate is changed only by voiding it first.
Result<TrainingLearner> RecordResult(const Env& env, const Actor& actor, int64_t class_id,
                                     int64_t learner_id, const ResultInput& in);
// Clears a learner's result and certificate and undoes its effects; refused with the reason
// when they cannot be undone (the candidate's file went on past the class step, the member's
// theory level changed since).
Status VoidCertificate(const Env& env, const Actor& actor, int64_t class_id, int64_t learner_id,
                       const std::string& reason);

struct TrainingQuery {
  int year = 0;  // classes starting in the year; 0 any
  std::string kind;
  int page = 1;
  int page_size = 50;
};
// Classes organised in the subtree of `org_id` (member.read).
Result<Page<TrainingClass>> ListTrainingClasses(const Env& env, const Actor& actor, int64_t org_id,
                                                const TrainingQuery& q);
// One class with its learners.
Result<TrainingClass> GetTrainingClass(const Env& env, const Actor& actor, int64_t id);
// The classes a member attended (completed or not), newest first: the cadre roadmap's progress
// and the member's page read it.
struct AttendedClass {
  int64_t class_id = 0;
  std::string kind, title, ends_on, result, certificate_no;
};
std::vector<AttendedClass> ClassesOfMember(store::Transaction& tx, int64_t member_id);

nlohmann::json TrainingClassJson(const TrainingClass& c);
nlohmann::json TrainingLearnerJson(const TrainingLearner& l);

}  // namespace dangbo::service
