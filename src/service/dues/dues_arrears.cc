// Arrears: members whose unit kept its sheet for a month in which they paid less than due
// without a reason and were not exempt; warned at one month below the removal line (Điều lệ:
// 3 months in a year), shown with the unexcused meeting absences of the same year.
#include <algorithm>
#include <bit>
#include <map>

#include "rules/ruleset.h"
#include "service/admission/flows.h"
#include "service/core/access.h"
#include "service/core/page.h"
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

struct Candidate {
  int64_t org_id = 0;
  std::string first_month;  // of admission, "YYYY-MM"; "" when not known
  int64_t unpaid = 0;       // recorded months left unpaid without a reason
  int64_t missing = 0;      // months of a kept sheet without a row of the member
};

int Bits(int64_t mask) { return std::popcount(static_cast<uint64_t>(mask)); }

// The members of the subtree (active now) who may owe at least `at_least` of the counted
// months (January to `months.back()`): from each one's row of the year in dues_standing and
// their unit's in dues_kept, never from the payments themselves.
std::map<int64_t, Candidate> Candidates(store::Transaction& tx, const std::string& path,
                                        const std::vector<std::string>& months, int64_t at_least) {
  const PathRange r = SubtreeRange(path);
  const int64_t year = ParseDuesMonth(months.front())->year();
  const int64_t counted = (int64_t{1} << months.size()) - 1;
  std::map<int64_t, Candidate> out;
  tx.Each(
      "SELECT m.id, m.org_id, COALESCE(m.admitted_on, ''), COALESCE(s.recorded_mask, 0), "
      "COALESCE(s.unpaid_mask, 0), COALESCE(k.kept_mask, 0) FROM member m LEFT JOIN "
      "dues_standing s ON s.member_id = m.id AND s.year = ? LEFT JOIN dues_kept k ON k.org_id = "
      "m.org_id AND k.year = ? WHERE m.status IN ('probationary', 'official') AND m.org_path >= "
      "? AND m.org_path < ? AND ((COALESCE(s.unpaid_mask, 0) & ?) <> 0 OR (COALESCE(k.kept_mask, "
      "0) & ? & ~COALESCE(s.recorded_mask, 0)) <> 0)",
      {year, year, r.lo, r.hi, counted, counted}, [&](const store::Row& row) {
        Candidate c{row.Int(1), row.Text(2).substr(0, 7), row.Int(4) & counted, 0};
        c.missing = row.Int(5) & counted & ~row.Int(3);
        for (size_t i = 0; i < months.size(); ++i) {  // no dues before admission
          if (months[i] < c.first_month) c.missing &= ~(int64_t{1} << i);
        }
        if (Bits(c.unpaid) + Bits(c.missing) >= at_least) out[row.Int(0)] = c;
      });
  return out;
}

// Every member of the subtree (active now) with at least `at_least` unpaid months among
// `months` (January on of one year): unpaid recorded months, and months of a kept sheet with
// no row for the member unless nothing was due.
std::vector<DuesArrear> CountArrears(store::Transaction& tx, const std::string& path,
                                     const std::vector<std::string>& months, int64_t at_least) {
  std::vector<DuesArrear> out;
  if (months.empty()) return out;
  const std::map<int64_t, Candidate> members = Candidates(tx, path, months, at_least);
  std::vector<int64_t> ids;
  for (const auto& [id, c] : members) ids.push_back(id);
  std::map<std::pair<int64_t, std::string>, int64_t> unpaid;  // (member, month) → amount
  std::map<int64_t, std::pair<std::string, std::string>> names;
  EachInList(ids, [&](std::span<const int64_t> chunk) {
    const store::Params in(chunk.begin(), chunk.end());
    store::Params params = {months.front(), months.back()};
    params.insert(params.end(), in.begin(), in.end());
    tx.Each(
        "SELECT member_id, month, SUM(due) - SUM(paid) FROM dues_payment WHERE voided_at IS "
        "NULL AND month >= ? AND month <= ? AND member_id IN (" +
            Marks(chunk.size()) + ") GROUP BY member_id, month",
        params, [&](const store::Row& row) {
          const Candidate& c = members.at(row.Int(0));
          const int bit = ParseDuesMonth(row.Text(1))->month() - 1;
          if (c.unpaid >> bit & 1) unpaid[{row.Int(0), row.Text(1)}] = row.Int(2);
        });
    tx.Each(
        "SELECT m.id, m.full_name, o.name FROM member m JOIN org o ON o.id = m.org_id WHERE m.id "
        "IN (" +
            Marks(chunk.size()) + ")",
        in, [&](const store::Row& row) {
          names[row.Int(0)] = {row.Text(1), row.Text(2)};
        });
  });
  std::map<std::string, std::vector<int64_t>> missing;  // month → members without a row
  for (const auto& [id, c] : members) {
    for (size_t i = 0; i < months.size(); ++i) {
      if (c.missing >> i & 1) missing[months[i]].push_back(id);
    }
  }
  for (const auto& [month, who] : missing) {
    for (const auto& [id, due] : dues_internal::DuesOfMonth(tx, who, month)) {
      unpaid[{id, month}] = due.due;
    }
  }
  for (const auto& [id, c] : members) {
    DuesArrear a;
    a.member_id = id;
    a.full_name = names[id].first;
    a.org_name = names[id].second;
    for (const std::string& month : months) {
      const auto it = unpaid.find({id, month});
      if (it == unpaid.end() || it->second <= 0) continue;
      a.months.push_back(month);
      a.amount += it->second;
    }
    if (!a.months.empty() && static_cast<int64_t>(a.months.size()) >= at_least) {
      out.push_back(std::move(a));
    }
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
  for (DuesArrear& a : CountArrears(tx, path, CountedMonths(year, on), removal - 1)) {
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
