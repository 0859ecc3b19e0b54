// Internal to training: the class and learner row readers, the visibility of a class, and
// the certificate's effects on the member and candidate files (applied and undone).
#pragma once

#include <optional>
#include <string>

#include "service/training/training.h"
#include "store/database.h"

namespace dangbo::service::training_internal {

// The class `id` (not voided) with its counts, when its organiser is in the actor's scope
// and the actor may read members; nullopt otherwise (missing and hidden answer alike).
std::optional<TrainingClass> LoadVisibleClass(store::Transaction& tx, const Actor& actor,
                                              int64_t id);
// The class's organiser path (empty when missing or voided).
std::string ClassPath(store::Transaction& tx, int64_t id);
// The learners of class `id`, not removed, by name.
std::vector<TrainingLearner> LoadLearners(store::Transaction& tx, int64_t class_id);
std::optional<TrainingLearner> LoadLearner(store::Transaction& tx, int64_t class_id,
                                           int64_t learner_id);
Error ClassNotFound(int64_t id);
Error LearnerNotFound(int64_t id);

// What a certificate did, as stored in training_learner.effects.
// Applies a new certificate of `learner` in class `c` (kind, title, dates) and returns the
// effects to store; a refusal (a date before the candidate was identified) as an error.
// `audit_detail` receives a Vietnamese summary of what changed.
Result<nlohmann::json> ApplyCertificate(store::Transaction& tx, const TrainingClass& c,
                                        const TrainingLearner& learner, const std::string& now,
                                        std::string& audit_detail);
// Why the certificate's effects cannot be undone ("" when they can).
std::string UndoRefusal(store::Transaction& tx, const TrainingLearner& learner);
// Undoes the effects (REQUIRES: UndoRefusal is "").
void UndoCertificate(store::Transaction& tx, const TrainingLearner& learner,
                     const std::string& now);

}  // namespace dangbo::service::training_internal
