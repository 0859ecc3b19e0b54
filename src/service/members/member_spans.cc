// Member spans and unit moves.
#include "service/members/member_spans.h"

#include <array>
#include <nlohmann/json.hpp>

#include "base/date.h"
#include "service/core/access.h"
#include "service/core/kinds.h"

namespace dangbo::service {

bool IsActiveStatus(const std::string& status) {
  return vocab::CodeHasFlag<MemberStatus>(status, kStatusActive);
}

int64_t CountActiveMembers(store::Transaction& tx, int64_t org_id) {
  return tx
      .QueryRow(std::string("SELECT COUNT(*) FROM member WHERE org_id = ? AND status IN ") +
                    ActiveStatusesSql(),
                {org_id})
      .Int(0);
}

const std::string& ActiveStatusesSql() {
  static const std::string kSql = [] {
    std::string out = "(";
    for (const std::string& code : ActiveStatusCodes()) {
      out += (out.size() > 1 ? ",'" : "'") + code + "'";
    }
    return out + ")";
  }();
  return kSql;
}

const std::vector<std::string>& ActiveStatusCodes() {
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> out;
    for (std::string_view code : vocab::Codes<MemberStatus>(kStatusActive)) out.emplace_back(code);
    return out;
  }();
  return kCodes;
}

bool IsKnownStatus(const std::string& status) { return vocab::IsCode<MemberStatus>(status); }

std::string StatusLabel(const std::string& status) {
  return std::string(vocab::LabelOf<MemberStatus>(status));
}

Status ChangeMemberSpan(store::Transaction& tx, int64_t member_id, const std::string& on,
                        int64_t org_id, const std::string& status, const std::string& now) {
  const auto open = tx.QueryOne(
      "SELECT valid_from FROM member_span WHERE member_id = ? AND valid_to IS NULL", {member_id});
  if (open) {
    const std::string from = open->Text(0);
    if (on < from) {
      return Error::Rule("history_conflict", "Ngày hiệu lực " + on +
                                                 " trước lần thay đổi gần nhất của đảng viên (" +
                                                 from + "): không sửa lịch sử ở giữa.");
    }
    RetireSpans(tx, SpanTable::kMember, "member_id = ? AND valid_from = ?", {member_id, from}, now);
    if (on == from) {
      tx.Exec(
          "UPDATE member_span SET org_id = ?, status = ?, recorded_at = ? WHERE member_id = ? "
          "AND valid_from = ?",
          {org_id, status, now, member_id, from});
      return Status::Ok();
    }
    tx.Exec(
        "UPDATE member_span SET valid_to = ?, recorded_at = ? WHERE member_id = ? AND "
        "valid_from = ?",
        {on, now, member_id, from});
  }
  tx.Exec(
      "INSERT INTO member_span (member_id, valid_from, valid_to, org_id, status, recorded_at) "
      "VALUES (?, ?, NULL, ?, ?, ?)",
      {member_id, on, org_id, status, now});
  return Status::Ok();
}

Result<int64_t> MoveActiveMembers(store::Transaction& tx, const Actor& actor, int64_t from_org,
                                  int64_t to_org, const std::string& on, const std::string& reason,
                                  TimePoint now, const std::optional<std::vector<int64_t>>& only) {
  const auto target = tx.QueryOne("SELECT path FROM org WHERE id = ?", {to_org});
  if (!target) return Error::NotFound("Không tìm thấy đơn vị nhận đảng viên.");
  const std::string to_path = target->Text(0);
  std::vector<std::pair<int64_t, std::string>> movers;
  tx.Each(std::string("SELECT id, status FROM member WHERE org_id = ? AND status IN ") +
              ActiveStatusesSql() + " ORDER BY id",
          {from_org}, [&](const store::Row& r) { movers.emplace_back(r.Int(0), r.Text(1)); });
  if (only) {
    std::vector<std::pair<int64_t, std::string>> chosen;
    for (const auto& m : movers) {
      if (std::find(only->begin(), only->end(), m.first) != only->end()) chosen.push_back(m);
    }
    movers = std::move(chosen);
  }
  const std::string recorded_at = FormatTimestamp(now);
  const nlohmann::json detail = {
      {"from_org_id", from_org}, {"to_org_id", to_org}, {"reason", reason}};
  for (const auto& [id, status] : movers) {
    if (Status s = ChangeMemberSpan(tx, id, on, to_org, status, FormatTimestamp(now)); !s)
      return s.error();
    tx.Exec(
        "UPDATE member SET org_id = ?, org_path = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ?",
        {to_org, to_path, recorded_at, id});
    tx.Exec(
        "INSERT INTO member_event (member_id, kind, occurred_on, org_id, detail_json, "
        "recorded_by, recorded_at) VALUES (?, 'unit_changed', ?, ?, ?, ?, ?)",
        {id, on, to_org, detail.dump(), actor.username, recorded_at});
  }
  return static_cast<int64_t>(movers.size());
}

void RewriteMemberPaths(store::Transaction& tx, const std::string& old_prefix,
                        const std::string& new_prefix) {
  const PathRange r = SubtreeRange(old_prefix);
  tx.Exec(
      "UPDATE member SET org_path = ? || substr(org_path, ?) WHERE org_path >= ? AND org_path < ?",
      {new_prefix, static_cast<int64_t>(old_prefix.size() + 1), r.lo, r.hi});
}

}  // namespace dangbo::service
