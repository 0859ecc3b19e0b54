// Cadre planning (quy hoạch cán bộ): per congress term, the members of a subtree planned for
// a post of an organization (its level), each with a training roadmap — class kinds to
// complete by a date, a theory level to reach by a date — whose progress is read from the
// training records; additions and removals by decision. Confidential: only readers of
// cadre planning (organization staff, admins) see it; others get "not found".
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

enum class CadrePost {
  kSecretary,
  kDeputySecretary,
  kStandingMember,
  kCommitteeMember,
  kInspectionChair,
  kInspectionMember,
};
std::span<const vocab::Entry<CadrePost>> VocabOf(CadrePost);

struct RoadmapItem {
  int64_t id = 0;
  std::string kind, due_on, note;
  std::string status;   // done | pending | overdue
  std::string done_on;  // the completed class's end
  std::string class_title;
};

struct CadrePlan {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name, term;
  int64_t member_id = 0;
  std::string member_name, member_unit;
  std::string post, added_on, added_decision_no;
  std::string target_theory, theory_by, theory_level;
  std::string theory_status;  // "" no target | done | pending | overdue
  std::string removed_on, removed_decision_no, removed_reason, note;
  std::vector<RoadmapItem> roadmap;
  int done = 0, overdue = 0;
  std::string progress;  // complete | on_track | overdue
  int64_t version = 0;
};

struct RoadmapInput {
  std::string kind, due_on, note;
};
struct CadrePlanInput {
  std::string term;  // "2025-2030"
  int64_t member_id = 0;
  std::string post, added_on, added_decision_no, target_theory, theory_by, note;
  std::vector<RoadmapInput> roadmap;
};
// Plans a member of the subtree of `org_id` for a post of `org_id` in a term (cadre.write).
Result<CadrePlan> AddCadrePlan(const Env& env, const Actor& actor, int64_t org_id,
                               const CadrePlanInput& in);
struct CadrePlanUpdate {
  std::string target_theory, theory_by, note;
  int64_t expected_version = 0;
};
Result<CadrePlan> UpdateCadrePlan(const Env& env, const Actor& actor, int64_t id,
                                  const CadrePlanUpdate& in);
struct CadreRemoval {
  std::string removed_on, removed_decision_no, reason;
};
// Takes a person out of the plan by a decision (the yearly review).
Result<CadrePlan> RemoveFromPlan(const Env& env, const Actor& actor, int64_t id,
                                 const CadreRemoval& in);
Status VoidCadrePlan(const Env& env, const Actor& actor, int64_t id, const std::string& reason);
Result<CadrePlan> AddRoadmapItem(const Env& env, const Actor& actor, int64_t id,
                                 const RoadmapInput& in);
Status RemoveRoadmapItem(const Env& env, const Actor& actor, int64_t id, int64_t item_id,
                         const std::string& reason);

struct CadreQuery {
  std::string term;    // "" any
  std::string post;    // "" any
  std::string status;  // "" in the plan today | removed | all
  int page = 1;
  int page_size = 50;
};
Result<Page<CadrePlan>> ListCadrePlans(const Env& env, const Actor& actor, int64_t org_id,
                                       const CadreQuery& q);
Result<CadrePlan> GetCadrePlan(const Env& env, const Actor& actor, int64_t id);

nlohmann::json CadrePlanJson(const CadrePlan& p);

}  // namespace dangbo::service
