// Voiding a member's latest lifecycle event (undoing its effect on the file, the spans and
// the transfer), and party age with the periods outside the party left out.
#include <algorithm>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/lifecycle/member_events.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

struct EventRow {
  int64_t id = 0;
  std::string kind;
  std::string on;
  nlohmann::json detail;
  bool voided = false;
};

std::optional<EventRow> LoadEvent(store::Transaction& tx, int64_t member_id, int64_t event_id) {
  const auto r = tx.QueryOne(
      "SELECT id, kind, occurred_on, detail_json, voided_at FROM member_event WHERE id = ? AND "
      "member_id = ?",
      {event_id, member_id});
  if (!r) return std::nullopt;
  nlohmann::json d = nlohmann::json::parse(r->OptText(3).value_or(""), nullptr, false);
  if (!d.is_object()) d = nlohmann::json::object();
  return EventRow{r->Int(0), r->Text(1), r->Text(2), std::move(d), !r->IsNull(4)};
}

Error NotVoidable(const EventRow& e) {
  return Error::Conflict("event_not_voidable",
                         "Sự kiện “" + MemberEventKindLabel(e.kind) + "” ngày " + VnDate(e.on) +
                             " được ghi từ hồ sơ đảng viên, không hủy ở đây: hãy sửa hồ sơ.");
}

std::string Str(const nlohmann::json& d, const char* key) {
  return d.contains(key) && d[key].is_string() ? d[key].get<std::string>() : "";
}

// A file created by a transfer in: it never was ours. Its spans go (it counts nowhere), its
// other events are voided with the same reason, and it is closed (status "ended") with its
// card and record numbers freed for a corrected entry.
void UndoCreatedFile(store::Transaction& tx, int64_t member_id, int64_t event_id,
                     const std::string& reason, const std::string& now) {
  RetireSpans(tx, SpanTable::kMember, "member_id = ?", {member_id}, now);
  tx.Exec("DELETE FROM member_span WHERE member_id = ?", {member_id});
  tx.Exec(
      "UPDATE member_event SET voided_at = ?, void_reason = ? WHERE member_id = ? AND id <> ? "
      "AND voided_at IS NULL",
      {now, reason, member_id, event_id});
  tx.Exec(
      "UPDATE member SET status = 'ended', card_no = NULL, record_no = NULL, updated_at = ?, "
      "version = version + 1 WHERE id = ?",
      {now, member_id});
}

// Undoes the effect of `e` on the member; the caller marks it voided.
Status Undo(store::Transaction& tx, const EventRow& e, const MemberState& m,
            const std::string& reason, TimePoint now) {
  const std::string now_s = FormatTimestamp(now);
  const bool transfer_kind = e.kind == "transferred_out" || e.kind == "transferred_in" ||
                             e.kind == "transferred_internal" || e.kind == "temporary_out";
  if (e.kind == "card_issued" || e.kind == "card_reissued") {
    if (!e.detail.contains("prev_card_no")) return NotVoidable(e);
    const std::string prev_no = Str(e.detail, "prev_card_no");
    if (!prev_no.empty() &&
        tx.QueryOne("SELECT 1 FROM member WHERE card_no = ? AND id <> ?", {prev_no, m.id})) {
      return Error::Conflict("duplicate_number", "Số thẻ cũ " + prev_no +
                                                     " đã được cấp cho người khác: không hủy "
                                                     "được việc cấp lại thẻ.");
    }
    tx.Exec(
        "UPDATE member SET card_no = ?, card_issued_on = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ?",
        {NullIfEmpty(prev_no), NullIfEmpty(Str(e.detail, "prev_issued_on")), now_s, m.id});
    return Status::Ok();
  }
  if (e.kind == "temporary_returned") {
    if (!e.detail.contains("transfer_id")) return NotVoidable(e);
    tx.Exec(
        "UPDATE member_transfer SET state = 'confirmed', returned_on = NULL, return_event_id = "
        "NULL, updated_at = ? WHERE return_event_id = ?",
        {now_s, e.id});
    return Status::Ok();
  }
  if (e.kind == "temporary_out") {
    if (!e.detail.contains("transfer_id")) return NotVoidable(e);
  } else if (e.kind == "transferred_in" && e.detail.value("created_file", false)) {
    UndoCreatedFile(tx, m.id, e.id, reason, now_s);
  } else {
    const auto prev = e.detail.contains("prev") ? SnapshotFromJson(e.detail["prev"]) : std::nullopt;
    if (!prev) return NotVoidable(e);
    if (Status s = RestoreMemberSpan(tx, m.id, e.on, *prev, now); !s) return s;
  }
  if (transfer_kind) {
    tx.Exec("UPDATE member_transfer SET state = 'voided', updated_at = ? WHERE event_id = ?",
            {now_s, e.id});
  }
  return Status::Ok();
}

}  // namespace

Result<LifecycleResult> VoidMemberEventIn(store::Transaction& tx, const MemberState& m,
                                          int64_t event_id, const std::string& reason,
                                          TimePoint now, AuditEntry* audit) {
  const int64_t member_id = m.id;
  const auto e = LoadEvent(tx, member_id, event_id);
  if (!e) {
    return Error::NotFound("Không tìm thấy sự kiện có mã " + std::to_string(event_id) +
                           " của đảng viên " + m.full_name + ".");
  }
  if (e->voided) {
    return Error::Conflict("event_voided", "Sự kiện “" + MemberEventKindLabel(e->kind) + "” ngày " +
                                               VnDate(e->on) + " đã bị hủy trước đó.");
  }
  if (!IsLifecycleEventKind(e->kind)) return NotVoidable(*e);
  const auto latest = tx.QueryOne(
      "SELECT id, kind, occurred_on FROM member_event WHERE member_id = ? AND voided_at IS NULL "
      "ORDER BY id DESC LIMIT 1",
      {member_id});
  if (latest->Int(0) != e->id) {
    return Error::Conflict(
        "event_not_latest",
        "Chỉ hủy được sự kiện ghi gần nhất của đảng viên; sự kiện gần nhất là “" +
            MemberEventKindLabel(latest->Text(1)) + "” ngày " + VnDate(latest->Text(2)) +
            ": hãy hủy sự kiện đó trước.");
  }
  const std::string trimmed = text::Trim(reason);
  if (Status s = Undo(tx, *e, m, trimmed, now); !s) return s.error();
  tx.Exec("UPDATE member_event SET voided_at = ?, void_reason = ? WHERE id = ?",
          {FormatTimestamp(now), trimmed, e->id});
  const auto after = LoadMemberState(tx, member_id);
  const auto card = tx.QueryOne("SELECT card_issued_on FROM member WHERE id = ?", {member_id});
  if (audit) {
    audit->before = MemberStateJson(m);
    audit->before["event"] = {{"id", e->id}, {"kind", e->kind}, {"occurred_on", e->on}};
    audit->after = MemberStateJson(*after);
    audit->after["voided_event_id"] = e->id;
    audit->after["reason"] = trimmed;
  }
  return LifecycleResult{member_id,
                         e->id,
                         e->kind,
                         after->status,
                         after->org_id,
                         after->card_no,
                         card->OptText(0).value_or("")};
}

Result<LifecycleResult> VoidMemberEvent(const Env& env, const Actor& actor, int64_t member_id,
                                        int64_t event_id, const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy sự kiện", 500, true);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "member_event.void"};
  audit.after = {{"event_id", event_id}, {"reason", reason}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  const TimePoint now = env.clock.Now();
  auto result = VoidMemberEventIn(w->tx, w->member, event_id, reason, now, &audit);
  if (!result.ok()) return result.error();
  RecordAudit(w->tx, actor, audit, now);
  w->tx.Commit();
  return result;
}

const char* const kPartyAgeGapKindsSql =
    "('left', 'removed', 'expelled', 'died', 'recognition_refused', 'readmitted')";

std::vector<rules::Gap> PartyAgeGaps(store::Transaction& tx, int64_t member_id) {
  std::vector<rules::Gap> gaps;
  std::optional<Date> open;
  tx.Each(std::string("SELECT kind, occurred_on FROM member_event WHERE member_id = ? AND "
                      "voided_at IS NULL AND kind IN ") +
              kPartyAgeGapKindsSql + " ORDER BY occurred_on, id",
          {member_id}, [&](const store::Row& r) {
            const auto d = Date::Parse(r.Text(1));
            if (!d) return;
            if (r.Text(0) == "readmitted") {
              if (open) gaps.push_back({*open, *d});
              open.reset();
            } else if (!open) {
              open = *d;
            }
          });
  if (open) gaps.push_back({*open, Date(2200, 12, 31)});
  return gaps;
}

Result<rules::PartyAge> PartyAgeOf(const Env& env, const Actor& actor, int64_t member_id, Date on) {
  store::Transaction tx = env.db.BeginRead();
  const auto r = tx.QueryOne("SELECT org_path, admitted_on FROM member WHERE id = ?", {member_id});
  if (!r || !InScope(actor, r->Text(0))) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
  }
  if (Status s = Authorize(actor, Action::kMemberRead, r->Text(0)); !s) return s.error();
  const auto admitted = Date::Parse(r->OptText(1).value_or(""));
  if (!admitted) {
    return Error::Rule("admission_missing", "Hồ sơ đảng viên chưa có ngày vào Đảng.");
  }
  return rules::ComputePartyAge(*admitted, PartyAgeGaps(tx, member_id), on);
}

}  // namespace dangbo::service
