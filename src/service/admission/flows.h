// Flows in a period for any subtree (admissions and their % of target, recognitions,
// transfers, cards, exemptions, endings) with the list of people behind every number, and
// the worklist of what a secretary or the committee must do next. Both are computed from
// dated events and spans as the tree was on each event's date, so a past period's figures
// do not change when the tree is restructured later.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

// The event kinds counted, in report order, with Vietnamese labels.
struct FlowKind {
  std::string kind;
  std::string label;
};
const std::vector<FlowKind>& FlowKinds();

struct Flows {
  int64_t org_id = 0;
  std::string org_name;
  std::string from, to;                   // inclusive
  std::map<std::string, int64_t> counts;  // by event kind (every FlowKinds() kind present)
  int64_t admission_target = 0;           // targets of the years in the period; 0 = none set
  std::optional<double> admission_percent;
};
Result<Flows> FlowsIn(const Env& env, const Actor& actor, int64_t org_id, const Date& from,
                      const Date& to);

struct FlowPerson {
  int64_t member_id = 0;
  int64_t event_id = 0;
  std::string full_name;
  std::string occurred_on;
  std::string org_name;  // the unit the event belongs to
  std::string decision_no;
};
Result<std::vector<FlowPerson>> FlowPeople(const Env& env, const Actor& actor, int64_t org_id,
                                           const Date& from, const Date& to,
                                           const std::string& kind);

// What a worklist item asks for.
enum class WorkItemKind {
  kProbationEnding,
  kRecognitionOverdue,
  kDecisionDue,
  kCeremonyDue,
  kCertificateExpiring,
  kTransferPending,
  kTemporaryExpiring,
  kMeetingMissing,   // meetings: a unit has not met this month (or did not last month)
  kThematicMissing,  // meetings: no thematic meeting this quarter
  kAbsenceWarning,   // meetings: unexcused absences near the removal line
  kBadgeRoundDue,
  kDuesArrears,        // dues: months unpaid in the year near the removal line
  kCorrectionRequest,  // self-service: a member asked for a correction of their file
};
std::span<const vocab::Entry<WorkItemKind>> VocabOf(WorkItemKind);

struct WorkItem {
  std::string kind;   // a WorkItemKind code
  std::string title;  // Vietnamese, e.g. "Xét công nhận chính thức: Nguyễn Văn An"
  std::string detail;
  std::string due_on;
  bool overdue = false;
  std::string org_name;
  std::optional<int64_t> member_id, candidate_id, transfer_id;
  std::string action;  // the web route that clears it, e.g. "/dang-vien/12/cong-nhan"
};
// A member near the removal line (Điều lệ: skipping meetings or dues for 3 months in a year
// without good reason): the one shape of the warnings of both, e.g. "Nhắc nhở vắng sinh
// hoạt: Lê Văn A" / "Vắng không lý do 2 buổi trong năm 2026 (lần gần nhất 05/03/2026);
// Điều lệ: 3 lần là xem xét xóa tên."
struct RemovalWarning {
  WorkItemKind kind;
  int64_t member_id = 0;
  std::string full_name, org_name;
  std::string last_on;  // ISO date of the latest miss
  int year = 0;
  std::string counted;  // "Vắng không lý do 2 buổi", "Chưa đóng đảng phí 2 tháng"
  std::string line;     // the rule's number with its unit: "3 lần", "3 tháng"
  bool removal_line = false;
  std::string warn_title, line_title;  // the title's head below / at the removal line
};
WorkItem RemovalLineItem(const RemovalWarning& w);

// Which part of a worklist to answer.
struct WorklistQuery {
  std::string kind;  // one WorkItemKind code; "" every kind
  bool overdue_only = false;
  int64_t member_id = 0;  // only this member's items; 0 everyone's
  int page = 1;           // from 1
  int page_size = 0;      // 0: every item (the CLI, tests)
};
struct WorklistPage {
  std::vector<WorkItem> items;  // the page asked: overdue first, then the nearest due date
  int64_t total = 0;            // items that match the query
  // The whole worklist, whatever was asked: items per kind (the vocabulary's order), overdue
  // items, all items.
  std::vector<std::pair<std::string, int64_t>> by_kind;
  int64_t overdue = 0, all = 0;
};
// What is due in the subtree of `org_id` on `on`.
Result<WorklistPage> Worklist(const Env& env, const Actor& actor, int64_t org_id, const Date& on,
                              const WorklistQuery& q = {});

}  // namespace dangbo::service
