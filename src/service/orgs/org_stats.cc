// Reading the tree as of a date, stocks for a subtree at a date, and an org's history.
// Stocks join member_span and org_span valid on the date, so later restructuring does
// not change a past figure.
#include "service/core/access.h"
#include "service/members/member_spans.h"
#include "service/orgs/org_history.h"

namespace dangbo::service {

namespace {

constexpr const char* kSpanAt =
    "SELECT org_id, parent_id, kind, name, path, valid_from FROM org_span "
    "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

OrgAt FromRow(const store::Row& r) {
  OrgAt o;
  o.id = r.Int(0);
  o.parent_id = r.OptInt(1);
  o.kind = vocab::Parse<OrgKind>(r.Text(2)).value_or(OrgKind::kBranch);
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

// Checks that the actor may do `action` (a read) on `org_id` (by its current place in the tree).
Status CheckReadable(store::Transaction& tx, const Actor& actor, int64_t org_id,
                     Action action = Action::kOrgRead) {
  const auto row = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
  if (!row || !InScope(actor, row->Text(0))) {
    return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(org_id) + ".");
  }
  return Authorize(actor, action, row->Text(0));
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
  if (Status s = CheckReadable(tx, actor, org_id, Action::kReportRead); !s) return s.error();
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
  // Counts with FILTER instead of GROUP BY: no temporary B-tree over every row (it cost
  // more than the scan at national scale). Both queries read covering indexes only:
  // org_span_path_idx (path, valid_from, valid_to, org_id, kind) and member_span_org_idx
  // (org_id, valid_to, valid_from, status).
  static const char* const kKinds[] = {"superior_committee", "grassroots_committee",
                                       "grassroots_branch", "sub_committee", "branch"};
  const std::string span_at = "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";
  const bool from_memory = env.index != nullptr && env.index->Ready();
  std::vector<int64_t> units;  // from_memory: the units of the subtree on d, itself included
  if (from_memory) {
    // One read of org_span_path_idx gives both the descendants by kind and the units whose
    // members the index counts.
    for (const char* k : kKinds) s.orgs_by_kind[k] = 0;
    tx.Each("SELECT org_id, kind FROM org_span WHERE " + span_at + " AND path >= ? AND path < ?",
            {d, d, r.lo, r.hi}, [&](const store::Row& row) {
              units.push_back(row.Int(0));
              if (row.Int(0) != org_id) ++s.orgs_by_kind[row.Text(1)];
            });
  } else {
    std::string sql = "SELECT COUNT(*)";
    for (const char* k : kKinds) sql += std::string(", COUNT(*) FILTER (WHERE kind = '") + k + "')";
    const auto row = tx.QueryOne(
        sql + " FROM org_span WHERE " + span_at + " AND path > ? AND path < ?", {d, d, r.lo, r.hi});
    int64_t known = 0;
    for (size_t i = 0; i < std::size(kKinds); ++i) {
      s.orgs_by_kind[kKinds[i]] = row->Int(i + 1);
      known += row->Int(i + 1);
    }
    if (known != row->Int(0)) {  // a kind outside the five codes: count them all by name
      tx.Each("SELECT kind, COUNT(*) FROM org_span WHERE " + span_at +
                  " AND path > ? AND path < ? GROUP BY kind",
              {d, d, r.lo, r.hi},
              [&](const store::Row& row) { s.orgs_by_kind[row.Text(0)] = row.Int(1); });
    }
  }
  s.grassroots = s.orgs_by_kind["grassroots_committee"] + s.orgs_by_kind["grassroots_branch"];
  // Members in a span valid on d, in the units of the subtree as it was on d. The open spans
  // (valid_to IS NULL) and the spans closed after d are two ranges of member_span_org_idx
  // per unit; one OR over both would scan every span of the unit.
  static const char* const kActive[] = {"probationary", "official", "exempt"};
  if (from_memory) {
    env.index->CatchUp(tx);
    const auto counts = env.index->CountAt(units, d);
    for (const char* st : kActive) {
      const auto it = counts.find(st);
      s.members_by_status[st] = it == counts.end() ? 0 : it->second;
      s.members += s.members_by_status[st];
    }
    return s;
  }
  std::string counts = "SELECT ";
  for (const char* st : kActive) {
    counts += std::string(st == kActive[0] ? "" : ", ") + "COUNT(*) FILTER (WHERE ms.status = '" +
              st + "')";
  }
  const std::string join = " FROM org_span os JOIN member_span ms ON ms.org_id = os.org_id AND ";
  const std::string rest =
      " AND ms.valid_from <= ? WHERE os.valid_from <= ? AND (os.valid_to IS NULL OR "
      "os.valid_to > ?) AND os.path >= ? AND os.path < ?";
  const auto open =
      tx.QueryOne(counts + join + "ms.valid_to IS NULL" + rest, {d, d, d, r.lo, r.hi});
  const auto closed =
      tx.QueryOne(counts + join + "ms.valid_to > ?" + rest, {d, d, d, d, r.lo, r.hi});
  for (size_t i = 0; i < std::size(kActive); ++i) {
    s.members_by_status[kActive[i]] = open->Int(i) + closed->Int(i);
    s.members += open->Int(i) + closed->Int(i);
  }
  for (const std::string& st : ActiveStatusCodes()) s.members_by_status.try_emplace(st, 0);
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
