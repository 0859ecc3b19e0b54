// Lifecycle helpers.
#include "service/lifecycle/lifecycle_common.h"

#include "service/members/member_spans.h"

namespace dangbo::service {

const rules::RuleBook& Rules() { return rules::RuleBook::Shipped(); }

int64_t RecordMemberEvent(store::Transaction& tx, int64_t member_id, const std::string& kind,
                          const std::string& on, int64_t org_id, const Decision& decision,
                          const nlohmann::json& detail, const Actor& actor, TimePoint now) {
  auto nullable = [](const std::string& s) {
    return s.empty() ? store::Value(nullptr) : store::Value(s);
  };
  return tx
      .QueryRow(
          "INSERT INTO member_event (member_id, kind, occurred_on, org_id, decision_no, "
          "decision_date, detail_json, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
          "?, ?, ?) RETURNING id",
          {member_id, kind, on, org_id, nullable(decision.decision_no),
           nullable(decision.decision_date),
           detail.is_null() ? store::Value(nullptr) : store::Value(detail.dump()), actor.username,
           FormatTimestamp(now)})
      .Int(0);
}

Status ChangeMemberStatus(store::Transaction& tx, int64_t member_id, const std::string& on,
                          const std::string& status, TimePoint now) {
  const auto state = LoadMemberState(tx, member_id);
  if (!state) return Error::NotFound("Không tìm thấy đảng viên.");
  if (Status s = ChangeMemberSpan(tx, member_id, on, state->org_id, status, FormatTimestamp(now));
      !s)
    return s;
  tx.Exec("UPDATE member SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
          {status, FormatTimestamp(now), member_id});
  return Status::Ok();
}

std::optional<MemberState> LoadMemberState(store::Transaction& tx, int64_t member_id) {
  const auto r = tx.QueryOne(
      "SELECT id, org_id, org_path, status, full_name, birth_date, admitted_on, official_on, "
      "card_no FROM member WHERE id = ?",
      {member_id});
  if (!r) return std::nullopt;
  return MemberState{r->Int(0),
                     r->Int(1),
                     r->Text(2),
                     r->Text(3),
                     r->Text(4),
                     r->Text(5),
                     r->OptText(6).value_or(""),
                     r->OptText(7).value_or(""),
                     r->OptText(8).value_or("")};
}

}  // namespace dangbo::service
