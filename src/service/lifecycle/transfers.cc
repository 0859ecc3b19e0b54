// Transfers: out, in, internal (pending → confirmed), temporary (away → returned); each write
// in one transaction with its member event, the projection and the audit row.
#include "service/lifecycle/transfers.h"

#include <algorithm>
#include <functional>

#include "base/date.h"
#include "rules/lifecycle.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/lifecycle/transfer_rows_internal.h"
#include "service/members/member_checks_internal.h"
#include "service/members/member_spans.h"
#include "service/members/member_writer.h"
#include "text/text.h"

namespace dangbo::service {

namespace {
// Who confirmed a transfer, as the transfer record shows it: the person's name.
std::string PersonName(const Actor& a) {
  return a.display_name.empty() ? a.username : a.display_name;
}
}  // namespace

int64_t InsertTransfer(store::Transaction& tx, const NewTransfer& n, const Actor& actor,
                       const std::string& now) {
  return tx
      .QueryRow(
          "INSERT INTO member_transfer (member_id, kind, from_org_id, to_org_id, external_unit, "
          "letter_no, letter_date, decision_no, decision_date, effective_on, until_on, purpose, "
          "state, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {n.member_id, n.kind, store::Opt(n.from_org_id), store::Opt(n.to_org_id),
           NullIfEmpty(n.external_unit), NullIfEmpty(n.letter.letter_no),
           NullIfEmpty(n.letter.letter_date), NullIfEmpty(n.decision.decision_no),
           NullIfEmpty(n.decision.decision_date), n.decision.effective_on, NullIfEmpty(n.until_on),
           NullIfEmpty(n.purpose), n.state, NullIfEmpty(n.note), actor.username, now, now})
      .Int(0);
}

RecordedTransfer RecordConfirmedTransfer(store::Transaction& tx, const Actor& actor,
                                         const NewTransfer& n, const std::string& event_kind,
                                         int64_t event_org, const nlohmann::json& extra,
                                         const Date& today, TimePoint now) {
  const int64_t id = InsertTransfer(tx, n, actor, FormatTimestamp(now));
  nlohmann::json detail = {{"transfer_id", id},
                           {"external_unit", n.external_unit},
                           {"letter_no", n.letter.letter_no},
                           {"letter_date", n.letter.letter_date},
                           {"note", n.note}};
  for (const auto& [k, v] : extra.items()) detail[k] = v;
  const int64_t event_id = RecordMemberEvent(tx, n.member_id, event_kind, n.decision.effective_on,
                                             event_org, n.decision, detail, actor, now);
  tx.Exec(
      "UPDATE member_transfer SET event_id = ?, confirmed_on = ?, confirmed_by = ? WHERE id = ?",
      {event_id, today.Iso(), PersonName(actor), id});
  return {id, event_id};
}

Result<Transfer> CommitTransfer(store::Transaction& tx, const Actor& actor, const AuditEntry& audit,
                                int64_t id, const Date& today, TimePoint now) {
  RecordAudit(tx, actor, audit, now);
  Transfer out = LoadTransfer(tx, id, today)->t;
  tx.Commit();
  return out;
}

namespace {

void CheckLetter(Validator& v, const TransferLetter& l, const std::string& effective_on,
                 const Date& today) {
  CheckText(v, l.letter_no, "letter_no", "Số giấy giới thiệu", 100, false);
  Validator date;
  CheckPastDate(date, l.letter_date, "letter_date", "Ngày giấy giới thiệu", today, false);
  if (!date.ok()) {
    CheckPastDate(v, l.letter_date, "letter_date", "Ngày giấy giới thiệu", today, false);
  } else if (!l.letter_date.empty() && Date::Parse(effective_on) && l.letter_date > effective_on) {
    v.Fail("letter_date", "Ngày giấy giới thiệu không được sau ngày hiệu lực.");
  }
}

nlohmann::json LetterJson(const TransferLetter& l) {
  return {{"letter_no", l.letter_no}, {"letter_date", l.letter_date}};
}

const std::vector<std::string>& kActive = ActiveStatusCodes();

// Carries out a pending transfer (internal or temporary) inside `tx`: the member moves (an
// internal transfer) or is recorded away (temporary), with the event; the transfer is
// confirmed. Returns the event id.
Result<int64_t> ConfirmInTx(store::Transaction& tx, const Actor& actor, const TransferRow& row,
                            const std::string& note, const Date& today, TimePoint now) {
  const Transfer& t = row.t;
  const auto m = LoadMemberState(tx, t.member_id);
  if (Status s = RequireStatus(*m, kActive, "xác nhận chuyển sinh hoạt"); !s) return s.error();
  if (!t.from_org_id || m->org_id != *t.from_org_id) {
    return Error::Conflict("transfer_stale",
                           "Đảng viên " + m->full_name +
                               " không còn sinh hoạt ở đơn vị chuyển đi: hãy hủy việc chuyển "
                               "này và lập lại.");
  }
  const Decision d{t.effective_on, t.decision_no, t.decision_date};
  nlohmann::json detail = {{"transfer_id", t.id},
                           {"from_org_id", *t.from_org_id},
                           {"letter_no", t.letter_no},
                           {"letter_date", t.letter_date},
                           {"note", t.note}};
  if (!note.empty()) detail["confirm_note"] = note;
  int64_t event_id = 0;
  if (t.kind == "internal") {
    if (auto to = LoadBranchUnit(tx, *t.to_org_id, "to_org_id"); !to.ok()) return to.error();
    auto prev = MoveMemberSpan(tx, t.member_id, t.effective_on, *t.to_org_id, m->status, now);
    if (!prev.ok()) return prev.error();
    detail["to_org_id"] = *t.to_org_id;
    detail["prev"] = SnapshotJson(*prev);
    event_id = RecordMemberEvent(tx, t.member_id, "transferred_internal", t.effective_on,
                                 *t.to_org_id, d, detail, actor, now);
  } else {
    if (Status s = RequireNotBeforeLatest(tx, t.member_id, t.effective_on); !s) return s.error();
    detail["purpose"] = t.purpose;
    detail["until_on"] = t.until_on;
    detail["to_org_id"] = t.to_org_id ? nlohmann::json(*t.to_org_id) : nlohmann::json(nullptr);
    detail["external_unit"] = t.external_unit;
    event_id = RecordMemberEvent(tx, t.member_id, "temporary_out", t.effective_on, m->org_id, d,
                                 detail, actor, now);
  }
  tx.Exec(
      "UPDATE member_transfer SET state = 'confirmed', confirmed_on = ?, confirmed_by = ?, "
      "event_id = ?, updated_at = ? WHERE id = ?",
      {today.Iso(), PersonName(actor), event_id, FormatTimestamp(now), t.id});
  return event_id;
}

// A later step's write on one transfer, opened by BeginTransferStep.
struct TransferStep {
  store::Transaction tx;
  TransferRow row;  // as read inside tx: its state may have moved since the first read
};

// Opens the write of a confirm, cancel or return on transfer `id`: reads it (TransferNotFound
// when absent), adds its member_id to `audit.after`, lets `prepare` (when given) complete the
// audit and refuse before any authorization, then opens a write authorized on one side (a
// refusal audited as `audit`) and reads the row again inside it. The side is the receiving one
// when `receiving_only`, else whichever is in the actor's scope (the sending side first).
Result<TransferStep> BeginTransferStep(
    const Env& env, const Actor& actor, int64_t id, const Date& today, bool receiving_only,
    AuditEntry& audit,
    const std::function<Status(const Transfer&, AuditEntry&)>& prepare = nullptr) {
  std::optional<TransferRow> row;
  {
    store::Transaction tx = env.db.BeginRead();
    row = LoadTransfer(tx, id, today);
  }
  if (!row) return TransferNotFound(id);
  const Transfer& t = row->t;
  audit.after["member_id"] = t.member_id;
  if (prepare) {
    if (Status s = prepare(t, audit); !s) return s.error();
  }
  audit.entity = "member_transfer";
  audit.entity_id = std::to_string(t.id);
  std::optional<int64_t> org = t.to_org_id;
  if (!receiving_only && t.from_org_id &&
      (!t.to_org_id || InScope(actor, row->from_path) || !InScope(actor, row->to_path))) {
    org = t.from_org_id;
  }
  if (!org) return TransferNotFound(t.id);
  audit.org_id = *org;
  const std::string& side_path = *org == t.from_org_id ? row->from_path : row->to_path;
  if (!InScope(actor, side_path) && RoleAllows(actor, Action::kLifecycleWrite)) {
    // The transfer is the actor's to see only through the other side: say which side acts.
    const Error e = (InScope(actor, row->from_path) || InScope(actor, row->to_path))
                        ? Error::Forbidden(
                              "Bước này do đơn vị nhận thực hiện; đơn vị nhận nằm ngoài phạm vi "
                              "quản lý của bạn.")
                        : TransferNotFound(t.id);
    RecordRefusal(env.db, actor, audit, e, env.clock.Now());
    return e;
  }
  auto tx = BeginAuthorizedWrite(env, actor, Action::kLifecycleWrite, *org, audit);
  if (!tx.ok()) return tx.error();
  row = LoadTransfer(*tx, id, today);
  return TransferStep{std::move(*tx), std::move(*row)};
}

}  // namespace

Result<Transfer> TransferOut(const Env& env, const Actor& actor, int64_t member_id,
                             const TransferOutInput& in) {
  const Date today = Today(env);
  Validator v;
  CheckDecision(v, in.decision, today, false);
  CheckText(v, in.external_unit, "external_unit", "Nơi chuyển đến", 300, true);
  CheckLetter(v, in.letter, in.decision.effective_on, today);
  CheckText(v, in.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "member.transfer_out"};
  audit.after = {{"external_unit", in.external_unit},
                 {"decision", EventDecisionJson(in.decision)},
                 {"letter", LetterJson(in.letter)}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  if (Status s = RequireStatus(m, kActive, "chuyển sinh hoạt đi"); !s) return s.error();
  if (Status s = RequireNoOpenTransfer(tx, member_id); !s) return s.error();
  const TimePoint now = env.clock.Now();
  const std::string on = in.decision.effective_on;
  auto prev = MoveMemberSpan(tx, member_id, on, m.org_id, "transferred_out", now);
  if (!prev.ok()) return prev.error();
  NewTransfer n{.member_id = member_id,
                .kind = "out",
                .state = "confirmed",
                .from_org_id = m.org_id,
                .external_unit = text::Trim(in.external_unit),
                .letter = in.letter,
                .decision = in.decision,
                .note = in.note};
  const auto [id, event_id] = RecordConfirmedTransfer(tx, actor, n, "transferred_out", m.org_id,
                                                      {{"prev", SnapshotJson(*prev)}}, today, now);
  audit.before = MemberStateJson(m);
  audit.after["transfer_id"] = id;
  audit.after["event_id"] = event_id;
  audit.after["member"] = MemberStateJson(
      store::Must(LoadMemberState(tx, member_id), "member " + std::to_string(member_id)));
  return CommitTransfer(tx, actor, audit, id, today, now);
}

Result<Transfer> TransferIn(const Env& env, const Actor& actor, const TransferInInput& raw) {
  const Date today = Today(env);
  const MemberInput mi = NormalizeMember(raw.member);
  const std::string on = raw.decision.effective_on;
  Validator v;
  ValidateMember(mi, today, v);
  CheckDecision(v, raw.decision, today, false);
  CheckText(v, raw.external_unit, "external_unit", "Nơi chuyển từ", 300, true);
  CheckLetter(v, raw.letter, on, today);
  CheckText(v, raw.note, "note", "Ghi chú", 1000, false);
  if (Date::Parse(on) && Date::Parse(mi.admitted_on) && on < mi.admitted_on) {
    v.Fail("effective_on", "Ngày chuyển đến không được trước ngày vào Đảng.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "member.transfer_in", .entity = "member", .org_id = mi.org_id};
  audit.after = {{"full_name", mi.full_name},
                 {"org_id", mi.org_id},
                 {"external_unit", raw.external_unit},
                 {"decision", EventDecisionJson(raw.decision)}};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kLifecycleWrite, mi.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  auto unit = LoadBranchUnit(tx, mi.org_id, "org_id");
  if (!unit.ok()) return unit.error();
  if (on < unit->established_on) {
    return Error::Invalid("“" + unit->name + "” thành lập ngày " + VnDate(unit->established_on) +
                              ", sau ngày chuyển đến.",
                          {{"effective_on", "Ngày chuyển đến trước ngày thành lập chi bộ."}});
  }
  if (auto back = ReturningMember(tx, mi.national_id)) {
    return ReturnToOwnFile(tx, actor, audit, *back, *unit, raw, today, env.clock.Now());
  }
  if (Status s = CheckUnique(tx, mi, 0); !s) return s.error();
  if (!mi.confirm_duplicate) {
    if (auto dups = FindDuplicates(tx, actor, mi, 0); !dups.empty()) return DuplicateError(dups);
  }
  const TimePoint now = env.clock.Now();
  const std::string now_s = FormatTimestamp(now);
  int64_t member_id = 0;
  {
    MemberWriter writer(tx, actor.username, now_s);
    member_id =
        writer.Add(mi, DeriveMemberRows(mi, std::max(unit->established_on, on)), unit->path);
    writer.Flush();
  }
  // What happened before the transfer happened in a unit outside the tree.
  std::vector<std::pair<int64_t, std::string>> earlier;
  tx.Each("SELECT id, detail_json FROM member_event WHERE member_id = ? AND occurred_on < ?",
          {member_id, on},
          [&](const store::Row& r) { earlier.emplace_back(r.Int(0), r.OptText(1).value_or("")); });
  for (const auto& [event_id, json] : earlier) {
    nlohmann::json d = nlohmann::json::parse(json, nullptr, false);
    if (!d.is_object()) d = nlohmann::json::object();
    d["source"] = "transfer_in";
    d["external_unit"] = raw.external_unit;
    tx.Exec("UPDATE member_event SET org_id = NULL, detail_json = ? WHERE id = ?",
            {d.dump(), event_id});
  }
  NewTransfer n{.member_id = member_id,
                .kind = "in",
                .state = "confirmed",
                .to_org_id = unit->id,
                .external_unit = text::Trim(raw.external_unit),
                .letter = raw.letter,
                .decision = raw.decision,
                .note = raw.note};
  const auto [id, event_id] = RecordConfirmedTransfer(tx, actor, n, "transferred_in", unit->id,
                                                      {{"created_file", true}}, today, now);
  audit.entity_id = std::to_string(member_id);
  audit.after["transfer_id"] = id;
  audit.after["event_id"] = event_id;
  audit.after["member"] = MemberStateJson(
      store::Must(LoadMemberState(tx, member_id), "member " + std::to_string(member_id)));
  return CommitTransfer(tx, actor, audit, id, today, now);
}

Result<Transfer> CreateInternalTransfer(const Env& env, const Actor& actor, int64_t member_id,
                                        const InternalTransferInput& in) {
  const Date today = Today(env);
  Validator v;
  if (in.to_org_id <= 0) v.Fail("to_org_id", "Hãy chọn chi bộ nhận.");
  CheckDecision(v, in.decision, today, false);
  CheckLetter(v, in.letter, in.decision.effective_on, today);
  CheckText(v, in.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "transfer.internal_create"};
  audit.after = {{"to_org_id", in.to_org_id},
                 {"decision", EventDecisionJson(in.decision)},
                 {"letter", LetterJson(in.letter)},
                 {"confirm_now", in.confirm_now}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  const std::string on = in.decision.effective_on;
  if (Status s = RequireStatus(m, kActive, "chuyển sinh hoạt"); !s) return s.error();
  if (Status s = RequireNoOpenTransfer(tx, member_id); !s) return s.error();
  if (Status s = RequireNotBeforeLatest(tx, member_id, on); !s) return s.error();
  auto to = LoadBranchUnit(tx, in.to_org_id, "to_org_id");
  if (!to.ok()) return to.error();
  if (to->id == m.org_id) {
    return Error::Invalid("Chi bộ nhận trùng chi bộ đảng viên đang sinh hoạt.",
                          {{"to_org_id", "Hãy chọn chi bộ khác."}});
  }
  if (on < to->established_on) {
    return Error::Invalid(
        "“" + to->name + "” thành lập ngày " + VnDate(to->established_on) + ", sau ngày chuyển.",
        {{"effective_on", "Ngày chuyển trước ngày thành lập chi bộ nhận."}});
  }
  if (in.confirm_now) {
    if (Status s = AuthorizeOtherOrg(env, actor, tx, *to, audit, "Chi bộ nhận"); !s) {
      return s.error();
    }
  }
  const TimePoint now = env.clock.Now();
  NewTransfer n{.member_id = member_id,
                .kind = "internal",
                .state = "pending",
                .from_org_id = m.org_id,
                .to_org_id = to->id,
                .letter = in.letter,
                .decision = in.decision,
                .note = in.note};
  const int64_t id = InsertTransfer(tx, n, actor, FormatTimestamp(now));
  auto row = LoadTransfer(tx, id, today);
  if (in.confirm_now) {
    auto event = ConfirmInTx(tx, actor, *row, "", today, now);
    if (!event.ok()) return event.error();
    audit.after["event_id"] = *event;
  }
  audit.before = MemberStateJson(m);
  audit.after["transfer_id"] = id;
  audit.after["member"] = MemberStateJson(
      store::Must(LoadMemberState(tx, member_id), "member " + std::to_string(member_id)));
  return CommitTransfer(tx, actor, audit, id, today, now);
}

Result<Transfer> CreateTemporaryTransfer(const Env& env, const Actor& actor, int64_t member_id,
                                         const TemporaryTransferInput& in) {
  const Date today = Today(env);
  const std::string from = in.decision.effective_on;
  Validator v;
  if (in.purpose != "work" && in.purpose != "study") {
    v.Fail("purpose", "Lý do chuyển tạm thời phải là work (công tác, cư trú) hoặc study (học).");
  }
  CheckDecision(v, in.decision, today, false);
  const auto until = Date::Parse(in.until_on);
  if (in.until_on.empty()) {
    v.Fail("until_on", "Hãy nhập ngày dự kiến trở về.");
  } else if (!until) {
    v.Fail("until_on", "Ngày dự kiến trở về phải là ngày hợp lệ dạng YYYY-MM-DD.");
  } else if (Date::Parse(from) && in.until_on <= from) {
    v.Fail("until_on", "Ngày dự kiến trở về phải sau ngày bắt đầu.");
  }
  if ((in.to_org_id > 0) == !text::Trim(in.external_unit).empty()) {
    v.Fail("to_org_id",
           "Hãy chọn đúng một nơi đến: một chi bộ trong Đảng bộ (to_org_id) hoặc một đơn vị "
           "bên ngoài (external_unit).");
  }
  CheckText(v, in.external_unit, "external_unit", "Nơi sinh hoạt tạm thời", 300, false);
  CheckLetter(v, in.letter, from, today);
  CheckText(v, in.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = "transfer.temporary_create"};
  audit.after = {{"purpose", in.purpose},
                 {"until_on", in.until_on},
                 {"to_org_id", in.to_org_id},
                 {"external_unit", in.external_unit},
                 {"decision", EventDecisionJson(in.decision)},
                 {"confirm_now", in.confirm_now}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  const Date from_d = *Date::Parse(from);
  if (Status s = rules::CheckTemporaryTransfer(
          Rules().At(from_d),
          in.purpose == "work" ? rules::TemporaryReason::kWork : rules::TemporaryReason::kStudy,
          from_d, *until);
      !s) {
    return s.error();
  }
  if (Status s = RequireStatus(m, kActive, "chuyển sinh hoạt tạm thời"); !s) return s.error();
  if (Status s = RequireNoOpenTransfer(tx, member_id); !s) return s.error();
  if (Status s = RequireNotBeforeLatest(tx, member_id, from); !s) return s.error();
  std::optional<Org> to;
  if (in.to_org_id > 0) {
    auto unit = LoadBranchUnit(tx, in.to_org_id, "to_org_id");
    if (!unit.ok()) return unit.error();
    if (unit->id == m.org_id) {
      return Error::Invalid("Nơi sinh hoạt tạm thời trùng chi bộ đảng viên đang sinh hoạt.",
                            {{"to_org_id", "Hãy chọn chi bộ khác."}});
    }
    if (in.confirm_now) {
      if (Status s = AuthorizeOtherOrg(env, actor, tx, *unit, audit, "Chi bộ nhận"); !s) {
        return s.error();
      }
    }
    to = *unit;
  }
  const TimePoint now = env.clock.Now();
  NewTransfer n{.member_id = member_id,
                .kind = "temporary",
                .state = "pending",
                .from_org_id = m.org_id,
                .to_org_id = to ? std::optional<int64_t>(to->id) : std::nullopt,
                .external_unit = text::Trim(in.external_unit),
                .letter = in.letter,
                .decision = in.decision,
                .until_on = in.until_on,
                .purpose = in.purpose,
                .note = in.note};
  const int64_t id = InsertTransfer(tx, n, actor, FormatTimestamp(now));
  if (!to || in.confirm_now) {
    auto event = ConfirmInTx(
        tx, actor, store::Must(LoadTransfer(tx, id, today), "transfer " + std::to_string(id)), "",
        today, now);
    if (!event.ok()) return event.error();
    audit.after["event_id"] = *event;
  }
  audit.before = MemberStateJson(m);
  audit.after["transfer_id"] = id;
  return CommitTransfer(tx, actor, audit, id, today, now);
}

Result<Transfer> ConfirmTransfer(const Env& env, const Actor& actor, int64_t transfer_id,
                                 const std::string& note) {
  const Date today = Today(env);
  Validator v;
  CheckText(v, note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "transfer.confirm"};
  auto w = BeginTransferStep(env, actor, transfer_id, today, /*receiving_only=*/true, audit,
                             [](const Transfer& t, AuditEntry& a) -> Status {
                               a.after["kind"] = t.kind;
                               if (!t.to_org_id) {
                                 return Error::Conflict(
                                     "transfer_state",
                                     "Việc chuyển sinh hoạt này không cần đơn vị nhận xác nhận.");
                               }
                               return Status::Ok();
                             });
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const TransferRow& row = w->row;
  if (row.t.state != "pending") {
    return Error::Conflict("transfer_state", "Việc chuyển sinh hoạt đang ở trạng thái “" +
                                                 TransferStateLabel(row.t.state) +
                                                 "”, không còn chờ xác nhận.");
  }
  const TimePoint now = env.clock.Now();
  const auto before = LoadMemberState(tx, row.t.member_id);
  auto event = ConfirmInTx(tx, actor, row, note, today, now);
  if (!event.ok()) return event.error();
  audit.before = {{"state", "pending"}, {"member", MemberStateJson(*before)}};
  audit.after["state"] = "confirmed";
  audit.after["event_id"] = *event;
  audit.after["member"] = MemberStateJson(store::Must(LoadMemberState(tx, row.t.member_id),
                                                      "member " + std::to_string(row.t.member_id)));
  return CommitTransfer(tx, actor, audit, transfer_id, today, now);
}

Result<Transfer> CancelTransfer(const Env& env, const Actor& actor, int64_t transfer_id,
                                const std::string& reason) {
  const Date today = Today(env);
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 500, true);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "transfer.cancel"};
  audit.after = {{"reason", reason}};
  auto w = BeginTransferStep(env, actor, transfer_id, today, /*receiving_only=*/false, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const Transfer& t = w->row.t;
  if (t.state != "pending") {
    return Error::Conflict("transfer_state",
                           "Chỉ hủy được việc chuyển sinh hoạt đang chờ xác nhận; việc này đang "
                           "ở trạng thái “" +
                               TransferStateLabel(t.state) +
                               "” (sự kiện đã ghi thì hủy sự kiện đó).");
  }
  const TimePoint now = env.clock.Now();
  tx.Exec(
      "UPDATE member_transfer SET state = 'cancelled', cancel_reason = ?, updated_at = ? "
      "WHERE id = ?",
      {text::Trim(reason), FormatTimestamp(now), transfer_id});
  audit.before = {{"state", "pending"}};
  audit.after["state"] = "cancelled";
  return CommitTransfer(tx, actor, audit, transfer_id, today, now);
}

Result<Transfer> ReturnFromTemporary(const Env& env, const Actor& actor, int64_t transfer_id,
                                     const std::string& returned_on, const std::string& note) {
  const Date today = Today(env);
  Validator v;
  CheckPastDate(v, returned_on, "returned_on", "Ngày trở về", today, true);
  CheckText(v, note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "transfer.return"};
  audit.after = {{"returned_on", returned_on}};
  auto w = BeginTransferStep(env, actor, transfer_id, today, /*receiving_only=*/false, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const Transfer& t = w->row.t;
  if (t.kind != "temporary" || t.state != "confirmed") {
    return Error::Conflict("transfer_state",
                           "Chỉ ghi nhận trở về cho đảng viên đang sinh hoạt tạm thời; việc này "
                           "là “" +
                               TransferKindLabel(t.kind) + "”, trạng thái “" +
                               TransferStateLabel(t.state) + "”.");
  }
  if (returned_on < t.effective_on) {
    return Error::Invalid("Ngày trở về không được trước ngày bắt đầu sinh hoạt tạm thời (" +
                              VnDate(t.effective_on) + ").",
                          {{"returned_on", "Ngày trở về trước ngày đi."}});
  }
  const TimePoint now = env.clock.Now();
  nlohmann::json detail = {{"transfer_id", t.id},
                           {"purpose", t.purpose},
                           {"until_on", t.until_on},
                           {"to_org_id", t.to_org_id ? nlohmann::json(*t.to_org_id) : nullptr},
                           {"external_unit", t.external_unit},
                           {"note", note}};
  const int64_t event_id = RecordMemberEvent(tx, t.member_id, "temporary_returned", returned_on,
                                             LoadMemberState(tx, t.member_id)->org_id,  // home, now
                                             Decision{returned_on, "", ""}, detail, actor, now);
  tx.Exec(
      "UPDATE member_transfer SET state = 'returned', returned_on = ?, return_event_id = ?, "
      "updated_at = ? WHERE id = ?",
      {returned_on, event_id, FormatTimestamp(now), t.id});
  audit.before = {{"state", "confirmed"}};
  audit.after["state"] = "returned";
  audit.after["event_id"] = event_id;
  return CommitTransfer(tx, actor, audit, transfer_id, today, now);
}

}  // namespace dangbo::service
