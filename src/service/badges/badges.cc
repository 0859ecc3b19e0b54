// The badges vocabulary and the reads: the award rounds of a year, the proposals and awards
// of a subtree, a member's badges.
#include "service/badges/badges.h"

#include <algorithm>
#include <array>

#include "service/badges/badges_internal.h"
#include "service/core/access.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using namespace badges_internal;  // NOLINT: this domain's own helpers

constexpr std::array<vocab::Entry<BadgeBasis>, 3> kBases = {{
    {BadgeBasis::kRegular, "regular", "Đủ tuổi Đảng"},
    {BadgeBasis::kIllness, "illness", "Tặng sớm do ốm nặng"},
    {BadgeBasis::kPosthumous, "posthumous", "Truy tặng"},
}};
static_assert(vocab::WellFormed<BadgeBasis>(kBases));

constexpr std::array<vocab::Entry<BadgeStatus>, 3> kStatuses = {{
    {BadgeStatus::kProposed, "proposed", "Đã đề nghị"},
    {BadgeStatus::kDecided, "decided", "Đã có quyết định"},
    {BadgeStatus::kAwarded, "awarded", "Đã trao"},
}};
static_assert(vocab::WellFormed<BadgeStatus>(kStatuses));

}  // namespace

std::span<const vocab::Entry<BadgeBasis>> VocabOf(BadgeBasis) { return kBases; }
std::span<const vocab::Entry<BadgeStatus>> VocabOf(BadgeStatus) { return kStatuses; }

std::vector<Date> BadgeRoundsOf(int year) {
  std::vector<Date> out;
  for (const rules::MonthDay& r : Rules().At(Date(year, 12, 31)).badges.rounds) {
    out.emplace_back(year, r.month, r.day);
  }
  return out;
}

Result<Page<Badge>> ListBadges(const Env& env, const Actor& actor, int64_t org_id,
                               const BadgeQuery& q) {
  Validator v;
  if (!q.round_on.empty())
    v.Check(Date::Parse(q.round_on).has_value(), "round", "Ngày không hợp lệ.");
  if (!q.status.empty()) {
    v.Check(vocab::Parse<BadgeStatus>(q.status).has_value(), "status", "Trạng thái không hợp lệ.");
  }
  for (const auto& [value, field] : {std::pair{&q.from, "from"}, std::pair{&q.to, "to"}}) {
    if (!value->empty()) v.Check(Date::Parse(*value).has_value(), field, "Ngày không hợp lệ.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  auto org = GetOrgFor(env, actor, org_id, Action::kMemberRead);
  if (!org.ok()) return org.error();
  const PathRange range = SubtreeRange(org->path);
  std::string where = "WHERE o.path >= ? AND o.path < ? AND b.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  if (!q.round_on.empty()) {
    where += " AND b.round_on = ?";
    params.push_back(q.round_on);
  }
  if (!q.status.empty()) {
    where += " AND b.status = ?";
    params.push_back(q.status);
  }
  if (!q.from.empty()) {
    where += " AND COALESCE(b.awarded_on, b.proposed_on) >= ?";
    params.push_back(q.from);
  }
  if (!q.to.empty()) {
    where += " AND COALESCE(b.awarded_on, b.proposed_on) <= ?";
    params.push_back(q.to);
  }
  Page<Badge> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{
      kBadgeSelect,
      "FROM badge b JOIN member m ON m.id = b.member_id JOIN org o ON o.id = b.org_id ", where,
      "ORDER BY b.round_on DESC, b.milestone DESC, m.sort_key, b.id", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size,
                          [&page](const store::Row& r) { page.items.push_back(BadgeFromRow(r)); });
  return page;
}

Result<std::vector<Badge>> MemberBadges(const Env& env, const Actor& actor, int64_t member_id) {
  store::Transaction tx = env.db.BeginRead();
  if (auto m = ReadableMemberUnit(tx, actor, member_id); !m.ok()) return m.error();
  std::vector<Badge> out;
  tx.Each(std::string(kBadgeSelect) +
              "WHERE b.member_id = ? AND b.voided_at IS NULL ORDER BY "
              "b.milestone DESC",
          {member_id}, [&out](const store::Row& r) { out.push_back(BadgeFromRow(r)); });
  return out;
}

}  // namespace dangbo::service
