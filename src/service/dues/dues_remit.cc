// Dues up the tree: the share each unit keeps (the rule set of the month, or the unit's own
// share where its committee set one), remittances to the parent, and the month's
// reconciliation of a subtree (collected = kept + remitted out).
#include <algorithm>
#include <map>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/dues/dues.h"
#include "service/dues/dues_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using Sums = std::map<int64_t, int64_t>;

Sums SumBy(store::Transaction& tx, const std::string& sql, const std::string& month,
           const PathRange& r) {
  Sums out;
  tx.Each(sql, {month, r.lo, r.hi}, [&](const store::Row& row) { out[row.Int(0)] = row.Int(1); });
  return out;
}

rules::DuesLevel LevelOf(OrgKind kind, std::optional<int> retention, const rules::DuesRules& r) {
  switch (kind) {
    case OrgKind::kBranch:
      return rules::DuesLevel::kBranch;
    case OrgKind::kSubCommittee:
      return rules::DuesLevel::kSubCommittee;
    case OrgKind::kGrassrootsCommittee:
    case OrgKind::kGrassrootsBranch:
      return retention == r.grassroots_commune_keep_percent ? rules::DuesLevel::kGrassrootsCommune
                                                            : rules::DuesLevel::kGrassroots;
    case OrgKind::kSuperiorCommittee:
      return rules::DuesLevel::kHigher;
  }
  return rules::DuesLevel::kHigher;
}

bool IsGrassroots(OrgKind k) {
  return k == OrgKind::kGrassrootsCommittee || k == OrgKind::kGrassrootsBranch;
}

// The rows of `orgs` (a subtree now, in path order) for the month. With `fill`, the
// remittances not recorded yet are taken as the rules give them, children before parents (so
// a parent receives what its children send): what RemitMonth writes.
std::vector<ReconciliationRow> Rows(store::Transaction& tx, const std::vector<Org>& orgs,
                                    const std::string& month, bool fill = false) {
  std::vector<ReconciliationRow> out;
  if (orgs.empty()) return out;
  const PathRange r = SubtreeRange(orgs.front().path);
  const Sums own = SumBy(tx,
                         "SELECT t.org_id, SUM(t.amount) FROM dues_tally t JOIN org o ON o.id = "
                         "t.org_id WHERE t.month = ? AND t.kind IN ('paid', 'extra') AND o.path "
                         ">= ? AND o.path < ? GROUP BY t.org_id",
                         month, r);
  Sums received = SumBy(tx,
                        "SELECT x.to_org_id, SUM(x.amount) FROM dues_remittance x JOIN org o ON "
                        "o.id = x.to_org_id WHERE x.month = ? AND x.voided_at IS NULL AND o.path "
                        ">= ? AND o.path < ? GROUP BY x.to_org_id",
                        month, r);
  const Sums remitted = SumBy(tx,
                              "SELECT x.org_id, SUM(x.amount) FROM dues_remittance x JOIN org o "
                              "ON o.id = x.org_id WHERE x.month = ? AND x.voided_at IS NULL AND "
                              "o.path >= ? AND o.path < ? GROUP BY x.org_id",
                              month, r);
  Sums retention;
  tx.Each(
      "SELECT d.org_id, d.keep_percent FROM dues_retention d JOIN org o ON o.id = d.org_id "
      "WHERE d.from_month <= ? AND d.voided_at IS NULL AND o.path >= ? AND o.path < ? ORDER "
      "BY d.org_id, d.from_month, d.id",
      {month, r.lo, r.hi}, [&](const store::Row& row) { retention[row.Int(0)] = row.Int(1); });
  // What was collected in each unit's whole subtree (children after parents: walk back).
  Sums subtree;
  for (auto it = orgs.rbegin(); it != orgs.rend(); ++it) {
    subtree[it->id] += own.contains(it->id) ? own.at(it->id) : 0;
    if (it->parent_id) subtree[*it->parent_id] += subtree[it->id];
  }
  const rules::DuesRules& rules = dues_internal::RulesOfMonth(month);
  const auto base_depth = std::count(orgs.front().path.begin(), orgs.front().path.end(), '/');
  const auto get = [](const Sums& s, int64_t id) { return s.contains(id) ? s.at(id) : 0; };
  for (auto it = orgs.rbegin(); it != orgs.rend(); ++it) {
    const Org& o = *it;
    ReconciliationRow row;
    row.org_id = o.id;
    row.org_name = o.name;
    row.org_kind = std::string(vocab::Code(o.kind));
    row.depth = static_cast<int>(std::count(o.path.begin(), o.path.end(), '/') - base_depth);
    row.collected = get(own, o.id);
    row.received = get(received, o.id);
    row.remitted = get(remitted, o.id);
    row.remitted_recorded = remitted.contains(o.id);
    const std::optional<int> share = retention.contains(o.id)
                                         ? std::optional<int>(static_cast<int>(retention.at(o.id)))
                                         : std::nullopt;
    row.keep_percent = rules::KeepPercent(rules, LevelOf(o.kind, share, rules), share);
    row.base = IsGrassroots(o.kind) ? get(subtree, o.id) : row.collected + row.received;
    row.expected = rules::RemitAmount(row.base, row.keep_percent);
    if (fill && !row.remitted_recorded) {
      row.remitted = row.expected;
      if (o.parent_id && row.expected > 0) received[*o.parent_id] += row.expected;
    }
    row.kept = row.collected + row.received - row.remitted;
    out.push_back(row);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

Remittance RemittanceFromRow(const store::Row& r) {
  Remittance x;
  x.id = r.Int(0);
  x.org_id = r.Int(1);
  x.to_org_id = r.OptInt(2);
  x.org_name = r.Text(3);
  x.to_org_name = r.OptText(4).value_or("");
  x.month = r.Text(5);
  x.remitted_on = r.Text(6);
  x.note = r.OptText(7).value_or("");
  x.base = r.Int(8);
  x.expected = r.Int(9);
  x.amount = r.Int(10);
  x.keep_percent = static_cast<int>(r.Int(11));
  return x;
}
constexpr const char* kRemittanceSelect =
    "SELECT x.id, x.org_id, x.to_org_id, o.name, t.name, x.month, x.remitted_on, x.note, x.base, "
    "x.expected, x.amount, x.keep_percent FROM dues_remittance x JOIN org o ON o.id = x.org_id "
    "LEFT JOIN org t ON t.id = x.to_org_id";

}  // namespace

nlohmann::json RemittanceJson(const Remittance& r) {
  return {{"id", r.id},
          {"org_id", r.org_id},
          {"org_name", r.org_name},
          {"to_org_id", r.to_org_id ? nlohmann::json(*r.to_org_id) : nlohmann::json()},
          {"to_org_name", r.to_org_name},
          {"month", r.month},
          {"remitted_on", r.remitted_on},
          {"base", r.base},
          {"keep_percent", r.keep_percent},
          {"expected", r.expected},
          {"amount", r.amount},
          {"note", r.note}};
}

nlohmann::json ReconciliationJson(const Reconciliation& r) {
  nlohmann::json rows = nlohmann::json::array();
  for (const ReconciliationRow& x : r.rows) {
    rows.push_back({{"org_id", x.org_id},
                    {"org_name", x.org_name},
                    {"org_kind", x.org_kind},
                    {"depth", x.depth},
                    {"collected", x.collected},
                    {"received", x.received},
                    {"base", x.base},
                    {"keep_percent", x.keep_percent},
                    {"expected", x.expected},
                    {"remitted", x.remitted},
                    {"remitted_recorded", x.remitted_recorded},
                    {"kept", x.kept}});
  }
  return {{"org_id", r.org_id},       {"month", r.month}, {"rows", rows},
          {"collected", r.collected}, {"kept", r.kept},   {"remitted_out", r.remitted_out},
          {"balanced", r.balanced}};
}

Result<Reconciliation> DuesReconciliation(const Env& env, const Actor& actor, int64_t org_id,
                                          const std::string& month) {
  Validator v;
  dues_internal::CheckMonth(v, month, "month", Today(env));
  if (!v.ok()) return v.ToStatus().error();
  store::Transaction tx = env.db.BeginRead();
  const auto org = dues_internal::ReadableOrg(tx, actor, org_id, 0);
  if (!org.ok()) return org.error();
  Reconciliation rec;
  rec.org_id = org_id;
  rec.month = month;
  for (ReconciliationRow& row : Rows(tx, LoadSubtree(tx, org->path, false), month)) {
    rec.collected += row.collected;
    rec.kept += row.kept;
    if (row.org_id == org_id) rec.remitted_out = row.remitted;
    if (row.remitted_recorded && row.remitted != row.expected) rec.balanced = false;
    if (row.org_id == org_id || row.collected || row.received || row.remitted) {
      rec.rows.push_back(std::move(row));
    }
  }
  if (rec.collected != rec.kept + rec.remitted_out) rec.balanced = false;
  return rec;
}

Result<Remittance> RecordRemittance(const Env& env, const Actor& actor, const RemitInput& in) {
  const Date today = Today(env);
  Validator v;
  dues_internal::CheckMonth(v, in.month, "month", today);
  CheckPastDate(v, in.remitted_on, "remitted_on", "Ngày nộp", today, false);
  v.Check(!in.amount || (*in.amount >= 0 && *in.amount <= 1'000'000'000'000), "amount",
          "Số tiền nộp không hợp lệ.");
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  if (!v.ok()) return v.ToStatus().error();
  AuditEntry attempt{"dues.remit", "dues_remittance", "", in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesRemit, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto org = LoadOrg(*tx, in.org_id);
  if (!org) return OrgNotFound(in.org_id);
  const std::vector<ReconciliationRow> rows =
      Rows(*tx, LoadSubtree(*tx, org->path, false), in.month);
  const ReconciliationRow& row = rows.front();
  if (row.remitted_recorded) {
    return Error::Conflict("dues_already_remitted",
                           "Đảng phí tháng này của " + org->name + " đã ghi nộp cấp trên.");
  }
  const int64_t amount = in.amount.value_or(row.expected);
  const std::string on = in.remitted_on.empty() ? today.Iso() : in.remitted_on;
  const int64_t id =
      tx->QueryRow(
            "INSERT INTO dues_remittance (org_id, to_org_id, month, remitted_on, base, "
            "keep_percent, expected, amount, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {in.org_id, org->parent_id ? store::Value(*org->parent_id) : store::Value(nullptr),
             in.month, on, row.base, int64_t{row.keep_percent}, row.expected, amount,
             in.note.empty() ? store::Value(nullptr) : store::Value(in.note),
             FormatTimestamp(env.clock.Now()), actor.display_name})
          .Int(0);
  Remittance r =
      RemittanceFromRow(tx->QueryRow(std::string(kRemittanceSelect) + " WHERE x.id = ?", {id}));
  attempt.entity_id = std::to_string(id);
  attempt.after = RemittanceJson(r);
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  tx->Commit();
  return r;
}

Status SetDuesRetention(const Env& env, const Actor& actor, const RetentionInput& in) {
  Validator v;
  dues_internal::CheckMonth(v, in.from_month, "from_month", Today(env).AddMonths(12));
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  if (!v.ok()) return v.ToStatus();
  AuditEntry attempt{"dues.retention", "dues_retention", "", in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesRemit, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto org = LoadOrg(*tx, in.org_id);
  if (!org) return OrgNotFound(in.org_id);
  const rules::DuesRules& r =
      dues_internal::RulesOfMonth(in.from_month.empty() ? "2026-01" : in.from_month);
  bool ok = false;
  std::string allowed;
  if (org->kind == OrgKind::kBranch) {
    ok = in.keep_percent >= r.branch_keep_min_percent &&
         in.keep_percent <= r.branch_keep_max_percent;
    allowed = "chi bộ trực thuộc được trích giữ lại từ " +
              std::to_string(r.branch_keep_min_percent) + "% đến " +
              std::to_string(r.branch_keep_max_percent) + "%";
  } else if (IsGrassroots(org->kind)) {
    ok = in.keep_percent == r.grassroots_keep_percent ||
         in.keep_percent == r.grassroots_commune_keep_percent;
    allowed = "tổ chức cơ sở đảng giữ lại " + std::to_string(r.grassroots_keep_percent) +
              "% (ở xã, phường, thị trấn " + std::to_string(r.grassroots_commune_keep_percent) +
              "%)";
  } else {
    allowed = "cấp này giữ lại theo quy định, không tự đặt tỷ lệ";
  }
  if (!ok) {
    return Error::Invalid("Tỷ lệ trích giữ lại không đúng quy định: " + allowed + ".",
                          {{"keep_percent", "Không đúng quy định."}});
  }
  tx->Exec(
      "INSERT INTO dues_retention (org_id, from_month, keep_percent, note, recorded_at, "
      "recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
      {in.org_id, in.from_month, int64_t{in.keep_percent},
       in.note.empty() ? store::Value(nullptr) : store::Value(in.note),
       FormatTimestamp(env.clock.Now()), actor.display_name});
  attempt.after = {{"from_month", in.from_month}, {"keep_percent", in.keep_percent}};
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  tx->Commit();
  return Status::Ok();
}

namespace dues_internal {

int64_t RemitMonth(store::Transaction& tx, const Org& root, const std::string& month,
                   const std::string& on, const std::string& recorded_at, const std::string& by) {
  const std::vector<Org> orgs = LoadSubtree(tx, root.path, false);
  std::map<int64_t, std::optional<int64_t>> parent;
  for (const Org& o : orgs) parent[o.id] = o.parent_id;
  int64_t n = 0;
  for (const ReconciliationRow& row : Rows(tx, orgs, month, /*fill=*/true)) {
    if (row.remitted_recorded || row.expected <= 0) continue;
    const auto to = parent[row.org_id];
    tx.Exec(
        "INSERT INTO dues_remittance (org_id, to_org_id, month, remitted_on, base, "
        "keep_percent, expected, amount, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)",
        {row.org_id, to ? store::Value(*to) : store::Value(nullptr), month, on, row.base,
         int64_t{row.keep_percent}, row.expected, row.expected, recorded_at, by});
    ++n;
  }
  return n;
}

}  // namespace dues_internal

Result<std::vector<Remittance>> ListRemittances(const Env& env, const Actor& actor, int64_t org_id,
                                                int year) {
  store::Transaction tx = env.db.BeginRead();
  const auto org = dues_internal::ReadableOrg(tx, actor, org_id, year);
  if (!org.ok()) return org.error();
  const PathRange r = SubtreeRange(org->path);
  std::vector<Remittance> out;
  tx.Each(std::string(kRemittanceSelect) +
              " WHERE x.voided_at IS NULL AND x.month >= ? AND x.month <= ? AND o.path >= ? AND "
              "o.path < ? ORDER BY x.month DESC, o.path LIMIT 2000",
          {std::to_string(year) + "-01", std::to_string(year) + "-12", r.lo, r.hi},
          [&](const store::Row& row) { out.push_back(RemittanceFromRow(row)); });
  return out;
}

}  // namespace dangbo::service
