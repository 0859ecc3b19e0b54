// Meetings: creating, recording, voiding and planning a year — checked before the
// transaction, authorized inside it, audited in it.
#include <algorithm>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/meetings/meetings.h"
#include "service/meetings/meetings_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using meetings_internal::LoadMeeting;

store::Value N(const std::string& s) { return s.empty() ? store::Value(nullptr) : store::Value(s); }
store::Value N(const std::optional<int64_t>& v) {
  return v ? store::Value(*v) : store::Value(nullptr);
}

}  // namespace

namespace meetings_internal {

Status CheckMeetingInput(const MeetingInput& in, const Date& today) {
  Validator v;
  v.Check(vocab::Parse<MeetingKind>(in.kind).has_value(), "kind",
          "Hãy chọn loại buổi sinh hoạt (thường kỳ, chuyên đề, họp cấp ủy, toàn đảng bộ).");
  CheckText(v, in.topic, "topic", "Nội dung, chủ đề", 500, true);
  CheckPastDate(v, in.held_on, "held_on", "Ngày sinh hoạt", today, false);
  if (!in.planned_on.empty()) {
    const auto d = Date::Parse(in.planned_on);
    v.Check(d && d->year() >= 1930 && d->year() <= 2200, "planned_on",
            "Ngày dự kiến phải là một ngày có thật.");
  }
  if (in.held_on.empty() && in.planned_on.empty()) {
    v.Fail("held_on", "Hãy nhập ngày sinh hoạt (hoặc ngày dự kiến nếu mới lập kế hoạch).");
  }
  if (!in.quality.empty()) {
    v.Check(vocab::Parse<MeetingQuality>(in.quality).has_value(), "quality",
            "Xếp loại chất lượng không hợp lệ.");
    v.Check(!in.held_on.empty(), "quality", "Chỉ xếp loại chất lượng buổi đã sinh hoạt.");
  }
  CheckText(v, in.chair_name, "chair_name", "Người chủ trì", 100, false);
  CheckText(v, in.recorder_name, "recorder_name", "Thư ký", 100, false);
  CheckText(v, in.higher_name, "higher_name", "Cấp ủy cấp trên dự", 100, false);
  CheckText(v, in.resolution, "resolution", "Nghị quyết, kết luận", 10'000, false);
  return v.ToStatus();
}

}  // namespace meetings_internal

namespace {

using meetings_internal::CheckMeetingInput;

// The member's name when `id` is a member file in the actor's scope; else not found.
Result<std::string> PersonIn(store::Transaction& tx, const Actor& actor, int64_t id,
                             const char* field) {
  const auto m = LoadMemberState(tx, id);
  if (!m || !InScope(actor, m->org_path)) {
    return Error::Invalid("Không tìm thấy đảng viên có mã " + std::to_string(id) + ".",
                          {{field, "Không tìm thấy đảng viên."}});
  }
  return m->full_name;
}

// The higher-level member: assigned to the unit on the date, or a member in the scope.
Result<std::string> HigherMember(store::Transaction& tx, const Actor& actor, int64_t org_id,
                                 int64_t member_id, const std::string& on) {
  const auto assigned = tx.QueryOne(
      "SELECT m.full_name FROM meeting_assignment a JOIN member m ON m.id = a.member_id WHERE "
      "a.org_id = ? AND a.member_id = ? AND a.voided_at IS NULL AND a.from_on <= ? AND (a.to_on "
      "IS NULL OR a.to_on >= ?)",
      {org_id, member_id, on, on});
  if (assigned) return assigned->Text(0);
  return PersonIn(tx, actor, member_id, "higher_member_id");
}

// Fills the persons' names from their files; checks the kind against the unit.
Status ResolvePersons(store::Transaction& tx, const Actor& actor, const Org& org,
                      MeetingInput& in) {
  if (!meetings_internal::KindFits(std::string(vocab::Code(org.kind)), in.kind)) {
    return Error::Invalid(
        "Loại buổi sinh hoạt này không áp dụng cho " + std::string(vocab::Label(org.kind)) + ".",
        {{"kind", "Không áp dụng cho tổ chức này."}});
  }
  const std::string on = in.held_on.empty() ? in.planned_on : in.held_on;
  if (!org.established_on.empty() && on < org.established_on) {
    return Error::Invalid("Ngày sinh hoạt trước ngày thành lập tổ chức.",
                          {{"held_on", "Trước ngày thành lập."}});
  }
  if (in.chair_member_id) {
    auto n = PersonIn(tx, actor, *in.chair_member_id, "chair_member_id");
    if (!n.ok()) return n.error();
    in.chair_name = *n;
  }
  if (in.recorder_member_id) {
    auto n = PersonIn(tx, actor, *in.recorder_member_id, "recorder_member_id");
    if (!n.ok()) return n.error();
    in.recorder_name = *n;
  }
  if (in.higher_member_id) {
    auto n = HigherMember(tx, actor, org.id, *in.higher_member_id, on);
    if (!n.ok()) return n.error();
    in.higher_name = *n;
  }
  return Status::Ok();
}

std::string StatusOf(const MeetingInput& in) { return in.held_on.empty() ? "planned" : "held"; }

int64_t Insert(store::Transaction& tx, const MeetingInput& in, const std::string& now) {
  return tx
      .QueryRow(
          "INSERT INTO meeting (org_id, kind, status, planned_on, held_on, topic, "
          "chair_member_id, chair_name, recorder_member_id, recorder_name, higher_member_id, "
          "higher_name, resolution, quality, created_at, updated_at, recorded_at) VALUES (?, ?, "
          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {in.org_id, in.kind, StatusOf(in), N(in.planned_on), N(in.held_on), in.topic,
           N(in.chair_member_id), N(in.chair_name), N(in.recorder_member_id), N(in.recorder_name),
           N(in.higher_member_id), N(in.higher_name), N(in.resolution), N(in.quality), now, now,
           now})
      .Int(0);
}

}  // namespace

Result<Meeting> CreateMeeting(const Env& env, const Actor& actor, const MeetingInput& input) {
  MeetingInput in = input;
  if (Status s = CheckMeetingInput(in, Today(env)); !s) return s.error();
  if (in.org_id <= 0) {
    return Error::Invalid("Hãy chọn tổ chức đảng.", {{"org_id", "Bắt buộc."}});
  }
  const AuditEntry attempt{"meeting.create", "meeting", "", in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto org = LoadOrg(*tx, in.org_id);
  if (!org) return OrgNotFound(in.org_id);
  if (Status s = ResolvePersons(*tx, actor, *org, in); !s) return s.error();
  const int64_t id = Insert(*tx, in, FormatTimestamp(env.clock.Now()));
  const auto m = LoadMeeting(*tx, id, nullptr);
  if (!m) return MeetingNotFound(id);
  AuditEntry done = attempt;
  done.entity_id = std::to_string(id);
  done.after = MeetingJson(*m);
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return *m;
}

Result<Meeting> RecordMeeting(const Env& env, const Actor& actor, int64_t id,
                              const MeetingInput& input) {
  MeetingInput in = input;
  std::optional<Meeting> before;
  {
    store::Transaction rtx = env.db.BeginRead();
    std::string path;
    before = LoadMeeting(rtx, id, &path);
    if (!before || !InScope(actor, path)) {
      if (!RoleAllows(actor, Action::kMeetingWrite)) {
        return Error::Forbidden("Vai trò của bạn không được phép thực hiện thao tác này.");
      }
      return MeetingNotFound(id);
    }
  }
  in.org_id = before->org_id;
  if (in.kind.empty()) in.kind = before->kind;
  if (in.planned_on.empty()) in.planned_on = before->planned_on;
  if (Status s = CheckMeetingInput(in, Today(env)); !s) return s.error();
  const AuditEntry attempt{"meeting.record", "meeting", std::to_string(id), before->org_id, nullptr,
                           nullptr,          ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, before->org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto now_row = LoadMeeting(*tx, id, nullptr);
  if (!now_row) return MeetingNotFound(id);
  if (in.expected_version > 0 && in.expected_version != now_row->version) {
    return Error::Conflict("version_conflict",
                           "Buổi sinh hoạt vừa được người khác sửa; hãy tải lại rồi ghi lại.");
  }
  if (now_row->marked > 0 && in.held_on != now_row->held_on) {
    return Error::Invalid("Đã điểm danh: không đổi được ngày sinh hoạt.",
                          {{"held_on", "Đã điểm danh theo ngày này."}});
  }
  const auto org = LoadOrg(*tx, before->org_id);
  if (!org) return OrgNotFound(before->org_id);
  if (Status s = ResolvePersons(*tx, actor, *org, in); !s) return s.error();
  const std::string now = FormatTimestamp(env.clock.Now());
  UpdateVersion(
      *tx, "meeting", id,
      "kind = ?, status = ?, planned_on = ?, held_on = ?, topic = ?, chair_member_id = "
      "?, chair_name = ?, recorder_member_id = ?, recorder_name = ?, higher_member_id = "
      "?, higher_name = ?, resolution = ?, quality = ?, version = version + 1, "
      "updated_at = ?",
      {in.kind, StatusOf(in), N(in.planned_on), N(in.held_on), in.topic, N(in.chair_member_id),
       N(in.chair_name), N(in.recorder_member_id), N(in.recorder_name), N(in.higher_member_id),
       N(in.higher_name), N(in.resolution), N(in.quality), now},
      now);
  const auto m = LoadMeeting(*tx, id, nullptr);
  if (!m) return MeetingNotFound(id);
  AuditEntry done = attempt;
  done.before = MeetingJson(*now_row);
  done.after = MeetingJson(*m);
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return *m;
}

Status VoidMeeting(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2'000, true);
  if (!v.ok()) return v.ToStatus();
  std::optional<Meeting> before;
  {
    store::Transaction rtx = env.db.BeginRead();
    std::string path;
    before = LoadMeeting(rtx, id, &path);
    if (!before || !InScope(actor, path)) return MeetingNotFound(id);
  }
  const AuditEntry attempt{"meeting.void", "meeting", std::to_string(id), before->org_id, nullptr,
                           nullptr,        reason};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, before->org_id, attempt);
  if (!tx.ok()) return tx.error();
  const std::string now = FormatTimestamp(env.clock.Now());
  if (tx->Exec("UPDATE meeting SET voided_at = ?, void_reason = ?, version = version + 1 WHERE "
               "id = ? AND voided_at IS NULL",
               {now, reason, id}) == 0) {
    return MeetingNotFound(id);
  }
  tx->Exec("UPDATE meeting_attendance SET voided_at = ? WHERE meeting_id = ?", {now, id});
  AuditEntry done = attempt;
  done.before = MeetingJson(*before);
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

namespace {

// The (kind, month) pairs a unit of `org_kind` meets in a year.
std::vector<std::pair<std::string, int>> Schedule(const std::string& org_kind) {
  std::vector<std::pair<std::string, int>> out;
  const bool branch = org_kind == "grassroots_branch" || org_kind == "branch";
  for (int month = 1; month <= 12; ++month) {
    out.emplace_back(branch ? "regular" : "committee", month);
    if (branch && month % 3 == 2) out.emplace_back("thematic", month);
    if (org_kind == "grassroots_committee" && month % 6 == 0) {
      out.emplace_back("grassroots_committee", month);
    }
  }
  return out;
}

std::string PlanTopic(const std::string& kind, int month, int year) {
  const std::string when = "tháng " + std::to_string(month) + "/" + std::to_string(year);
  if (kind == "thematic") return "Sinh hoạt chuyên đề quý " + std::to_string((month + 2) / 3);
  if (kind == "grassroots_committee") return "Sinh hoạt toàn đảng bộ " + when;
  if (kind == "committee") return "Họp cấp ủy " + when;
  return "Sinh hoạt chi bộ thường kỳ " + when;
}

}  // namespace

Result<std::vector<Meeting>> PlanYear(const Env& env, const Actor& actor, const PlanInput& in) {
  Validator v;
  v.Check(in.year >= 1930 && in.year <= 2200, "year", "Năm không hợp lệ.");
  v.Check(in.day >= 1 && in.day <= 31, "day", "Ngày trong tháng phải từ 1 đến 31.");
  if (!v.ok()) return v.ToStatus().error();
  const AuditEntry attempt{"meeting.plan", "org", std::to_string(in.org_id), in.org_id, nullptr,
                           nullptr,        ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto org = LoadOrg(*tx, in.org_id);
  if (!org) return OrgNotFound(in.org_id);
  const std::string now = FormatTimestamp(env.clock.Now());
  std::vector<Meeting> out;
  for (const auto& [kind, month] : Schedule(std::string(vocab::Code(org->kind)))) {
    const Date first(in.year, month, 1);
    const Date last(in.year, month, Date::DaysInMonth(in.year, month));
    if (!org->ended_on.empty() && first.Iso() >= org->ended_on) continue;
    if (!org->established_on.empty() && last.Iso() < org->established_on) continue;
    const auto has = tx->QueryOne(
        "SELECT 1 FROM meeting WHERE org_id = ? AND kind = ? AND voided_at IS NULL AND "
        "COALESCE(held_on, planned_on) >= ? AND COALESCE(held_on, planned_on) <= ?",
        {in.org_id, kind, first.Iso(), last.Iso()});
    if (has) continue;
    MeetingInput m;
    m.org_id = in.org_id;
    m.kind = kind;
    m.planned_on = Date(in.year, month, std::min(in.day, Date::DaysInMonth(in.year, month))).Iso();
    m.topic = PlanTopic(kind, month, in.year);
    const auto row = LoadMeeting(*tx, Insert(*tx, m, now), nullptr);
    if (row) out.push_back(*row);
  }
  AuditEntry done = attempt;
  done.after = {{"year", in.year}, {"day", in.day}, {"planned", out.size()}};
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return out;
}

}  // namespace dangbo::service
