// Demo dues: bases by income kind for every member (most salaried, some pensioners, a few
// students and others), three years of monthly collection at the rates of each month's rule
// set (most pay on time, a few are in arrears, a few add a voluntary contribution, a few are
// excused) and each month's remittances up the tree.
#include "demo/demo.h"
#include "service/dues/dues.h"

namespace dangbo::demo::internal {

namespace {

// A deterministic draw in [0, n) for (member, salt): the same member gets the same basis and
// pays the same way in every run with the same data.
uint64_t Draw(int64_t member, uint64_t salt, uint64_t n) {
  uint64_t z = static_cast<uint64_t>(member) * 0x9E3779B97F4A7C15ull + salt;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return (z ^ (z >> 31)) % n;
}

uint64_t MonthSalt(const std::string& month) {
  return std::stoull(month.substr(0, 4)) * 12 + std::stoull(month.substr(5, 2));
}

service::DuesBasisInput BasisOf(int64_t member) {
  const uint64_t kind = Draw(member, 1, 100);
  service::DuesBasisInput b;
  b.member_id = member;
  if (kind < 72) {
    b.income = "salaried";
    b.amount = static_cast<int64_t>(4'500 + Draw(member, 2, 13'500)) * 1'000;
  } else if (kind < 86) {
    b.income = "pensioner";
    b.amount = static_cast<int64_t>(3'500 + Draw(member, 3, 6'000)) * 1'000;
  } else if (kind < 90) {
    b.income = "student";
  } else {
    b.income = "other";
  }
  return b;
}

// 2% of members fall behind often (a third of the months); the rest miss 1 month in 200; 1 in
// 300 months is excused; 3% of payments add a voluntary contribution.
service::CollectLine PayOf(int64_t member, const std::string& month, int64_t due) {
  service::CollectLine l;
  l.member_id = member;
  const uint64_t salt = MonthSalt(month);
  const bool chronic = Draw(member, 5, 50) == 0;
  const uint64_t roll = Draw(member, salt * 7 + 11, 600);
  if (due > 0 && roll < 2) {
    l.reason = "Ốm đau, gia đình đã báo chi bộ";
    return l;
  }
  if (due > 0 && (roll < 5 || (chronic && roll < 200))) return l;  // unpaid, no reason
  l.paid = due;
  if (Draw(member, salt * 13 + 3, 100) < 3) {
    l.extra = static_cast<int64_t>(1 + Draw(member, salt, 5)) * 10'000;
  }
  l.receipt_no = "BL-" + month.substr(2, 2) + month.substr(5, 2) + "-" + std::to_string(member);
  return l;
}

}  // namespace

Status BuildDues(Context& ctx, int64_t root_id) {
  service::DuesImport in;
  const Date last = Date(ctx.today.year(), ctx.today.month(), 1).AddMonths(-1);
  for (Date d(ctx.today.year() - 2, 1, 1); d <= last; d = d.AddMonths(1)) {
    in.months.push_back(d.Iso().substr(0, 7));
  }
  in.basis = BasisOf;
  in.pay = PayOf;
  auto rows = service::ImportDues(ctx.env, ctx.op, root_id, in);
  if (!rows.ok()) return rows.error();
  if (ctx.progress) {
    ctx.progress(ctx.label + std::to_string(*rows) + " khoản thu đảng phí (" +
                 std::to_string(in.months.size()) + " tháng)");
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
