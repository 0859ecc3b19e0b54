// Member events beyond the registry and transfers: party cards, exemption, removal,
// expulsion, leaving, death, re-admission; voiding a mistaken event; party age.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "rules/lifecycle.h"
#include "service/core/actor.h"
#include "service/core/audit.h"
#include "service/core/env.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/orgs/orgs.h"
#include "store/database.h"

namespace dangbo::service {

// The date (decision.effective_on: not in the future), decision number and date of an event.
struct EventInput {
  Decision decision;
  std::string note;
};

// The member after an event.
struct LifecycleResult {
  int64_t member_id = 0;
  int64_t event_id = 0;
  std::string kind;
  std::string status;
  int64_t org_id = 0;
  std::string card_no;
  std::string card_issued_on;
};

// Cấp thẻ đảng viên: only to an official member (rules::CheckCardIssue; not while on a new
// probation after re-admission) without a card; the number is unique (409, field card_no).
struct CardInput {
  EventInput event;  // effective_on: the issue date
  std::string card_no;
};
Result<LifecycleResult> IssueCard(const Env& env, const Actor& actor, int64_t member_id,
                                  const CardInput& in);
// Cấp lại thẻ (lost, damaged, other + text): a new number, or the same when card_no is empty.
struct CardReissueInput {
  EventInput event;
  std::string card_no;
  std::string reason;  // lost | damaged | other
  std::string reason_text;
};
Result<LifecycleResult> ReissueCard(const Env& env, const Actor& actor, int64_t member_id,
                                    const CardReissueInput& in);

// Miễn công tác và sinh hoạt đảng: status exempt from the date (decision required), with a
// reason. Its end puts the member back as official (official_on reached) or probationary.
struct ExemptInput {
  EventInput event;
  std::string reason;
};
Result<LifecycleResult> ExemptMember(const Env& env, const Actor& actor, int64_t member_id,
                                     const ExemptInput& in);
Result<LifecycleResult> EndExemption(const Env& env, const Actor& actor, int64_t member_id,
                                     const EventInput& in);

// Xóa tên: reason codes and their Vietnamese labels (Điều lệ Đảng, Điều 8; DOMAIN §5).
const std::vector<std::pair<std::string, std::string>>& RemovalReasons();
struct RemovalInput {
  EventInput event;
  std::string reason;       // a RemovalReasons() code
  std::string reason_text;  // required for "other"
};
// Each of these ends membership from the date (status removed / expelled / left /
// deceased): the member stays in the registry, out of the stocks. Removal, expulsion and
// leaving need a decision number; expulsion is not a form for probationary members.
Result<LifecycleResult> RemoveMember(const Env& env, const Actor& actor, int64_t member_id,
                                     const RemovalInput& in);
Result<LifecycleResult> ExpelMember(const Env& env, const Actor& actor, int64_t member_id,
                                    const EventInput& in);
// The same expulsion inside a write the caller opened, authorized and audits (a discipline
// decision of khai trừ): event (with `detail`), span and projection; no audit row, no commit.
Result<LifecycleResult> ExpelMemberIn(const Env& env, const Actor& actor, store::Transaction& tx,
                                      int64_t member_id, const EventInput& in,
                                      const nlohmann::json& detail);
Result<LifecycleResult> MemberLeaves(const Env& env, const Actor& actor, int64_t member_id,
                                     const EventInput& in);
Result<LifecycleResult> MemberDied(const Env& env, const Actor& actor, int64_t member_id,
                                   const EventInput& in);

// Kết nạp lại a member who left or was removed: rules::CheckReadmission (≥ 36 months from
// leaving to the branch vote, only once) with the rules in force on the vote. A new
// probation from effective_on (the new admission); the file keeps the first admission date,
// the event's detail holds the re-admission ("readmitted_on", "vote_on", "left_on").
struct ReadmitInput {
  EventInput event;
  std::string vote_on;  // the branch vote; empty = effective_on
  int64_t org_id = 0;   // the unit; 0 = the member's last unit
};
Result<LifecycleResult> ReadmitMember(const Env& env, const Actor& actor, int64_t member_id,
                                      const ReadmitInput& in);

// Voids the member's latest event (by recording order) when it is a lifecycle event (the
// kinds above and the transfers'), with a reason: its effect on the file, the spans and the
// transfer is undone and the event is marked voided, never deleted.
Result<LifecycleResult> VoidMemberEvent(const Env& env, const Actor& actor, int64_t member_id,
                                        int64_t event_id, const std::string& reason);
// The same inside a caller's write transaction on member `m` (a discipline decision annulled
// on appeal voids the expulsion it recorded): the checks, the undo and the event marked void;
// fills `audit`'s before/after when given. REQUIRES: `m` loaded in `tx`.
Result<LifecycleResult> VoidMemberEventIn(store::Transaction& tx, const MemberState& m,
                                          int64_t event_id, const std::string& reason,
                                          TimePoint now, AuditEntry* audit);

// The periods that do not count towards party age, from the member's events in `tx`: from
// leaving, removal (recognition refused included) or expulsion to re-admission (open while
// not re-admitted), and from death on.
std::vector<rules::Gap> PartyAgeGaps(store::Transaction& tx, int64_t member_id);
// The member event kinds that open or close such a period, as an SQL list "(…)".
extern const char* const kPartyAgeGapKindsSql;
// Party age on `on`, from the first admission less the gaps (rules::ComputePartyAge).
Result<rules::PartyAge> PartyAgeOf(const Env& env, const Actor& actor, int64_t member_id, Date on);

// The kinds this module and the transfers record (and VoidMemberEvent may void).
const std::vector<std::string>& LifecycleEventKinds();
bool IsLifecycleEventKind(const std::string& kind);
// Vietnamese label of any member event kind (registry kinds included).
std::string MemberEventKindLabel(const std::string& kind);

nlohmann::json LifecycleResultJson(const LifecycleResult& r);

}  // namespace dangbo::service
