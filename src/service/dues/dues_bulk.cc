// Many months of dues at once, for the demo and imports: bases for members without one, every
// branch's collection of each month (rosters read in one pass, multi-row INSERTs), the tallies
// and the month's remittances, in one transaction with one audit row.
#include <algorithm>
#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/dues/dues.h"
#include "service/dues/dues_internal.h"
#include "service/meetings/meetings.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using dues_internal::MonthEnd;

struct UnitMonth {
  int64_t org_id = 0;
  size_t month = 0;  // index into DuesImport::months
};

// Multi-row INSERT of payment rows, 200 at a time.
class PaymentWriter {
 public:
  PaymentWriter(store::Transaction& tx, std::string recorded_at)
      : tx_(tx), recorded_at_(std::move(recorded_at)) {}
  void Add(int64_t member, int64_t org, const std::string& month, const std::string& on,
           int64_t due, const CollectLine& l) {
    const auto opt = [](const std::string& s) {
      return s.empty() ? store::Value(nullptr) : store::Value(s);
    };
    for (store::Value v :
         {store::Value(member), store::Value(org), store::Value(month), store::Value(on),
          store::Value(due), store::Value(l.paid), store::Value(l.extra), opt(l.receipt_no),
          opt(l.reason), store::Value(recorded_at_)}) {
      params_.push_back(std::move(v));
    }
    if (++rows_ % 200 == 0) Flush();
  }
  void Flush() {
    if (params_.empty()) return;
    std::string sql =
        "INSERT INTO dues_payment (member_id, org_id, month, paid_on, kind, due, paid, extra, "
        "receipt_no, reason, recorded_at) VALUES ";
    for (size_t i = 0; i < params_.size() / 10; ++i) {
      sql += (i ? ", " : "") + std::string("(?, ?, ?, ?, 'collection', ?, ?, ?, ?, ?, ?)");
    }
    tx_.Exec(sql, params_);
    params_.clear();
  }
  int64_t rows() const { return rows_; }

 private:
  store::Transaction& tx_;
  std::string recorded_at_;
  store::Params params_;
  int64_t rows_ = 0;
};

}  // namespace

Result<int64_t> ImportDues(const Env& env, const Actor& actor, int64_t org_id,
                           const DuesImport& in) {
  const Date today = Today(env);
  for (const std::string& m : in.months) {
    if (!ParseDuesMonth(m) || *ParseDuesMonth(m) > today) {
      return Error::Invalid("Tháng không hợp lệ: " + m + ".", {{"months", "Tháng không hợp lệ."}});
    }
  }
  if (!in.pay || !in.basis) return Error::Invalid("Thiếu cách tính số tiền đóng.");
  std::vector<RosterRequest> requests;
  std::vector<UnitMonth> which;
  {
    store::Transaction rtx = env.db.BeginRead();
    const auto root = LoadOrg(rtx, org_id);
    if (!root || !InScope(actor, root->path)) return OrgNotFound(org_id);
    const std::vector<Org> orgs = LoadSubtree(rtx, root->path, true);
    for (size_t k = 0; k < in.months.size(); ++k) {
      const Date end = MonthEnd(*ParseDuesMonth(in.months[k]));
      const std::string on = std::min(end, today).Iso();
      for (const Org& o : orgs) {
        if (o.kind != OrgKind::kBranch && o.kind != OrgKind::kGrassrootsBranch) continue;
        if (o.established_on > on || (!o.ended_on.empty() && o.ended_on <= on)) continue;
        requests.push_back({o.id, on});
        which.push_back({o.id, k});
      }
    }
  }
  auto rosters = BulkRosters(env, actor, org_id, requests);
  if (!rosters.ok()) return rosters.error();
  AuditEntry attempt{"dues.import", "dues_sheet", "", org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesCollect, org_id, attempt);
  if (!tx.ok()) return tx.error();
  const std::string now = FormatTimestamp(env.clock.Now());
  std::set<int64_t> with_basis;
  tx->Each("SELECT DISTINCT member_id FROM dues_basis WHERE voided_at IS NULL", {},
           [&](const store::Row& r) { with_basis.insert(r.Int(0)); });
  PaymentWriter writer(*tx, now);
  const auto root = LoadOrg(*tx, org_id);
  for (size_t k = 0; k < in.months.size(); ++k) {
    const std::string& month = in.months[k];
    std::vector<int64_t> ids;
    for (size_t i = 0; i < which.size(); ++i) {
      if (which[i].month != k) continue;
      for (int64_t m : (*rosters)[i]) {
        ids.push_back(m);
        if (with_basis.insert(m).second) {
          const DuesBasisInput b = in.basis(m);
          tx->Exec(
              "INSERT INTO dues_basis (member_id, org_id, from_month, income, amount, "
              "recorded_at) SELECT id, org_id, ?, ?, ?, ? FROM member WHERE id = ?",
              {in.months.front(), b.income, b.amount, now, m});
        }
      }
    }
    const auto dues = dues_internal::DuesOfMonth(*tx, ids, month);
    const std::string on = std::min(MonthEnd(*ParseDuesMonth(month)), today).Iso();
    std::set<int64_t> seen;  // a member on two rosters (a move in the month) pays once
    for (size_t i = 0; i < which.size(); ++i) {
      if (which[i].month != k) continue;
      for (int64_t m : (*rosters)[i]) {
        if (!seen.insert(m).second) continue;
        const int64_t due = dues.at(m).due;
        writer.Add(m, which[i].org_id, month, on, due, in.pay(m, month, due));
      }
    }
    writer.Flush();
    dues_internal::RefreshTallyOfMonth(*tx, month, now);
    if (in.remit) {
      const std::string remit_on =
          std::min(MonthEnd(*ParseDuesMonth(month)).AddDays(10), today).Iso();
      dues_internal::RemitMonth(*tx, *root, month, remit_on, now, actor.display_name);
    }
  }
  attempt.after = {{"months", in.months.size()}, {"rows", writer.rows()}};
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  tx->Commit();
  return writer.rows();
}

}  // namespace dangbo::service
