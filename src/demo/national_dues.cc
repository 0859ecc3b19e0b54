// The national dues phase: set-based SQL, one statement per month, so 67 M rows take one
// INSERT … SELECT per month; the amounts use the numbers of each month's rule set (inlined as
// literals: they are the program's own); party-age exemption is left out at this scale.
#include "demo/national_domains.h"

#include <string>

#include "base/clock.h"
#include "rules/dues.h"
#include "service/dues/dues_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::demo {

namespace {

constexpr const char* kActive = "m.status IN ('probationary', 'official')";

// The month's amount due of basis `b`, in SQL, as rules::MonthlyDue computes it (no relief).
std::string DueSql(const rules::DuesRules& r) {
  const std::string u = std::to_string(r.rounding_vnd);
  const std::string raw = "(CASE b.income WHEN 'salaried' THEN b.amount * " +
                          std::to_string(r.salaried_rate_bp) +
                          " / 10000 WHEN 'pensioner' THEN b.amount * " +
                          std::to_string(r.pensioner_rate_bp) + " / 10000 WHEN 'student' THEN " +
                          std::to_string(r.student_monthly_vnd.value_or(r.other_monthly_vnd)) +
                          " ELSE " + std::to_string(r.other_monthly_vnd) + " END)";
  return "(CASE WHEN " + raw + " <= 0 THEN 0 WHEN (" + raw + " + " + u + " / 2) / " + u +
         " = 0 THEN " + u + " ELSE (" + raw + " + " + u + " / 2) / " + u + " * " + u + " END)";
}

}  // namespace

int64_t GenerateNationalDues(store::Transaction& tx, const NationalDomainContext& c) {
  const std::string& now = c.now;
  // The twelve months ending with the data set's month.
  const Date first = Date(c.as_of.year(), c.as_of.month(), 1).AddMonths(-11);
  const std::string in_tree = " AND m.org_path >= ? AND m.org_path < ?";
  {
    tx.Exec(
        std::string("INSERT INTO dues_basis (member_id, org_id, from_month, income, amount, "
                    "recorded_at) SELECT m.id, m.org_id, ?, CASE WHEN m.id % 100 < 72 THEN "
                    "'salaried' WHEN m.id % 100 < 86 THEN 'pensioner' WHEN m.id % 100 < 90 THEN "
                    "'student' ELSE 'other' END, CASE WHEN m.id % 100 < 72 THEN (4500 + (m.id * "
                    "7919) % 13500) * 1000 WHEN m.id % 100 < 86 THEN (3500 + (m.id * 104729) % "
                    "6000) * 1000 ELSE 0 END, ? FROM member m WHERE ") +
            kActive + in_tree +
            " AND NOT EXISTS (SELECT 1 FROM dues_basis x WHERE x.member_id = m.id)",
        {first.Iso().substr(0, 7), now, c.root_path, c.root_path + "~"});
  }
  int64_t rows = 0;
  for (int k = 0; k < 12; ++k) {
    const Date start = first.AddMonths(k);
    const std::string month = start.Iso().substr(0, 7);
    const std::string on = service::dues_internal::MonthEnd(start).Iso();
    // About 1 member in 97 misses a month (unpaid, no reason); 1 in 293 stops paying for the
    // last three months (the arrears' warning and removal lines).
    const std::string stopped = k >= 9 ? " OR d.id % 293 = 7" : "";
    tx.Exec(
        "INSERT INTO dues_payment (member_id, org_id, month, paid_on, kind, due, paid, "
        "extra, recorded_at) SELECT d.id, d.org_id, ?, ?, 'collection', d.due, CASE WHEN "
        "(d.id * 31 + " +
            std::to_string(k * 17) + ") % 97 = 0" + stopped +
            " THEN 0 ELSE d.due END, 0, ? FROM (SELECT m.id, m.org_id, " +
            DueSql(service::dues_internal::RulesOfMonth(month)) +
            " AS due FROM member m JOIN dues_basis b ON b.member_id = m.id WHERE " + kActive +
            in_tree + ") d",
        {month, on, now, c.root_path, c.root_path + "~"});
    rows += tx.QueryRow("SELECT COUNT(*) FROM dues_payment WHERE month = ?", {month}).Int(0);
    service::dues_internal::RefreshTallyOfMonth(tx, month, now);
    if (const auto root = service::LoadOrg(tx, c.root_id)) {
      service::dues_internal::RemitMonth(tx, *root, month, on, now, "");
    }
    // A month is ~5,6 M rows nationally: one transaction for the year made a 10 GB log.
    CommitSoFar(tx);
  }
  return rows;
}

}  // namespace dangbo::demo
