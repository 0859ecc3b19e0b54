// Write steps shared by the transfers and the member events: an authorized write on a
// member, moving a member's span with a snapshot that voiding puts back, and input checks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/audit.h"
#include "service/core/env.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/orgs/orgs.h"
#include "store/database.h"

namespace dangbo::service {

// The member's open span before a change. Events that change the span keep it in their
// detail as "prev", so that voiding the event can restore it exactly.
struct SpanSnapshot {
  std::string from;
  int64_t org_id = 0;
  std::string status;
};
nlohmann::json SnapshotJson(const SpanSnapshot& s);
std::optional<SpanSnapshot> SnapshotFromJson(const nlohmann::json& j);

// Sets the member's unit and status from `on`: the span (ChangeMemberSpan, so a date
// before the open span is a history_conflict) and the projection (status, org_id,
// org_path). Returns the open span as it was before.
Result<SpanSnapshot> MoveMemberSpan(store::Transaction& tx, int64_t member_id,
                                    const std::string& on, int64_t org_id,
                                    const std::string& status, TimePoint now);
// Undoes MoveMemberSpan of a change made on `on` (the open span must still begin there):
// the span and the projection are what they were before.
Status RestoreMemberSpan(store::Transaction& tx, int64_t member_id, const std::string& on,
                         const SpanSnapshot& prev, TimePoint now);

// A write authorized on a member: the transaction and the member's state read inside it.
struct MemberWrite {
  store::Transaction tx;
  MemberState member;
};
// Opens a write authorized for kLifecycleWrite on the member's unit. An unknown member is
// not found; a member outside the actor's rights or scope is refused, and the refusal is
// audited with `audit` (entity and org are filled in here).
Result<MemberWrite> BeginMemberWrite(const Env& env, const Actor& actor, int64_t member_id,
                                     AuditEntry& audit);
// Inside an open write, authorizes kLifecycleWrite on another organization (a transfer's
// other side). On refusal the transaction is rolled back, the refusal audited (`what`
// names the organization's role, e.g. "Đơn vị nhận") and the error returned.
Status AuthorizeOtherOrg(const Env& env, const Actor& actor, store::Transaction& tx, const Org& org,
                         AuditEntry audit, const std::string& what);

// Input checks (CheckText, CheckPastDate, CheckDecision) are in service/core/validate.h.

// The member's status must be one of `allowed`; otherwise a 409 "member_status" naming
// the status and what could not be done (`what`, e.g. "cấp thẻ đảng viên").
Status RequireStatus(const MemberState& m, const std::vector<std::string>& allowed,
                     const std::string& what);
// No transfer of the member waiting for confirmation and no temporary stay still open
// (other than `except_id`): a 409 "transfer_open" naming it.
Status RequireNoOpenTransfer(store::Transaction& tx, int64_t member_id, int64_t except_id = 0);
// `on` is not before the member's open span (the latest change): else history_conflict.
Status RequireNotBeforeLatest(store::Transaction& tx, int64_t member_id, const std::string& on);
// A live branch-like unit (members belong to chi bộ), or a field error on `field`.
Result<Org> LoadBranchUnit(store::Transaction& tx, int64_t org_id, const std::string& field);

nlohmann::json EventDecisionJson(const Decision& d);
// The member's lifecycle state for audit rows.
nlohmann::json MemberStateJson(const MemberState& m);
// "2026-02-03" -> "03/02/2026" (the input unchanged when it is not a date).
std::string VnDate(const std::string& iso);
store::Value NullIfEmpty(const std::string& s);

}  // namespace dangbo::service
