// Reading the tree as of a date, stocks for a subtree at a date (counted by the report
// engine, report/stock.h), and an org's history.
#include "report/stock.h"
#include "service/core/access.h"
#include "service/members/member_spans.h"
#include "service/orgs/org_history.h"

namespace dangbo::service {

namespace {

OrgAt FromSpan(const report::OrgSpan& s) {
  return {s.id,   s.parent_id, vocab::Parse<OrgKind>(s.kind).value_or(OrgKind::kBranch),
          s.name, s.path,      s.valid_from};
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
    const auto root = report::OrgSpanAt(tx, actor.org_id, date);
    if (!root) return std::vector<OrgAt>{};  // the actor's organization did not exist yet
    const PathRange r = SubtreeRange(root->path);
    lo = r.lo;
    hi = r.hi;
  }
  std::vector<OrgAt> out;
  tx.Each(std::string(report::kOrgSpanAtSql) + " AND path >= ? AND path < ? ORDER BY path",
          {d, d, lo, hi},
          [&](const store::Row& r) { out.push_back(FromSpan(report::OrgSpanFromRow(r))); });
  return out;
}

Result<Stocks> StocksAt(const Env& env, const Actor& actor, int64_t org_id, const Date& date) {
  store::Transaction tx = env.db.BeginRead();
  if (Status s = CheckReadable(tx, actor, org_id, Action::kReportRead); !s) return s.error();
  const auto span = report::OrgSpanAt(tx, org_id, date);
  if (!span) return report::OrgNotExisting(org_id, date);
  Stocks s;
  s.org = FromSpan(*span);
  s.date = date.Iso();
  // With the member index, one read of org_span gives the kinds and the units it counts.
  std::optional<report::SubtreeUnits> units;
  if (env.index != nullptr && env.index->Ready()) units = report::ReadSubtreeUnits(tx, *span, date);
  const report::SubtreeUnits* u = units ? &*units : nullptr;
  s.orgs_by_kind = report::OrgsByKindAt(tx, *span, date, u);
  s.grassroots = s.orgs_by_kind["grassroots_committee"] + s.orgs_by_kind["grassroots_branch"];
  s.members_by_status = report::MembersByStatusAt(tx, env.index, *span, date, u);
  for (const auto& [status, n] : s.members_by_status) s.members += n;
  return s;
}

Result<std::vector<OrgEventRow>> OrgHistory(const Env& env, const Actor& actor, int64_t org_id) {
  store::Transaction tx = env.db.BeginRead();
  if (Status s = CheckReadable(tx, actor, org_id); !s) return s.error();
  std::vector<OrgEventRow> out;
  tx.Each(
      "SELECT id, org_id, kind, effective_on, decision_no, decision_date, detail_json, "
      "recorded_by, recorded_at, voided_at, void_reason FROM org_event WHERE org_id = ? ORDER BY "
      "effective_on, id",
      {org_id}, [&](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.OptText(4).value_or(""),
                       r.OptText(5).value_or(""), r.OptText(6).value_or(""), r.Text(7), r.Text(8),
                       r.OptText(9).value_or(""), r.OptText(10).value_or("")});
      });
  return out;
}

}  // namespace dangbo::service
