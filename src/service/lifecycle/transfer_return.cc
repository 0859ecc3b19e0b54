// A member who left by transfer and comes back continues their own file.
#include "base/date.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/lifecycle/transfer_rows_internal.h"
#include "text/text.h"

namespace dangbo::service {

std::optional<int64_t> ReturningMember(store::Transaction& tx, const std::string& national_id) {
  if (national_id.empty()) return std::nullopt;
  const auto r = tx.QueryOne(
      "SELECT id FROM member WHERE national_id = ? AND status = 'transferred_out' ORDER BY id "
      "DESC LIMIT 1",
      {national_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

Result<Transfer> ReturnToOwnFile(store::Transaction& tx, const Actor& actor, AuditEntry& audit,
                                 int64_t member_id, const Org& unit, const TransferInInput& raw,
                                 const Date& today, TimePoint now) {
  const std::string on = raw.decision.effective_on;
  const auto official = tx.QueryOne("SELECT official_on FROM member WHERE id = ?", {member_id});
  const bool is_official = official && !official->IsNull(0) && official->Text(0) <= on;
  auto prev =
      MoveMemberSpan(tx, member_id, on, unit.id, is_official ? "official" : "probationary", now);
  if (!prev.ok()) return prev.error();
  NewTransfer n{.member_id = member_id,
                .kind = "in",
                .state = "confirmed",
                .to_org_id = unit.id,
                .external_unit = text::Trim(raw.external_unit),
                .letter = raw.letter,
                .decision = raw.decision,
                .note = raw.note};
  const auto [id, event_id] =
      RecordConfirmedTransfer(tx, actor, n, "transferred_in", unit.id,
                              {{"returned", true}, {"prev", SnapshotJson(*prev)}}, today, now);
  audit.entity_id = std::to_string(member_id);
  audit.after["returned_to_file"] = member_id;
  audit.after["transfer_id"] = id;
  audit.after["event_id"] = event_id;
  audit.after["member"] = MemberStateJson(
      store::Must(LoadMemberState(tx, member_id), "member " + std::to_string(member_id)));
  return CommitTransfer(tx, actor, audit, id, today, now);
}

}  // namespace dangbo::service
