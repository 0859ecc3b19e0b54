// Rewards and emulation (khen thưởng, thi đua): awards by decision to collectives (an
// organization of the tree) and to members — an individual award adds a reward record to the
// member file and voiding it removes that record —, and emulation movements, "Dân vận khéo"
// models and innovation programmes of an organization.
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

// Who is awarded (reward.subject).
enum class RewardSubject { kCollective, kIndividual };
std::span<const vocab::Entry<RewardSubject>> VocabOf(RewardSubject);
// The form of an award (reward.form).
enum class RewardForm { kOrder, kMeritCertificate, kEmulationFlag, kEmulationTitle, kCommendation };
std::span<const vocab::Entry<RewardForm>> VocabOf(RewardForm);
// Who decided it (reward.level).
enum class RewardLevel { kState, kCentral, kProvincial, kSuperior, kGrassroots };
std::span<const vocab::Entry<RewardLevel>> VocabOf(RewardLevel);
// What kind of emulation (emulation.kind).
enum class EmulationKind { kMovement, kDanVanKheo, kInnovation };
std::span<const vocab::Entry<EmulationKind>> VocabOf(EmulationKind);

struct Reward {
  int64_t id = 0;
  int64_t org_id = 0;  // the organization awarded, or the member's unit
  std::string org_name;
  std::string subject;
  std::optional<int64_t> member_id;
  std::string recipient, form, level, decision_no, decided_on, reason, period_label;
  std::optional<int64_t> emulation_id;
  std::string emulation_title;
  nlohmann::json effects;  // {"record_id": n}: the member file's reward record
};

struct RewardInput {
  std::string subject;               // collective | individual
  std::optional<int64_t> member_id;  // individual: a member of the organization's subtree
  std::string recipient;             // collective: the name in the decision (default: org's)
  std::string form, level, decision_no, decided_on, reason, period_label;
  std::optional<int64_t> emulation_id;  // optional: a movement of the subtree or above
};
// Records an award decided on `decided_on` to organization `org_id` (collective) or to a
// member of its subtree (reward.write in the subtree). An individual award adds a reward
// record to the member file in the same transaction.
Result<Reward> CreateReward(const Env& env, const Actor& actor, int64_t org_id,
                            const RewardInput& in);
// Voids an award recorded by mistake (with the reason), removing the member file's record.
Status VoidReward(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

struct RewardQuery {
  std::string from, to;  // decided in [from, to] (YYYY-MM-DD); empty: any
  std::string subject, form;
  int page = 1;
  int page_size = 50;
};
struct RewardPage {
  Page<Reward> page;
  int64_t collectives = 0, individuals = 0;  // of every match, not only the page
};
// Awards in the subtree of `org_id` (member.read), newest first.
Result<RewardPage> ListRewards(const Env& env, const Actor& actor, int64_t org_id,
                               const RewardQuery& q);
Result<Reward> GetReward(const Env& env, const Actor& actor, int64_t id);
// The whole selection of `q` (its paging ignored) as a list file: "xlsx" or "docx".
// REQUIRES: `format` is "xlsx" or "docx".
Result<std::string> ExportRewards(const Env& env, const Actor& actor, int64_t org_id, RewardQuery q,
                                  const std::string& format);

struct Emulation {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name, kind, title, starts_on, ends_on, note;
  int64_t rewards = 0;  // awards recorded under it
};
struct EmulationInput {
  std::string kind, title, starts_on, ends_on, note;
};
Result<Emulation> CreateEmulation(const Env& env, const Actor& actor, int64_t org_id,
                                  const EmulationInput& in);
// Voids a movement recorded by mistake; refused while awards name it.
Status VoidEmulation(const Env& env, const Actor& actor, int64_t id, const std::string& reason);
// Movements and models of the subtree of `org_id` (member.read) started in `year` (0: any),
// of `kind` (empty: any), newest first.
Result<std::vector<Emulation>> ListEmulations(const Env& env, const Actor& actor, int64_t org_id,
                                              int year, const std::string& kind);

nlohmann::json RewardJson(const Reward& r);
nlohmann::json EmulationJson(const Emulation& e);

}  // namespace dangbo::service
