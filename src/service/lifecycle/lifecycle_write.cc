// Shared write steps of the member lifecycle.
#include "service/lifecycle/lifecycle_write.h"

#include "service/core/access.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

nlohmann::json SnapshotJson(const SpanSnapshot& s) {
  return {{"span_from", s.from}, {"org_id", s.org_id}, {"status", s.status}};
}

std::optional<SpanSnapshot> SnapshotFromJson(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("span_from") || !j["span_from"].is_string() ||
      !j.contains("org_id") || !j["org_id"].is_number_integer() || !j.contains("status") ||
      !j["status"].is_string()) {
    return std::nullopt;
  }
  return SpanSnapshot{j["span_from"].get<std::string>(), j["org_id"].get<int64_t>(),
                      j["status"].get<std::string>()};
}

Result<SpanSnapshot> MoveMemberSpan(store::Transaction& tx, int64_t member_id,
                                    const std::string& on, int64_t org_id,
                                    const std::string& status, TimePoint now) {
  const auto open = tx.QueryOne(
      "SELECT valid_from, org_id, status FROM member_span WHERE member_id = ? AND valid_to IS "
      "NULL",
      {member_id});
  if (!open) {
    return Error::Rule("history_missing",
                       "Đảng viên chưa có quá trình sinh hoạt trong hệ thống: không thể ghi "
                       "nhận thay đổi.");
  }
  SpanSnapshot prev{open->Text(0), open->Int(1), open->Text(2)};
  if (Status s = ChangeMemberSpan(tx, member_id, on, org_id, status, FormatTimestamp(now)); !s)
    return s.error();
  const auto path = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
  tx.Exec(
      "UPDATE member SET status = ?, org_id = ?, org_path = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ?",
      {status, org_id, path->Text(0), FormatTimestamp(now), member_id});
  return prev;
}

Status RestoreMemberSpan(store::Transaction& tx, int64_t member_id, const std::string& on,
                         const SpanSnapshot& prev, TimePoint now) {
  const auto open = tx.QueryOne(
      "SELECT valid_from FROM member_span WHERE member_id = ? AND valid_to IS NULL", {member_id});
  if (!open || open->Text(0) != on) {
    return Error::Rule("history_conflict",
                       "Quá trình sinh hoạt của đảng viên đã thay đổi sau sự kiện này: không "
                       "hủy được.");
  }
  const std::string now_s = FormatTimestamp(now);
  if (prev.from == on) {
    // The change rewrote a span that began the same day: put its values back.
    RetireSpans(tx, SpanTable::kMember, "member_id = ? AND valid_from = ?", {member_id, on}, now_s);
    tx.Exec(
        "UPDATE member_span SET org_id = ?, status = ?, recorded_at = ? WHERE member_id = ? AND "
        "valid_from = ?",
        {prev.org_id, prev.status, now_s, member_id, on});
  } else {
    RetireSpans(tx, SpanTable::kMember, "member_id = ? AND valid_from IN (?, ?)",
                {member_id, on, prev.from}, now_s);
    tx.Exec("DELETE FROM member_span WHERE member_id = ? AND valid_from = ?", {member_id, on});
    tx.Exec(
        "UPDATE member_span SET valid_to = NULL, recorded_at = ? WHERE member_id = ? AND "
        "valid_from = ?",
        {now_s, member_id, prev.from});
  }
  const auto path = tx.QueryOne("SELECT path FROM org WHERE id = ?", {prev.org_id});
  tx.Exec(
      "UPDATE member SET status = ?, org_id = ?, org_path = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ?",
      {prev.status, prev.org_id, path->Text(0), FormatTimestamp(now), member_id});
  return Status::Ok();
}

Result<MemberWrite> BeginMemberWrite(const Env& env, const Actor& actor, int64_t member_id,
                                     AuditEntry& audit) {
  std::optional<int64_t> org_id;
  {
    store::Transaction tx = env.db.BeginRead();
    if (const auto r = tx.QueryOne("SELECT org_id FROM member WHERE id = ?", {member_id})) {
      org_id = r->Int(0);
    }
  }
  if (!org_id) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
  }
  audit.entity = "member";
  audit.entity_id = std::to_string(member_id);
  if (!audit.org_id) audit.org_id = *org_id;
  auto txr = BeginAuthorizedWrite(env, actor, Action::kLifecycleWrite, *org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(txr).value();
  auto state = LoadMemberState(tx, member_id);
  if (!state) {
    return Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
  }
  if (state->org_id != *org_id) {
    // Moved between the two reads: authorize on the unit it is in now.
    if (!InScope(actor, state->org_path)) {
      tx.Rollback();
      const Error e =
          Error::NotFound("Không tìm thấy đảng viên có mã " + std::to_string(member_id) + ".");
      RecordRefusal(env.db, actor, audit, e, env.clock.Now());
      return e;
    }
  }
  return MemberWrite{std::move(tx), std::move(*state)};
}

Status AuthorizeOtherOrg(const Env& env, const Actor& actor, store::Transaction& tx, const Org& org,
                         AuditEntry audit, const std::string& what) {
  Status s = Authorize(actor, Action::kLifecycleWrite, org.path);
  if (s.ok()) return s;
  tx.Rollback();
  audit.detail = what + " “" + org.name + "” (mã " + std::to_string(org.id) + ")";
  RecordRefusal(env.db, actor, audit, s.error(), env.clock.Now());
  return s;
}

Status RequireStatus(const MemberState& m, const std::vector<std::string>& allowed,
                     const std::string& what) {
  for (const auto& s : allowed) {
    if (m.status == s) return Status::Ok();
  }
  return Error::Conflict("member_status", "Đảng viên " + m.full_name + " đang ở trạng thái “" +
                                              StatusLabel(m.status) + "”: không thể " + what + ".");
}

Status RequireNoOpenTransfer(store::Transaction& tx, int64_t member_id, int64_t except_id) {
  const auto r = tx.QueryOne(
      "SELECT id, kind, state, effective_on FROM member_transfer WHERE member_id = ? AND id <> ? "
      "AND (state = 'pending' OR (kind = 'temporary' AND state = 'confirmed')) ORDER BY id "
      "LIMIT 1",
      {member_id, except_id});
  if (!r) return Status::Ok();
  const bool pending = r->Text(2) == "pending";
  const std::string what =
      r->Text(1) == "temporary" ? "chuyển sinh hoạt tạm thời" : "chuyển sinh hoạt trong Đảng bộ";
  return Error::Conflict(
      "transfer_open",
      "Đảng viên đang có việc " + what + " (mã " + r->Text(0) + ", từ ngày " + VnDate(r->Text(3)) +
          ") " +
          (pending ? "chờ đơn vị nhận xác nhận: hãy xác nhận hoặc hủy việc đó trước."
                   : "chưa trở về: hãy ghi nhận trở về trước."));
}

Status RequireNotBeforeLatest(store::Transaction& tx, int64_t member_id, const std::string& on) {
  const auto open = tx.QueryOne(
      "SELECT valid_from FROM member_span WHERE member_id = ? AND valid_to IS NULL", {member_id});
  if (open && on < open->Text(0)) {
    return Error::Rule("history_conflict",
                       "Ngày " + VnDate(on) + " trước lần thay đổi gần nhất của đảng viên (" +
                           VnDate(open->Text(0)) + "): không sửa lịch sử ở giữa.");
  }
  return Status::Ok();
}

Result<Org> LoadBranchUnit(store::Transaction& tx, int64_t org_id, const std::string& field) {
  auto org = LoadOrg(tx, org_id);
  if (!org) {
    return Error::Invalid("Không tìm thấy chi bộ có mã " + std::to_string(org_id) + ".",
                          {{field, "Chi bộ không tồn tại."}});
  }
  if (!org->ended_on.empty()) {
    return Error::Invalid(
        "“" + org->name + "” đã kết thúc hoạt động từ ngày " + VnDate(org->ended_on) + ".",
        {{field, "Chi bộ đã kết thúc hoạt động."}});
  }
  if (org->kind != OrgKind::kGrassrootsBranch && org->kind != OrgKind::kBranch) {
    return Error::Invalid("Đảng viên chỉ sinh hoạt ở chi bộ cơ sở hoặc chi bộ trực thuộc; “" +
                              org->name + "” là " + std::string(vocab::Label(org->kind)) + ".",
                          {{field, "Hãy chọn một chi bộ."}});
  }
  return *org;
}

nlohmann::json EventDecisionJson(const Decision& d) {
  return {{"effective_on", d.effective_on},
          {"decision_no", d.decision_no},
          {"decision_date", d.decision_date}};
}

nlohmann::json MemberStateJson(const MemberState& m) {
  return {{"status", m.status}, {"org_id", m.org_id}, {"card_no", m.card_no}};
}

std::string VnDate(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

store::Value NullIfEmpty(const std::string& s) {
  return s.empty() ? store::Value(nullptr) : store::Value(s);
}

}  // namespace dangbo::service
