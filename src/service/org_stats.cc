// Reading the tree as of a date, stocks for a subtree at a date, and an org's history.
// Stocks join member_span and org_span valid on the date, so later restructuring does
// not change a past figure.
#include "service/access.h"
#include "service/member_spans.h"
#include "service/org_history.h"

namespace dangbo::service {

namespace {

constexpr const char* kSpanAt =
    "SELECT org_id, parent_id, kind, name, path, valid_from FROM org_span "
    "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

OrgAt FromRow(const store::Row& r) {
  OrgAt o;
  o.id = r.Int(0);
  o.parent_id = r.OptInt(1);
  o.kind = ParseOrgKind(r.Text(2)).value_or(OrgKind::kBranch);
  o.name = r.Text(3);
  o.path = r.Text(4);
  o.valid_from = r.Text(5);
  return o;
}

// The organization as it was on `date`, if it existed then.
std::optional<OrgAt> SpanAt(store::Transaction& tx, int64_t org_id, const std::string& date) {
  const auto row = tx.QueryOne(std::string(kSpanAt) + " AND org_id = ?", {date, date, org_id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

// Checks that the actor may read `org_id` (by its current place in the tree).
Status CheckReadable(store::Transaction& tx, const Actor& actor, int64_t org_id) {
  const auto row = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
  if (!row || !InScope(actor, row->Text(0))) {
    return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(org_id) + ".");
  }
  return Authorize(actor, Action::kOrgRead, row->Text(0));
}

}  // namespace

Result<std::vector<OrgAt>> TreeAt(const Env& env, const Actor& actor, const Date& date) {
  if (!RoleAllows(actor, Action::kOrgRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem cây tổ chức.");
  }
  const std::string d = date.Iso();
  store::Transaction tx = env.db.BeginRead();
  std::string lo = "/", hi = "/~";
  if (actor.org_path != "/") {
    const auto root = SpanAt(tx, actor.org_id, d);
    if (!root) return std::vector<OrgAt>{};  // the actor's organization did not exist yet
    const PathRange r = SubtreeRange(root->path);
    lo = r.lo;
    hi = r.hi;
  }
  std::vector<OrgAt> out;
  tx.Each(std::string(kSpanAt) + " AND path >= ? AND path < ? ORDER BY path", {d, d, lo, hi},
          [&](const store::Row& r) { out.push_back(FromRow(r)); });
  return out;
}

Result<Stocks> StocksAt(const Env& env, const Actor& actor, int64_t org_id, const Date& date) {
  const std::string d = date.Iso();
  store::Transaction tx = env.db.BeginRead();
  if (Status s = CheckReadable(tx, actor, org_id); !s) return s.error();
  const auto org = SpanAt(tx, org_id, d);
  if (!org) {
    return Error::Make(ErrorKind::kNotFound, "org_not_existing", "Tổ chức chưa tồn tại",
                       "Tổ chức mã " + std::to_string(org_id) + " không tồn tại vào ngày " +
                           date.Vietnamese() + ".");
  }
  Stocks s;
  s.org = *org;
  s.date = d;
  const PathRange r = SubtreeRange(org->path);
  tx.Each(
      "SELECT kind, COUNT(*) FROM org_span WHERE valid_from <= ? AND "
      "(valid_to IS NULL OR valid_to > ?) AND path > ? AND path < ? GROUP BY kind",
      {d, d, r.lo, r.hi}, [&](const store::Row& row) { s.orgs_by_kind[row.Text(0)] = row.Int(1); });
  for (const char* k : {"superior_committee", "grassroots_committee", "grassroots_branch",
                        "sub_committee", "branch"}) {
    s.orgs_by_kind.try_emplace(k, 0);
  }
  s.grassroots = s.orgs_by_kind["grassroots_committee"] + s.orgs_by_kind["grassroots_branch"];
  tx.Each(
      "SELECT ms.status, COUNT(*) FROM member_span ms JOIN org_span os ON os.org_id = "
      "ms.org_id AND os.valid_from <= ? AND (os.valid_to IS NULL OR os.valid_to > ?) "
      "WHERE ms.valid_from <= ? AND (ms.valid_to IS NULL OR ms.valid_to > ?) "
      "AND os.path >= ? AND os.path < ? GROUP BY ms.status",
      {d, d, d, d, r.lo, r.hi}, [&](const store::Row& row) {
        if (IsActiveStatus(row.Text(0))) {
          s.members_by_status[row.Text(0)] = row.Int(1);
          s.members += row.Int(1);
        }
      });
  for (const char* st : {"probationary", "official", "exempt"})
    s.members_by_status.try_emplace(st, 0);
  return s;
}

Result<std::vector<OrgEventRow>> OrgHistory(const Env& env, const Actor& actor, int64_t org_id) {
  store::Transaction tx = env.db.BeginRead();
  if (Status s = CheckReadable(tx, actor, org_id); !s) return s.error();
  std::vector<OrgEventRow> out;
  tx.Each(
      "SELECT id, org_id, kind, effective_on, decision_no, decision_date, detail_json, "
      "recorded_by, recorded_at FROM org_event WHERE org_id = ? ORDER BY effective_on, id",
      {org_id}, [&](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.OptText(4).value_or(""),
                       r.OptText(5).value_or(""), r.OptText(6).value_or(""), r.Text(7), r.Text(8)});
      });
  return out;
}

}  // namespace dangbo::service
