// Arrears: members whose unit kept its sheet for a month in which they paid less than due
// without a reason and were not exempt; warned at one month below the removal line (Điều lệ:
// 3 months in a year), shown with the unexcused meeting absences of the same year.
#include <map>
#include <set>

#include "rules/ruleset.h"
#include "service/admission/flows.h"
#include "service/core/access.h"
#include "service/dues/dues.h"
#include "service/dues/dues_checks.h"
#include "service/dues/dues_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/meetings/meeting_oversight.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using dues_internal::MonthCode;

// The months of `year` counted on `on`: up to the month before it (the current month is
// still being collected), the whole year for a past year. Empty when none has ended.
std::vector<std::string> CountedMonths(int year, const Date& on) {
  std::vector<std::string> out;
  const int last = year < on.year() ? 12 : year == on.year() ? on.month() - 1 : 0;
  for (int m = 1; m <= last; ++m) out.push_back(MonthCode(Date(year, m, 1)));
  return out;
}

struct MemberRow {
  int64_t org_id = 0;
  std::string full_name, org_name, first_month;
};

// Every member of the subtree (active now) with unpaid months among `months`.
std::vector<DuesArrear> CountArrears(store::Transaction& tx, const std::string& path,
                                     const std::vector<std::string>& months) {
  std::vector<DuesArrear> out;
  if (months.empty()) return out;
  const PathRange r = SubtreeRange(path);
  std::set<std::pair<int64_t, std::string>> kept;  // (unit, month) with a sheet
  std::set<int64_t> keeping;                       // units with a sheet in any of the months
  tx.Each(
      "SELECT DISTINCT t.org_id, t.month FROM dues_tally t JOIN org o ON o.id = t.org_id "
      "WHERE t.month >= ? AND t.month <= ? AND o.path >= ? AND o.path < ?",
      {months.front(), months.back(), r.lo, r.hi}, [&](const store::Row& row) {
        kept.insert({row.Int(0), row.Text(1)});
        keeping.insert(row.Int(0));
      });
  // (member, month) → unpaid amount, or 0 when paid, exempt or excused.
  std::map<std::pair<int64_t, std::string>, int64_t> recorded;
  tx.Each(
      "SELECT p.member_id, p.month, SUM(p.due), SUM(p.paid), MAX(CASE WHEN p.kind = "
      "'collection' AND p.reason IS NOT NULL AND p.reason <> '' THEN 1 ELSE 0 END) FROM "
      "dues_payment p JOIN member m ON m.id = p.member_id WHERE m.org_path >= ? AND "
      "m.org_path < ? AND p.month >= ? AND p.month <= ? AND p.voided_at IS NULL GROUP BY "
      "p.member_id, p.month",
      {r.lo, r.hi, months.front(), months.back()}, [&](const store::Row& row) {
        const int64_t unpaid = row.Int(4) ? 0 : std::max<int64_t>(row.Int(2) - row.Int(3), 0);
        recorded[{row.Int(0), row.Text(1)}] = unpaid;
      });
  if (kept.empty() && recorded.empty()) return out;  // nothing kept, nothing recorded
  // The members who may owe: in a unit that kept a sheet, or with a row of their own.
  std::map<int64_t, MemberRow> members;
  tx.Each(
      "SELECT m.id, m.org_id, m.full_name, o.name, COALESCE(m.admitted_on, '') FROM member "
      "m JOIN org o ON o.id = m.org_id WHERE m.status IN ('probationary', 'official') AND "
      "m.org_path >= ? AND m.org_path < ?",
      {r.lo, r.hi}, [&](const store::Row& row) {
        const auto own = recorded.lower_bound({row.Int(0), ""});  // a row of their own?
        if (!keeping.contains(row.Int(1)) &&
            (own == recorded.end() || own->first.first != row.Int(0))) {
          return;
        }
        members[row.Int(0)] = {row.Int(1), row.Text(2), row.Text(3), row.Text(4).substr(0, 7)};
      });
  // Months of a kept sheet with no row for the member: unpaid unless nothing was due.
  std::map<std::string, std::vector<int64_t>> missing;
  for (const auto& [id, m] : members) {
    for (const std::string& month : months) {
      if (month < m.first_month || !kept.contains({m.org_id, month})) continue;
      if (!recorded.contains({id, month})) missing[month].push_back(id);
    }
  }
  for (const auto& [month, ids] : missing) {
    for (const auto& [id, due] : dues_internal::DuesOfMonth(tx, ids, month)) {
      recorded[{id, month}] = due.due;
    }
  }
  for (const auto& [id, m] : members) {
    DuesArrear a;
    a.member_id = id;
    a.full_name = m.full_name;
    a.org_name = m.org_name;
    for (const std::string& month : months) {
      const auto it = recorded.find({id, month});
      if (it == recorded.end() || it->second <= 0) continue;
      a.months.push_back(month);
      a.amount += it->second;
    }
    if (!a.months.empty()) out.push_back(std::move(a));
  }
  return out;
}

int64_t RemovalMonths(int year) {
  return rules::RuleBook::Shipped().At(Date(year, 12, 31)).meeting_skip_removal_months;
}

// Arrears at the warning line, each with the member's unexcused absences of the year; members
// at the warning line for absences alone are left to the meeting warnings.
std::vector<DuesArrear> Warned(store::Transaction& tx, const std::string& path, int year,
                               const Date& on) {
  const int64_t removal = RemovalMonths(year);
  std::vector<DuesArrear> out;
  for (DuesArrear& a : CountArrears(tx, path, CountedMonths(year, on))) {
    if (static_cast<int64_t>(a.months.size()) < removal - 1) continue;
    a.removal_line = static_cast<int64_t>(a.months.size()) >= removal;
    out.push_back(std::move(a));
  }
  std::vector<int64_t> ids;
  for (const DuesArrear& a : out) ids.push_back(a.member_id);
  const std::map<int64_t, int64_t> absences = UnexcusedAbsenceCounts(tx, ids, year);
  for (DuesArrear& a : out) {
    const auto it = absences.find(a.member_id);
    a.unexcused_absences = it == absences.end() ? 0 : it->second;
  }
  std::sort(out.begin(), out.end(), [](const DuesArrear& x, const DuesArrear& y) {
    if (x.months.size() != y.months.size()) return x.months.size() > y.months.size();
    return x.member_id < y.member_id;
  });
  return out;
}

}  // namespace

nlohmann::json DuesArrearJson(const DuesArrear& a) {
  return {{"member_id", a.member_id},
          {"full_name", a.full_name},
          {"org_name", a.org_name},
          {"months", a.months},
          {"unpaid_months", a.months.size()},
          {"amount", a.amount},
          {"unexcused_absences", a.unexcused_absences},
          {"removal_line", a.removal_line}};
}

Result<std::vector<DuesArrear>> DuesArrears(const Env& env, const Actor& actor, int64_t org_id,
                                            int year) {
  store::Transaction tx = env.db.BeginRead();
  const auto org = dues_internal::ReadableOrg(tx, actor, org_id, year);
  if (!org.ok()) return org.error();
  return Warned(tx, org->path, year, Today(env));
}

void AppendDuesWorkItems(store::Transaction& tx, const std::string& path, const Date& on,
                         std::vector<WorkItem>& items) {
  const int64_t removal = RemovalMonths(on.year());
  for (const DuesArrear& a : Warned(tx, path, on.year(), on)) {
    std::string counted = "Chưa đóng đảng phí " + std::to_string(a.months.size()) + " tháng";
    if (a.unexcused_absences > 0) {
      counted += ", vắng sinh hoạt không lý do " + std::to_string(a.unexcused_absences) + " buổi";
    }
    const std::string last = dues_internal::MonthEnd(*ParseDuesMonth(a.months.back())).Iso();
    items.push_back(
        RemovalLineItem({WorkItemKind::kDuesArrears, a.member_id, a.full_name, a.org_name, last,
                         on.year(), counted, std::to_string(removal) + " tháng", a.removal_line,
                         "Nhắc nhở đóng đảng phí: ", "Đến mức xóa tên vì không đóng đảng phí: "}));
  }
}

}  // namespace dangbo::service
