// The badges vocabulary and the reads: the award rounds of a year, who is due at a round in a
// subtree, the proposals and awards of a subtree, a member's badges.
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

Result<Org> ReadableOrg(const Env& env, const Actor& actor, int64_t org_id) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kMemberRead, org->path); !s) return s.error();
  return org;
}

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

Result<std::vector<BadgeDueRow>> BadgesDue(const Env& env, const Actor& actor, int64_t org_id,
                                           const Date& round) {
  if (!IsRound(round)) {
    return Error::Invalid("Ngày xét không phải một đợt tặng Huy hiệu Đảng (3/2, 19/5, 2/9, 7/11).",
                          {{"round", "Không phải ngày của đợt xét."}});
  }
  auto org = ReadableOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  const rules::RuleSet& rules = Rules().At(round);
  const int first =
      *std::min_element(rules.badges.milestones_years.begin(), rules.badges.milestones_years.end());
  const PathRange range = SubtreeRange(org->path);
  std::vector<int64_t> ids;
  store::Transaction tx = env.db.BeginRead();
  // Gaps only delay a milestone: whoever reaches the first one by the round was admitted
  // at least that many years before it.
  tx.Each("SELECT id FROM member WHERE org_path >= ? AND org_path < ? AND status IN " +
              ActiveStatusesSql() + " AND admitted_on <= ?",
          {range.lo, range.hi, round.AddYears(-first).Iso()},
          [&ids](const store::Row& r) { ids.push_back(r.Int(0)); });
  std::vector<BadgeDueRow> out;
  for (int64_t id : ids) {
    const auto m = LoadMemberFacts(tx, id);
    if (!m) continue;
    const auto due = DueAt(rules, *m, round);
    if (!due) continue;
    BadgeDueRow row{.member_id = id, .full_name = m->full_name, .org_id = m->org_id};
    row.org_name =
        store::Must(tx.QueryOne("SELECT name FROM org WHERE id = ?", {m->org_id}), "unit").Text(0);
    row.admitted_on = m->admitted_on->Iso();
    row.milestone = due->milestone_years;
    row.reached_on = due->reached_on.Iso();
    row.round_on = due->round.Iso();
    const rules::PartyAge age = rules::ComputePartyAge(*m->admitted_on, m->gaps, round);
    row.party_age_years = age.years;
    row.party_age_months = age.months;
    row.hold_reason = DisciplineHold(tx, rules, id, round);
    if (const auto b = tx.QueryOne("SELECT id, status FROM badge WHERE member_id = ? AND "
                                   "milestone = ? AND voided_at IS NULL",
                                   {id, int64_t{row.milestone}})) {
      row.badge_id = b->Int(0);
      row.badge_status = b->Text(1);
    }
    out.push_back(std::move(row));
  }
  std::sort(out.begin(), out.end(), [](const BadgeDueRow& a, const BadgeDueRow& b) {
    return a.milestone != b.milestone ? a.milestone > b.milestone : a.member_id < b.member_id;
  });
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
  auto org = ReadableOrg(env, actor, org_id);
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
