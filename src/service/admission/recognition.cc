// Recognition and refusal at the end of probation.
#include "service/admission/recognition.h"

#include <algorithm>

#include "service/calendar/holidays.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/lifecycle/lifecycle_common.h"
#include "text/text.h"

namespace dangbo::service {

Date ProbationStartFrom(const std::string& event_detail_json, const Date& admitted_on) {
  const auto detail = nlohmann::json::parse(event_detail_json, nullptr, false);
  if (detail.is_object()) {
    for (const char* key : {"ceremony_on", "readmitted_on"}) {
      if (detail.contains(key) && detail[key].is_string()) {
        if (const auto d = Date::Parse(detail[key].get<std::string>())) {
          return std::max(*d, admitted_on);
        }
      }
    }
  }
  return admitted_on;
}

Date ProbationStart(store::Transaction& tx, int64_t member_id, const Date& admitted_on) {
  const auto row = tx.QueryOne(
      "SELECT detail_json FROM member_event WHERE member_id = ? AND kind IN ('admitted', "
      "'readmitted') AND voided_at IS NULL ORDER BY occurred_on DESC, id DESC",
      {member_id});
  return row ? ProbationStartFrom(row->OptText(0).value_or(""), admitted_on) : admitted_on;
}

Result<RecognitionResult> Recognize(const Env& env, const Actor& actor, int64_t member_id,
                                    const RecognitionInput& in) {
  const Date today = service::Today(env);
  Validator v;
  const auto resolution = Date::Parse(in.resolution_on);
  v.Check(resolution && *resolution <= today, "resolution_on",
          "Ngày nghị quyết của chi bộ phải là ngày hợp lệ, không sau hôm nay.");
  if (!in.decision.decision_date.empty()) {
    const auto dd = Date::Parse(in.decision.decision_date);
    v.Check(dd && resolution && *dd >= *resolution && *dd <= today, "decision_date",
            "Ngày quyết định phải sau nghị quyết của chi bộ và không sau hôm nay.");
  }
  v.Check(in.recognize || !text::Trim(in.reason).empty(), "reason",
          "Hãy ghi lý do không công nhận.");
  if (Status s = v.ToStatus(); !s) return s.error();
  std::optional<MemberState> state;
  {
    store::Transaction tx = env.db.BeginRead();
    state = LoadMemberState(tx, member_id);
  }
  if (!state || !InScope(actor, state->org_path)) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
  }
  AuditEntry audit{.action = in.recognize ? "member.recognize" : "member.recognition_refuse",
                   .entity = "member",
                   .entity_id = std::to_string(member_id),
                   .org_id = state->org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, state->org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  state = LoadMemberState(tx, member_id);
  if (state->status != "probationary") {
    return Error::Rule("not_probationary", "Chỉ xét công nhận chính thức cho đảng viên dự bị; “" +
                                               state->full_name + "” đang ở trạng thái khác.");
  }
  const Date start = ProbationStart(tx, member_id, *Date::Parse(state->admitted_on));
  const rules::RuleSet& rs = Rules().At(start);
  const Date end = rules::ProbationEnd(rs, start);
  if (*resolution < end) {
    return Error::Rule("probation_not_ended", "Thời gian dự bị của “" + state->full_name +
                                                  "” kết thúc ngày " + end.Vietnamese() +
                                                  ": chi bộ chỉ xét công nhận từ ngày đó.");
  }
  RecognitionResult result;
  const rules::WorkingCalendar cal = LoadCalendar(tx);
  const Date deadline = rules::RecognitionDeadline(rs, cal, start);
  if (*resolution > deadline) {
    result.warnings.push_back({"recognition_late", "Chi bộ xét muộn: hạn là " +
                                                       deadline.Vietnamese() +
                                                       " (30 ngày làm việc sau khi hết dự bị)."});
  }
  const TimePoint now = env.clock.Now();
  const std::string decided_on =
      in.decision.decision_date.empty() ? in.resolution_on : in.decision.decision_date;
  if (in.recognize) {
    const Date official = rules::OfficialDate(rs, start);
    if (Status s = ChangeMemberStatus(tx, member_id, official.Iso(), "official", now); !s) {
      return s.error();
    }
    tx.Exec("UPDATE member SET official_on = ? WHERE id = ?", {official.Iso(), member_id});
    RecordMemberEvent(tx, member_id, "recognized", decided_on, state->org_id, in.decision,
                      {{"resolution_on", in.resolution_on}, {"official_on", official.Iso()}}, actor,
                      now);
    result.status = "official";
    result.official_on = official.Iso();
  } else {
    if (Status s = ChangeMemberStatus(tx, member_id, decided_on, "removed", now); !s) {
      return s.error();
    }
    RecordMemberEvent(tx, member_id, "recognition_refused", decided_on, state->org_id, in.decision,
                      {{"resolution_on", in.resolution_on}, {"reason", text::Trim(in.reason)}},
                      actor, now);
    result.status = "removed";
  }
  audit.before = {{"status", "probationary"}};
  audit.after = {{"status", result.status},
                 {"official_on", result.official_on},
                 {"decision_no", in.decision.decision_no}};
  if (!result.warnings.empty()) audit.detail = result.warnings[0].message;
  RecordAudit(tx, actor, audit, now);
  tx.Commit();
  return result;
}

}  // namespace dangbo::service
