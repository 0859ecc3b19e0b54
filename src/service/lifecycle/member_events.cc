// Cards, exemption, the end of membership and re-admission: each a dated member event
// written with the span, the projection and the audit row in one transaction.
#include "service/lifecycle/member_events.h"

#include <algorithm>
#include <functional>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/kinds.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

const std::vector<std::string>& kActive = ActiveStatusCodes();

LifecycleResult ResultFor(store::Transaction& tx, int64_t member_id, int64_t event_id,
                          const std::string& kind) {
  const auto r = tx.QueryOne(
      "SELECT status, org_id, card_no, card_issued_on FROM member WHERE id = ?", {member_id});
  return {member_id,
          event_id,
          kind,
          r->Text(0),
          r->Int(1),
          r->OptText(2).value_or(""),
          r->OptText(3).value_or("")};
}

nlohmann::json ResultAuditJson(const LifecycleResult& r) {
  return {{"event_id", r.event_id},
          {"status", r.status},
          {"org_id", r.org_id},
          {"card_no", r.card_no},
          {"card_issued_on", r.card_issued_on}};
}

// A change of status (and, for re-admission, unit) from the event's date.
struct NextState {
  std::string status;
  int64_t org_id = 0;  // 0 = unchanged
};
using NextFn = std::function<Result<NextState>(store::Transaction&, const MemberState&, AuditEntry&,
                                               nlohmann::json& detail)>;

struct StatusEventSpec {
  std::string action;  // audit action
  std::string kind;    // member_event kind
  std::vector<std::string> from;
  std::string what;  // for refusals: "xóa tên", ...
  bool decision_required = false;
  bool no_open_transfer = true;
};

// The event itself inside an open write on member `m`: status rules, span, projection and
// the member event (no audit row, no commit).
Result<LifecycleResult> ApplyStatusEvent(const Env& env, const Actor& actor, store::Transaction& tx,
                                         const MemberState& m, const EventInput& in,
                                         const StatusEventSpec& spec, nlohmann::json detail,
                                         AuditEntry& audit, const NextFn& next) {
  if (Status s = RequireStatus(m, spec.from, spec.what); !s) return s.error();
  if (spec.no_open_transfer) {
    if (Status s = RequireNoOpenTransfer(tx, m.id); !s) return s.error();
  }
  auto state = next(tx, m, audit, detail);
  if (!state.ok()) return state.error();
  const int64_t org_id = state->org_id > 0 ? state->org_id : m.org_id;
  const TimePoint now = env.clock.Now();
  const std::string& on = in.decision.effective_on;
  auto prev = MoveMemberSpan(tx, m.id, on, org_id, state->status, now);
  if (!prev.ok()) return prev.error();
  detail["note"] = in.note;
  detail["prev"] = SnapshotJson(*prev);
  const int64_t event_id =
      RecordMemberEvent(tx, m.id, spec.kind, on, org_id, in.decision, detail, actor, now);
  return ResultFor(tx, m.id, event_id, spec.kind);
}

Result<LifecycleResult> StatusEvent(const Env& env, const Actor& actor, int64_t member_id,
                                    const EventInput& in, const StatusEventSpec& spec, Validator v,
                                    nlohmann::json detail, const NextFn& next) {
  const Date today = Today(env);
  CheckDecision(v, in.decision, today, spec.decision_required);
  CheckText(v, in.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();

  AuditEntry audit{.action = spec.action};
  audit.after = {{"decision", EventDecisionJson(in.decision)}, {"detail", detail}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  auto result = ApplyStatusEvent(env, actor, tx, m, in, spec, std::move(detail), audit, next);
  if (!result.ok()) return result.error();
  audit.before = MemberStateJson(m);
  audit.after = ResultAuditJson(*result);
  audit.after["decision"] = EventDecisionJson(in.decision);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return result;
}

NextState To(const char* status) { return NextState{status, 0}; }

void CheckCardNo(Validator& v, const std::string& card_no, bool required) {
  if (card_no.empty()) {
    if (required) v.Fail("card_no", "Hãy nhập số thẻ đảng viên.");
  } else if (card_no.size() > 20 ||
             card_no.find_first_not_of("0123456789.-/ ") != std::string::npos) {
    v.Fail("card_no", "Số thẻ đảng viên chỉ gồm chữ số (tối đa 20 ký tự).");
  }
}

// The checks every card event makes on the member, inside the write.
Status CheckCardHolder(const MemberState& m, const Date& issued) {
  if (m.status == "probationary") {
    return Error::Rule("card_requires_official",
                       "Chỉ cấp thẻ đảng viên cho đảng viên chính thức: " + m.full_name +
                           " đang trong thời gian dự bị.");
  }
  if (Status s = RequireStatus(m, {"official", "exempt"}, "cấp thẻ đảng viên"); !s) return s;
  return rules::CheckCardIssue(Date::Parse(m.official_on), issued);
}

Status CheckCardFree(store::Transaction& tx, const std::string& card_no, int64_t member_id) {
  if (!tx.QueryOne("SELECT 1 FROM member WHERE card_no = ? AND id <> ?", {card_no, member_id})) {
    return Status::Ok();
  }
  Error e = Error::Conflict("duplicate_number",
                            "Số thẻ đảng viên " + card_no + " đã được cấp cho người khác.");
  e.title = "Trùng số";
  e.fields.push_back({"card_no", "Số thẻ đảng viên " + card_no + " đã được cấp cho người khác."});
  return e;
}

// Writes a card event: the member's card number and issue date, and the event with what
// they were before (for voiding).
Result<LifecycleResult> CardEvent(const Env& env, const Actor& actor, store::Transaction& tx,
                                  AuditEntry& audit, const MemberState& m, const EventInput& in,
                                  const std::string& kind, const std::string& card_no,
                                  nlohmann::json detail) {
  const TimePoint now = env.clock.Now();
  const auto before = tx.QueryOne("SELECT card_issued_on FROM member WHERE id = ?", {m.id});
  const std::string prev_issued = before->OptText(0).value_or("");
  tx.Exec(
      "UPDATE member SET card_no = ?, card_issued_on = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ?",
      {card_no, in.decision.effective_on, FormatTimestamp(now), m.id});
  detail["card_no"] = card_no;
  detail["prev_card_no"] = m.card_no;
  detail["prev_issued_on"] = prev_issued;
  detail["note"] = in.note;
  const int64_t event_id = RecordMemberEvent(tx, m.id, kind, in.decision.effective_on, m.org_id,
                                             in.decision, detail, actor, now);
  const LifecycleResult result = ResultFor(tx, m.id, event_id, kind);
  audit.before = {{"card_no", m.card_no}, {"card_issued_on", prev_issued}};
  audit.after = ResultAuditJson(result);
  audit.after["decision"] = EventDecisionJson(in.decision);
  RecordAudit(tx, actor, audit, now);
  tx.Commit();
  return result;
}

}  // namespace

// ---- Cards ----

Result<LifecycleResult> IssueCard(const Env& env, const Actor& actor, int64_t member_id,
                                  const CardInput& raw) {
  CardInput in = raw;
  in.card_no = text::Trim(in.card_no);
  const Date today = Today(env);
  Validator v;
  CheckDecision(v, in.event.decision, today, false);
  CheckCardNo(v, in.card_no, true);
  CheckText(v, in.event.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "member.card_issue"};
  audit.after = {{"card_no", in.card_no}, {"decision", EventDecisionJson(in.event.decision)}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  if (Status s = CheckCardHolder(m, *Date::Parse(in.event.decision.effective_on)); !s) {
    return s.error();
  }
  if (!m.card_no.empty()) {
    return Error::Conflict("card_exists", "Đảng viên " + m.full_name + " đã có thẻ số " +
                                              m.card_no + ": hãy dùng chức năng cấp lại thẻ.");
  }
  if (Status s = CheckCardFree(tx, in.card_no, member_id); !s) return s.error();
  return CardEvent(env, actor, tx, audit, m, in.event, "card_issued", in.card_no,
                   nlohmann::json::object());
}

Result<LifecycleResult> ReissueCard(const Env& env, const Actor& actor, int64_t member_id,
                                    const CardReissueInput& raw) {
  CardReissueInput in = raw;
  in.card_no = text::Trim(in.card_no);
  const Date today = Today(env);
  Validator v;
  CheckDecision(v, in.event.decision, today, false);
  CheckCardNo(v, in.card_no, false);
  if (in.reason != "lost" && in.reason != "damaged" && in.reason != "other") {
    v.Fail("reason", "Lý do cấp lại phải là lost (mất thẻ), damaged (hỏng thẻ) hoặc other.");
  }
  CheckText(v, in.reason_text, "reason_text", "Lý do cụ thể", 500, in.reason == "other");
  CheckText(v, in.event.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "member.card_reissue"};
  audit.after = {{"card_no", in.card_no},
                 {"reason", in.reason},
                 {"decision", EventDecisionJson(in.event.decision)}};
  auto w = BeginMemberWrite(env, actor, member_id, audit);
  if (!w.ok()) return w.error();
  store::Transaction& tx = w->tx;
  const MemberState& m = w->member;
  const std::string& on = in.event.decision.effective_on;
  if (Status s = CheckCardHolder(m, *Date::Parse(on)); !s) return s.error();
  if (m.card_no.empty()) {
    return Error::Conflict("card_missing", "Đảng viên " + m.full_name +
                                               " chưa có thẻ đảng viên: hãy dùng chức năng cấp "
                                               "thẻ.");
  }
  const auto issued = tx.QueryOne("SELECT card_issued_on FROM member WHERE id = ?", {member_id});
  const std::string prev_issued = issued->OptText(0).value_or("");
  if (!prev_issued.empty() && on < prev_issued) {
    return Error::Invalid(
        "Ngày cấp lại không được trước ngày cấp thẻ hiện có (" + VnDate(prev_issued) + ").",
        {{"effective_on", "Ngày cấp lại trước ngày cấp thẻ hiện có."}});
  }
  const std::string card_no = in.card_no.empty() ? m.card_no : in.card_no;
  if (Status s = CheckCardFree(tx, card_no, member_id); !s) return s.error();
  return CardEvent(env, actor, tx, audit, m, in.event, "card_reissued", card_no,
                   {{"reason", in.reason}, {"reason_text", in.reason_text}});
}

// ---- Exemption ----

Result<LifecycleResult> ExemptMember(const Env& env, const Actor& actor, int64_t member_id,
                                     const ExemptInput& in) {
  Validator v;
  CheckText(v, in.reason, "reason", "Lý do miễn công tác và sinh hoạt", 500, true);
  return StatusEvent(env, actor, member_id, in.event,
                     {"member.exempt",
                      "exempted",
                      {"probationary", "official"},
                      "miễn công tác và sinh hoạt đảng",
                      true,
                      false},
                     v, {{"reason", text::Trim(in.reason)}},
                     [](store::Transaction&, const MemberState&, AuditEntry&,
                        nlohmann::json&) -> Result<NextState> { return To("exempt"); });
}

Result<LifecycleResult> EndExemption(const Env& env, const Actor& actor, int64_t member_id,
                                     const EventInput& in) {
  return StatusEvent(
      env, actor, member_id, in,
      {"member.exemption_end",
       "exemption_ended",
       {"exempt"},
       "thôi miễn công tác và sinh hoạt đảng",
       false,
       false},
      Validator(), nlohmann::json::object(),
      [](store::Transaction& tx, const MemberState& m, AuditEntry&,
         nlohmann::json&) -> Result<NextState> {
        // Back to the status the member had when exempted.
        const auto e = tx.QueryOne(
            "SELECT detail_json FROM member_event WHERE member_id = ? AND kind = 'exempted' "
            "AND voided_at IS NULL ORDER BY id DESC LIMIT 1",
            {m.id});
        if (e) {
          const auto d = nlohmann::json::parse(e->OptText(0).value_or(""), nullptr, false);
          if (d.is_object() && d.contains("prev")) {
            if (const auto prev = SnapshotFromJson(d["prev"]);
                prev && IsActiveStatus(prev->status)) {
              return NextState{prev->status, 0};
            }
          }
        }
        return To(m.official_on.empty() ? "probationary" : "official");
      });
}

// ---- The end of membership ----

const std::vector<std::pair<std::string, std::string>>& RemovalReasons() {
  static const std::vector<std::pair<std::string, std::string>> kReasons = {
      {"skipped_meetings_or_dues",
       "Bỏ sinh hoạt đảng hoặc không đóng đảng phí ba tháng trong năm mà không có lý do chính "
       "đáng"},
      {"returned_card", "Trả thẻ đảng viên hoặc tự hủy thẻ đảng viên"},
      {"no_progress_after_counselling",
       "Giảm sút ý chí phấn đấu, không làm nhiệm vụ đảng viên, đã được giáo dục nhưng sau 12 tháng "
       "không tiến bộ"},
      {"failed_standards_two_years",
       "Hai năm liên tiếp vi phạm tư cách đảng viên (không hoàn thành nhiệm vụ)"},
      {"other", "Lý do khác"},
  };
  return kReasons;
}

Result<LifecycleResult> RemoveMember(const Env& env, const Actor& actor, int64_t member_id,
                                     const RemovalInput& in) {
  Validator v;
  const auto& reasons = RemovalReasons();
  const auto it = std::find_if(reasons.begin(), reasons.end(),
                               [&](const auto& r) { return r.first == in.reason; });
  if (it == reasons.end()) {
    v.Fail("reason",
           "Lý do xóa tên phải là một trong: skipped_meetings_or_dues, returned_card, "
           "no_progress_after_counselling, failed_standards_two_years, other.");
  }
  CheckText(v, in.reason_text, "reason_text", "Lý do cụ thể", 500, in.reason == "other");
  nlohmann::json detail = {{"reason", in.reason},
                           {"reason_label", it == reasons.end() ? "" : it->second},
                           {"reason_text", text::Trim(in.reason_text)}};
  return StatusEvent(env, actor, member_id, in.event,
                     {"member.remove", "removed", kActive, "xóa tên", true, true}, v, detail,
                     [](store::Transaction&, const MemberState&, AuditEntry&,
                        nlohmann::json&) -> Result<NextState> { return To("removed"); });
}

namespace {

const StatusEventSpec kExpel{"member.expel", "expelled", kActive, "khai trừ", true, true};

Result<NextState> ExpelNext(store::Transaction&, const MemberState& m, AuditEntry&,
                            nlohmann::json&) {
  if (m.status == "probationary") {
    return Error::Rule("expulsion_probationary",
                       "Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo, không bị "
                       "khai trừ; nếu không đủ tư cách thì xóa tên.");
  }
  return To("expelled");
}

}  // namespace

Result<LifecycleResult> ExpelMember(const Env& env, const Actor& actor, int64_t member_id,
                                    const EventInput& in) {
  return StatusEvent(env, actor, member_id, in, kExpel, Validator(), nlohmann::json::object(),
                     ExpelNext);
}

Result<LifecycleResult> ExpelMemberIn(const Env& env, const Actor& actor, store::Transaction& tx,
                                      int64_t member_id, const EventInput& in,
                                      const nlohmann::json& detail) {
  Validator v;
  CheckDecision(v, in.decision, Today(env), kExpel.decision_required);
  if (Status s = v.ToStatus(); !s) return s.error();
  const auto m = LoadMemberState(tx, member_id);
  if (!m)
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
  AuditEntry unused;
  return ApplyStatusEvent(env, actor, tx, *m, in, kExpel, detail, unused, ExpelNext);
}

Result<LifecycleResult> MemberLeaves(const Env& env, const Actor& actor, int64_t member_id,
                                     const EventInput& in) {
  return StatusEvent(env, actor, member_id, in,
                     {"member.leave", "left", kActive, "ghi nhận ra khỏi Đảng", true, true},
                     Validator(), nlohmann::json::object(),
                     [](store::Transaction&, const MemberState&, AuditEntry&,
                        nlohmann::json&) -> Result<NextState> { return To("left"); });
}

Result<LifecycleResult> MemberDied(const Env& env, const Actor& actor, int64_t member_id,
                                   const EventInput& in) {
  return StatusEvent(env, actor, member_id, in,
                     {"member.death", "died", kActive, "ghi nhận từ trần", false, true},
                     Validator(), nlohmann::json::object(),
                     [](store::Transaction&, const MemberState&, AuditEntry&,
                        nlohmann::json&) -> Result<NextState> { return To("deceased"); });
}

// ---- Re-admission ----

Result<LifecycleResult> ReadmitMember(const Env& env, const Actor& actor, int64_t member_id,
                                      const ReadmitInput& in) {
  const Date today = Today(env);
  const std::string vote_on = in.vote_on.empty() ? in.event.decision.effective_on : in.vote_on;
  Validator v;
  CheckPastDate(v, in.vote_on, "vote_on", "Ngày chi bộ xét kết nạp lại", today, false);
  if (!in.vote_on.empty() && Date::Parse(in.vote_on) &&
      Date::Parse(in.event.decision.effective_on) && in.vote_on > in.event.decision.effective_on) {
    v.Fail("vote_on", "Ngày chi bộ xét không được sau ngày kết nạp lại.");
  }
  if (in.org_id < 0) v.Fail("org_id", "Mã chi bộ không hợp lệ.");
  return StatusEvent(
      env, actor, member_id, in.event,
      {"member.readmit", "readmitted", {"left", "removed"}, "kết nạp lại", true, true}, v,
      nlohmann::json::object(),
      [&](store::Transaction& tx, const MemberState& m, AuditEntry& audit,
          nlohmann::json& detail) -> Result<NextState> {
        const auto open = tx.QueryOne(
            "SELECT valid_from FROM member_span WHERE member_id = ? AND valid_to IS NULL", {m.id});
        const std::string left_on = open->Text(0);
        const int previous = static_cast<int>(
            tx.QueryRow(
                  "SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = 'readmitted' "
                  "AND voided_at IS NULL",
                  {m.id})
                .Int(0));
        const Date vote = *Date::Parse(vote_on);
        if (Status s =
                rules::CheckReadmission(Rules().At(vote), *Date::Parse(left_on), vote, previous);
            !s) {
          return s.error();
        }
        const int64_t unit_id = in.org_id > 0 ? in.org_id : m.org_id;
        auto unit = LoadBranchUnit(tx, unit_id, "org_id");
        if (!unit.ok()) return unit.error();
        if (unit->id != m.org_id) {
          if (Status s = AuthorizeOtherOrg(env, actor, tx, *unit, audit, "Chi bộ kết nạp lại");
              !s) {
            return s.error();
          }
        }
        detail = {{"readmitted_on", in.event.decision.effective_on},
                  {"vote_on", vote_on},
                  {"left_on", left_on},
                  {"left_status", m.status},
                  {"first_admitted_on", m.admitted_on},
                  {"readmission_number", previous + 1}};
        return NextState{"probationary", unit->id};
      });
}

// ---- Kinds and labels ----

const std::vector<std::string>& LifecycleEventKinds() {
  static const std::vector<std::string> kKinds = {"transferred_out",
                                                  "transferred_in",
                                                  "transferred_internal",
                                                  "temporary_out",
                                                  "temporary_returned",
                                                  "card_issued",
                                                  "card_reissued",
                                                  "exempted",
                                                  "exemption_ended",
                                                  "removed",
                                                  "expelled",
                                                  "left",
                                                  "died",
                                                  "readmitted"};
  return kKinds;
}

bool IsLifecycleEventKind(const std::string& kind) {
  const auto& k = LifecycleEventKinds();
  return std::find(k.begin(), k.end(), kind) != k.end();
}

std::string MemberEventKindLabel(const std::string& kind) {
  return std::string(vocab::LabelOf<MemberEventKind>(kind));
}

nlohmann::json LifecycleResultJson(const LifecycleResult& r) {
  return {{"member_id", r.member_id},
          {"event_id", r.event_id},
          {"kind", r.kind},
          {"kind_label", MemberEventKindLabel(r.kind)},
          {"status", r.status},
          {"status_label", StatusLabel(r.status)},
          {"org_id", r.org_id},
          {"card_no", r.card_no},
          {"card_issued_on", r.card_issued_on}};
}

}  // namespace dangbo::service
