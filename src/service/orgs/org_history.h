// Changes of the organization tree over time: every change carries a decision and an
// effective date, closes the affected spans and opens new ones, so the tree (and every
// stock) as of a past date stays what it was. Also: the tree and stocks as of a date.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

Result<Org> RenameOrg(const Env& env, const Actor& actor, int64_t org_id,
                      const std::string& new_name, const Decision& decision);
// Moves an organization (with its whole subtree) under another parent.
Result<Org> MoveOrg(const Env& env, const Actor& actor, int64_t org_id, int64_t new_parent_id,
                    const Decision& decision);
// Chi bộ cơ sở -> đảng bộ cơ sở. Its members move into a new chi bộ trực thuộc named
// `first_branch_name`, created under it on the same date; their history is kept.
struct UpgradeResult {
  Org upgraded;
  Org first_branch;
  int64_t members_moved = 0;
};
Result<UpgradeResult> UpgradeOrg(const Env& env, const Actor& actor, int64_t org_id,
                                 const std::string& first_branch_name, const Decision& decision);
// Merges `source` into `target`: the source's member units and members move to the target
// (members into `target` itself when it is branch-like, else into `target_branch_id`),
// and the source ends on the effective date.
struct MergeResult {
  Org target;
  int64_t members_moved = 0;
  int64_t units_moved = 0;
};
Result<MergeResult> MergeOrg(const Env& env, const Actor& actor, int64_t source_id,
                             int64_t target_id, std::optional<int64_t> target_branch_id,
                             const Decision& decision);
// Splits a branch-like unit into new units of the same parent; every active member must
// be assigned to exactly one part. The source ends on the effective date.
struct SplitPart {
  std::string name;
  std::string kind;  // a branch-like kind allowed under the source's parent
  std::vector<int64_t> member_ids;
};
Result<std::vector<Org>> SplitOrg(const Env& env, const Actor& actor, int64_t source_id,
                                  const std::vector<SplitPart>& parts, const Decision& decision);
// Dissolves an organization with no active members and no active units.
Result<Org> DissolveOrg(const Env& env, const Actor& actor, int64_t org_id,
                        const Decision& decision);
// The same dissolution inside a write the caller opened, authorized and audits (a discipline
// decision of giải tán): the same checks, the org's end and its `dissolved` event; no commit.
// Undoes a dissolution whose decision was annulled or made milder on appeal, inside the
// caller's transaction: the organization is live again from the day it ended (its last span
// reopened, the replaced version kept for as-recorded reads) and the 'dissolved' event is
// kept, voided with `why`. Refused when the organization or its parent changed since.
// REQUIRES: `event_id` names a 'dissolved' event.
Status RestoreDissolvedOrgIn(store::Transaction& tx, int64_t event_id, const std::string& why,
                             TimePoint now);
Status DissolveOrgIn(const Env& env, const Actor& actor, store::Transaction& tx, int64_t org_id,
                     const Decision& decision);

// One organization as it was on a date.
struct OrgAt {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  OrgKind kind = OrgKind::kSuperiorCommittee;
  std::string name;
  std::string path;
  std::string valid_from;
};
// The actor's subtree as it was on `date` (parents before children).
Result<std::vector<OrgAt>> TreeAt(const Env& env, const Actor& actor, const Date& date);

// Stocks for the subtree of `org_id` as it was on `date`.
struct Stocks {
  OrgAt org;
  std::string date;
  std::map<std::string, int64_t> orgs_by_kind;  // descendants only, by OrgKind code
  int64_t grassroots = 0;  // TCCSĐ = đảng bộ cơ sở + chi bộ cơ sở
  std::map<std::string, int64_t> members_by_status;  // by member status code
  int64_t members = 0;
};
Result<Stocks> StocksAt(const Env& env, const Actor& actor, int64_t org_id, const Date& date);

struct OrgEventRow {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string kind;
  std::string effective_on;
  std::string decision_no;
  std::string decision_date;
  std::string detail_json;
  std::string recorded_by;
  std::string recorded_at;
  std::string voided_at;  // empty unless a later decision voided it
  std::string void_reason;
};
// The history of changes of one organization, oldest first.
Result<std::vector<OrgEventRow>> OrgHistory(const Env& env, const Actor& actor, int64_t org_id);

// Shared by the services that write history: validates a decision for `today`.
Status CheckDecision(const Decision& d, const Date& today);
// Closes an organization's open span at `on` and opens a new one with the given values
// (or updates it in place when it began on `on`). Fails when `on` is before the open
// span's start: history is not rewritten in the middle. The version replaced is kept
// (service/core/span_history.h), the new one recorded at `now` (a FormatTimestamp string).
Status ChangeOrgSpan(store::Transaction& tx, int64_t org_id, const std::string& on,
                     std::optional<int64_t> parent_id, const std::string& kind,
                     const std::string& name, const std::string& path, const std::string& now);
void RecordOrgEvent(store::Transaction& tx, const Actor& actor, int64_t org_id,
                    const std::string& kind, const Decision& d, const nlohmann::json& detail,
                    TimePoint now);

}  // namespace dangbo::service
