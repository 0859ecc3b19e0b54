// Each member's recorded and unpaid months of a year (dues_standing) and each unit's kept
// months (dues_kept): rewritten with the tally of the unit's month, read by the arrears.
#include "service/dues/dues_internal.h"

namespace dangbo::service::dues_internal {

namespace {

struct MonthBits {
  int year = 0;
  int64_t bit = 0;   // the month's bit in its year's masks
  int64_t rest = 0;  // the year's other months
};

MonthBits BitsOf(const std::string& month) {
  const Date first = *ParseDuesMonth(month);
  const int64_t bit = int64_t{1} << (first.month() - 1);
  return {first.year(), bit, kAllMonths & ~bit};
}

// The month's bits of the members `who` picks (rows of the month's payments, voided ones
// included, so that a member whose last row was voided is rewritten too), from their live
// rows of the month in every unit, merged into their year's masks. `who` binds `args` after
// the month.
void MergeMembers(store::Transaction& tx, const std::string& month, const std::string& who,
                  std::vector<store::Value> args) {
  const MonthBits b = BitsOf(month);
  std::vector<store::Value> params = {int64_t{b.year}, b.bit, b.bit, month};
  for (store::Value& v : args) params.push_back(std::move(v));
  params.push_back(b.rest);
  params.push_back(b.rest);
  tx.Exec(
      "INSERT INTO dues_standing (member_id, year, recorded_mask, unpaid_mask) SELECT "
      "member_id, CAST(? AS INTEGER), CASE WHEN n > 0 THEN CAST(? AS INTEGER) ELSE 0 END, CASE "
      "WHEN n > 0 AND exc = 0 AND p < d THEN CAST(? AS INTEGER) ELSE 0 END FROM (SELECT "
      "member_id, SUM(CASE WHEN voided_at IS NULL THEN 1 ELSE 0 END) AS n, SUM(CASE WHEN "
      "voided_at IS NULL THEN due ELSE 0 END) AS d, SUM(CASE WHEN voided_at IS NULL THEN paid "
      "ELSE 0 END) AS p, MAX(CASE WHEN voided_at IS NULL AND kind = 'collection' AND reason IS "
      "NOT NULL AND reason <> '' THEN 1 ELSE 0 END) AS exc FROM dues_payment WHERE month = ?" +
          who +
          " GROUP BY member_id) s WHERE true ON CONFLICT (member_id, year) DO UPDATE SET "
          "recorded_mask = (dues_standing.recorded_mask & CAST(? AS INTEGER)) | "
          "excluded.recorded_mask, unpaid_mask = (dues_standing.unpaid_mask & CAST(? AS "
          "INTEGER)) | excluded.unpaid_mask",
      params);
}

// The month's kept bit of the units `where` picks (a condition on dues_tally rows of the
// month, binding `args` after the month; dues_kept's rows the same `clear` picks).
void MergeKept(store::Transaction& tx, const std::string& month, const std::string& clear,
               const std::string& where, const std::vector<store::Value>& args) {
  const MonthBits b = BitsOf(month);
  std::vector<store::Value> cleared = {b.rest, int64_t{b.year}};
  cleared.insert(cleared.end(), args.begin(), args.end());
  tx.Exec("UPDATE dues_kept SET kept_mask = kept_mask & CAST(? AS INTEGER) WHERE year = ?" + clear,
          cleared);
  std::vector<store::Value> params = {int64_t{b.year}, b.bit, month};
  params.insert(params.end(), args.begin(), args.end());
  tx.Exec(
      "INSERT INTO dues_kept (org_id, year, kept_mask) SELECT DISTINCT org_id, CAST(? AS "
      "INTEGER), CAST(? AS INTEGER) FROM dues_tally WHERE month = ?" +
          where +
          " ON CONFLICT (org_id, year) DO UPDATE SET kept_mask = dues_kept.kept_mask | "
          "excluded.kept_mask",
      params);
}

}  // namespace

void RefreshStanding(store::Transaction& tx, int64_t org_id, const std::string& month) {
  MergeMembers(tx, month,
               " AND member_id IN (SELECT member_id FROM dues_payment WHERE org_id = ? AND month "
               "= ?)",
               {org_id, month});
  MergeKept(tx, month, " AND org_id = ?", " AND org_id = ?", {org_id});
}

void RefreshStandingOfMonth(store::Transaction& tx, const std::string& month) {
  // Through the index by unit and month: without a unit, SQLite walks the index by member
  // over every month of the table for its GROUP BY (a national year: 67 M rows a month).
  MergeMembers(tx, month, " AND org_id IN (SELECT id FROM org)", {});
  MergeKept(tx, month, "", "", {});
}

}  // namespace dangbo::service::dues_internal
