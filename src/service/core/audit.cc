// Writing and reading the audit trail.
#include "service/core/audit.h"

#include "service/core/access.h"
#include "service/core/kinds.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

std::string_view ChannelName(Channel c) {
  return vocab::Code(c == Channel::kCli ? AuditVia::kCli : AuditVia::kApi);
}

store::Value JsonOrNull(const nlohmann::json& j) {
  if (j.is_null()) return nullptr;
  return j.dump();
}

std::string ActorName(const Actor& a) {
  if (a.display_name.empty() || a.display_name == a.username) return a.username;
  return a.display_name + " (" + a.username + ")";
}

void Insert(store::Transaction& tx, const Actor& actor, const AuditEntry& e,
            std::string_view outcome, const std::string& detail, TimePoint now) {
  tx.Exec(
      "INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, org_id, "
      "outcome, before_json, after_json, detail, client_addr, via) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {FormatTimestamp(now), actor.user_id ? store::Value(actor.user_id) : store::Value(nullptr),
       ActorName(actor), e.action, e.entity,
       e.entity_id.empty() ? store::Value(nullptr) : store::Value(e.entity_id),
       store::Opt(e.org_id), std::string(outcome), JsonOrNull(e.before), JsonOrNull(e.after),
       detail.empty() ? store::Value(nullptr) : store::Value(detail), actor.client_addr,
       std::string(ChannelName(actor.channel))});
}

// YYYY-MM-DD, optionally followed by THH:MM[:SS[.mmm]][Z]; parsed by hand, in one pass.
bool ValidDateOrTimestamp(const std::string& s) {
  size_t i = 0;
  auto digits = [&](size_t n) {
    for (size_t k = 0; k < n; ++k, ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  auto lit = [&](char c) { return i < s.size() && s[i] == c ? (++i, true) : false; };
  if (!(digits(4) && lit('-') && digits(2) && lit('-') && digits(2))) return false;
  if (i == s.size()) return true;
  if (!(lit('T') && digits(2) && lit(':') && digits(2))) return false;
  if (lit(':')) {
    if (!digits(2)) return false;
    if (lit('.')) {
      size_t n = 0;
      while (n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '9') ++n, ++i;
      if (n == 0) return false;
    }
  }
  lit('Z');
  return i == s.size();
}

nlohmann::json ParseJson(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return nlohmann::json::parse(*s, nullptr, /*allow_exceptions=*/false);
}

}  // namespace

void RecordAudit(store::Transaction& tx, const Actor& actor, const AuditEntry& entry,
                 TimePoint now) {
  Insert(tx, actor, entry, vocab::Code(AuditOutcome::kOk), entry.detail, now);
}

void RecordRefusal(store::Database& db, const Actor& actor, AuditEntry entry, const Error& why,
                   TimePoint now) {
  store::Transaction tx = db.BeginWrite();
  const std::string detail = entry.detail.empty() ? why.detail : entry.detail + " — " + why.detail;
  Insert(tx, actor, entry, vocab::Code(AuditOutcome::kRefused), detail, now);
  tx.Commit();
}

Result<AuditPage> ListAudit(const Env& env, const Actor& actor, const AuditFilter& f) {
  Validator v;
  CheckPaging(v, f.page, f.page_size);
  v.Check(f.from.empty() || ValidDateOrTimestamp(f.from), "from",
          "Ngày bắt đầu phải có dạng YYYY-MM-DD.");
  v.Check(f.to.empty() || ValidDateOrTimestamp(f.to), "to",
          "Ngày kết thúc phải có dạng YYYY-MM-DD.");
  v.Check(f.outcome.empty() || vocab::IsCode<AuditOutcome>(f.outcome), "outcome",
          "Kết quả chỉ nhận 'ok' hoặc 'refused'.");
  if (Status s = v.ToStatus(); !s) return s.error();
  if (!RoleAllows(actor, Action::kAuditRead)) {
    return Error::Forbidden("Chỉ quản trị hệ thống được xem nhật ký thao tác.");
  }

  store::Transaction tx = env.db.BeginRead();
  // Rows without an organization (e.g. failed logins of unknown names) belong to the root.
  bool whole_tree = actor.org_path == "/";
  if (!whole_tree) {
    const auto row = tx.QueryOne("SELECT parent_id FROM org WHERE id = ?", {actor.org_id});
    whole_tree = row && row->IsNull(0);
  }
  const PathRange range = SubtreeRange(actor.org_path);
  std::string where =
      " FROM audit_log a LEFT JOIN org o ON o.id = a.org_id"
      " WHERE ((o.path >= ? AND o.path < ?) OR (a.org_id IS NULL AND ? = 1))";
  store::Params params = {range.lo, range.hi, static_cast<int64_t>(whole_tree ? 1 : 0)};
  if (!f.actor.empty()) {
    // Without diacritics or with ("dung" finds "Phạm Thu Dung"): accounts are few, so their
    // names are folded here; rows of actors without an account (CLI) match on the stored
    // name in ASCII lower case.
    const std::string needle = text::Fold(f.actor);
    std::string ids;
    tx.Each("SELECT id, username, display_name FROM app_user", {}, [&](const store::Row& r) {
      if (text::Fold(r.Text(1) + " " + r.Text(2)).find(needle) == std::string::npos) return;
      ids += (ids.empty() ? "" : ", ") + std::to_string(r.Int(0));
    });
    where += " AND (lower(a.actor_name) LIKE ?" +
             (ids.empty() ? std::string() : " OR a.actor_id IN (" + ids + ")") + ")";
    params.push_back("%" + needle + "%");
  }
  auto add_exact = [&](const std::string& value, const char* clause) {
    if (value.empty()) return;
    where += clause;
    params.push_back(value);
  };
  add_exact(f.action, " AND a.action = ?");
  add_exact(f.entity, " AND a.entity = ?");
  add_exact(f.entity_id, " AND a.entity_id = ?");
  add_exact(f.outcome, " AND a.outcome = ?");
  add_exact(f.from, " AND a.at >= ?");
  add_exact(f.to.size() == 10 ? f.to + "T23:59:59.999Z" : f.to, " AND a.at <= ?");

  AuditPage page;
  const PagedSql sql{
      "SELECT a.id, a.at, a.actor_id, a.actor_name, a.action, a.entity, a.entity_id, a.org_id, "
      "a.outcome, a.before_json, a.after_json, a.detail, a.client_addr, a.via",
      "", where, "ORDER BY a.at DESC, a.id DESC", params};
  page.total = EachOnPage(tx, sql, f.page, f.page_size, [&](const store::Row& r) {
    AuditRow a;
    a.id = r.Int(0);
    a.at = r.Text(1);
    a.actor_id = r.OptInt(2);
    a.actor_name = r.OptText(3).value_or("");
    a.action = r.Text(4);
    a.entity = r.Text(5);
    a.entity_id = r.OptText(6).value_or("");
    a.org_id = r.OptInt(7);
    a.outcome = r.Text(8);
    a.before = ParseJson(r.OptText(9));
    a.after = ParseJson(r.OptText(10));
    a.detail = r.OptText(11).value_or("");
    a.client_addr = r.OptText(12).value_or("");
    a.via = r.Text(13);
    page.items.push_back(std::move(a));
  });
  return page;
}

}  // namespace dangbo::service
