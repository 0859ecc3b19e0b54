// The rewards writes: an award (to a collective, or to a member with the reward record it
// adds to the member file) and its voiding; an emulation movement or model and its voiding.
// Each checked in the organization's subtree and audited, in one transaction.
#include <optional>
#include <string>

#include "base/date.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/core/void_record.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/rewards/rewards.h"
#include "service/rewards/rewards_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace rewards_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }

std::string Vn(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

Status CheckRewardInput(const RewardInput& in, const Date& today) {
  Validator v;
  const auto subject = vocab::Parse<RewardSubject>(in.subject);
  v.Check(subject.has_value(), "subject", "Đối tượng khen thưởng phải là tập thể hoặc cá nhân.");
  v.Check(vocab::Parse<RewardForm>(in.form).has_value(), "form",
          "Hình thức khen thưởng không hợp lệ: hãy chọn một hình thức trong danh mục.");
  v.Check(vocab::Parse<RewardLevel>(in.level).has_value(), "level",
          "Cấp khen thưởng không hợp lệ: hãy chọn một cấp trong danh mục.");
  CheckText(v, in.decision_no, "decision_no", "Số quyết định", 100, true);
  CheckPastDate(v, in.decided_on, "decided_on", "Ngày quyết định", today, true);
  CheckText(v, in.reason, "reason", "Thành tích được khen thưởng", 2000, true);
  CheckText(v, in.period_label, "period_label", "Thời kỳ khen thưởng", 200, false);
  CheckText(v, in.recipient, "recipient", "Tên tập thể", 300, false);
  if (subject == RewardSubject::kIndividual) {
    v.Check(in.member_id.has_value(), "member_id", "Khen thưởng cá nhân cần chọn đảng viên.");
  }
  if (subject == RewardSubject::kCollective) {
    v.Check(!in.member_id.has_value(), "member_id",
            "Khen thưởng tập thể không ghi đảng viên: hãy chọn khen thưởng cá nhân.");
  }
  return v.ToStatus();
}

// The reward record of the member file for award `r`.
std::pair<std::string, std::string> RecordOf(const RewardInput& in) {
  const std::string title = std::string(vocab::LabelOf<RewardForm>(in.form)) + " — " +
                            std::string(vocab::LabelOf<RewardLevel>(in.level));
  return {title, "Quyết định số " + text::Trim(in.decision_no) + " ngày " + Vn(in.decided_on) +
                     ": " + text::Trim(in.reason)};
}

// Adds the reward record to member `member_id`'s file; its id.
int64_t AddMemberRecord(store::Transaction& tx, int64_t member_id, const RewardInput& in) {
  const auto [title, detail] = RecordOf(in);
  const int64_t position =
      tx.QueryRow(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM member_record WHERE member_id = ? AND "
            "kind = 'reward'",
            {member_id})
          .Int(0);
  return tx
      .QueryRow(
          "INSERT INTO member_record (member_id, kind, from_date, to_date, title, detail, "
          "position) VALUES (?, 'reward', ?, NULL, ?, ?, ?) RETURNING id",
          {member_id, in.decided_on, title, detail, position})
      .Int(0);
}

// Removes the member file's record of award `r`: the one it added, or (the file having been
// rewritten since) the first record with the same text.
void RemoveMemberRecord(store::Transaction& tx, const Reward& r) {
  if (!r.member_id) return;
  RewardInput in{.form = r.form,
                 .level = r.level,
                 .decision_no = r.decision_no,
                 .decided_on = r.decided_on,
                 .reason = r.reason};
  const auto [title, detail] = RecordOf(in);
  const auto row = tx.QueryOne(
      "SELECT id FROM member_record WHERE member_id = ? AND kind = 'reward' AND title = ? AND "
      "detail = ? ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, id LIMIT 1",
      {*r.member_id, title, detail, r.effects.value("record_id", int64_t{0})});
  if (row) tx.Exec("DELETE FROM member_record WHERE id = ?", {row->Int(0)});
}

// The awarded member's unit, in the subtree of `org_path`, or "not found".
Result<MemberState> AwardedMember(store::Transaction& tx, const std::string& org_path, int64_t id) {
  const auto m = LoadMemberState(tx, id);
  if (!m || m->org_path.rfind(org_path, 0) != 0) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(id) +
                           " trong tổ chức được chọn.");
  }
  return *m;
}

// The movement an award names: one of the actor's scope or of an organization above the
// awarded one (a movement the committee launched); otherwise "not found".
Status CheckMovement(store::Transaction& tx, const Actor& actor, const std::string& org_path,
                     int64_t id) {
  const std::string path = EmulationPath(tx, id);
  if (path.empty() || !(InScope(actor, path) || org_path.rfind(path, 0) == 0)) {
    return Error::NotFound("Không tìm thấy phong trào thi đua có mã " + std::to_string(id) + ".");
  }
  return Status::Ok();
}

Result<int64_t> InsertReward(store::Transaction& tx, const Actor& actor, int64_t org_id,
                             const RewardInput& in, const std::string& now) {
  const auto org = tx.QueryRow("SELECT path, name FROM org WHERE id = ?", {org_id});
  const std::string path = org.Text(0);
  int64_t unit = org_id;
  std::string recipient = text::Trim(in.recipient);
  if (recipient.empty()) recipient = org.Text(1);
  if (in.member_id) {
    auto m = AwardedMember(tx, path, *in.member_id);
    if (!m.ok()) return m.error();
    unit = m->org_id;
    recipient = m->full_name;
  }
  if (in.emulation_id) {
    if (Status s = CheckMovement(tx, actor, path, *in.emulation_id); !s) return s.error();
  }
  nlohmann::json effects = nlohmann::json::object();
  if (in.member_id) effects["record_id"] = AddMemberRecord(tx, *in.member_id, in);
  return tx
      .QueryRow(
          "INSERT INTO reward (org_id, subject, member_id, recipient, form, level, decision_no, "
          "decided_on, reason, period_label, emulation_id, effects, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {unit, in.subject, in.member_id ? store::Value(*in.member_id) : store::Null(), recipient,
           in.form, in.level, text::Trim(in.decision_no), in.decided_on, text::Trim(in.reason),
           OrNull(text::Trim(in.period_label)),
           in.emulation_id ? store::Value(*in.emulation_id) : store::Null(), effects.dump(), now,
           now})
      .Int(0);
}

Status CheckEmulationInput(const EmulationInput& in) {
  Validator v;
  v.Check(vocab::Parse<EmulationKind>(in.kind).has_value(), "kind",
          "Loại phong trào, mô hình không hợp lệ: hãy chọn một loại trong danh mục.");
  CheckText(v, in.title, "title", "Tên phong trào, mô hình", 500, true);
  const auto from = Date::Parse(in.starts_on);
  v.Check(from.has_value() && from->year() >= 1930 && from->year() <= 2200, "starts_on",
          "Ngày bắt đầu không hợp lệ (dd/mm/yyyy).");
  const auto to = Date::Parse(in.ends_on);
  v.Check(in.ends_on.empty() || to.has_value(), "ends_on", "Ngày kết thúc không hợp lệ.");
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  if (Status s = v.ToStatus(); !s) return s;
  if (to && *to < *from) {
    return Error::Invalid("Ngày kết thúc không được trước ngày bắt đầu.",
                          {{"ends_on", "Trước ngày bắt đầu."}});
  }
  return Status::Ok();
}

}  // namespace

Result<Reward> CreateReward(const Env& env, const Actor& actor, int64_t org_id,
                            const RewardInput& in) {
  if (Status s = CheckRewardInput(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "reward.create", .entity = "reward", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kRewardWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  auto id = InsertReward(tx, actor, org_id, in, FormatTimestamp(env.clock.Now()));
  if (!id.ok()) return id.error();
  auto r = LoadVisibleReward(tx, actor, *id);
  audit.entity_id = std::to_string(*id);
  audit.org_id = r->org_id;
  audit.after = RewardJson(*r);
  if (r->member_id) audit.detail = "Đã thêm khen thưởng vào hồ sơ đảng viên " + r->recipient + ".";
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *r;
}

Status VoidReward(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidRecord<Reward>(
      env, actor, id, reason, {Action::kRewardWrite, "reward", "reward.void", "reward"},
      [&actor, id](store::Transaction& tx) { return LoadVisibleReward(tx, actor, id); },
      [id] { return RewardNotFound(id); },
      [](store::Transaction& tx, const Reward& r) {
        RemoveMemberRecord(tx, r);
        return Status::Ok();
      },
      RewardJson);
}

Result<Emulation> CreateEmulation(const Env& env, const Actor& actor, int64_t org_id,
                                  const EmulationInput& in) {
  if (Status s = CheckEmulationInput(in); !s) return s.error();
  AuditEntry audit{.action = "emulation.create", .entity = "emulation", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kRewardWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO emulation (org_id, kind, title, starts_on, ends_on, note, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {org_id, in.kind, text::Trim(in.title), in.starts_on, OrNull(in.ends_on),
             OrNull(text::Trim(in.note)), now, now})
          .Int(0);
  auto e = LoadVisibleEmulation(tx, actor, id);
  audit.entity_id = std::to_string(id);
  audit.after = EmulationJson(*e);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *e;
}

Status VoidEmulation(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidRecord<Emulation>(
      env, actor, id, reason, {Action::kRewardWrite, "emulation", "emulation.void", "emulation"},
      [&actor, id](store::Transaction& tx) { return LoadVisibleEmulation(tx, actor, id); },
      [id] { return EmulationNotFound(id); },
      [](store::Transaction&, const Emulation& e) -> Status {
        if (e.rewards == 0) return Status::Ok();
        return Error::Conflict("emulation_has_rewards",
                               "Đã có " + std::to_string(e.rewards) +
                                   " khen thưởng ghi theo phong trào này: hãy hủy các khen thưởng "
                                   "đó trước.");
      },
      EmulationJson);
}

}  // namespace dangbo::service
