// Who is due for Huy hiệu Đảng at a round in a subtree: one read of the subtree's members long
// enough in the party, with their badges; the milestone rule per member; then the page asked.
#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "service/badges/badges.h"
#include "service/badges/badges_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/member_events.h"
#include "service/members/member_spans.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

using namespace badges_internal;  // NOLINT: this domain's own helpers

struct Candidate {
  MemberFacts facts;
  std::string sort_key;
  std::vector<std::tuple<int, int64_t, std::string>> badges;  // milestone, id, status
  bool has_gap_events = false;
};

// The active members of `range` admitted on or before `cutoff` with their badges (any step,
// not voided), in one statement; events that open a gap in party age are only flagged (an
// active member has them only after a re-admission) and read for those members alone.
std::vector<Candidate> ReadCandidates(store::Transaction& tx, const PathRange& range,
                                      const std::string& cutoff) {
  std::vector<Candidate> out;
  std::unordered_map<int64_t, size_t> at;
  tx.Each(std::string("SELECT m.id, m.full_name, m.org_id, m.admitted_on, m.sort_key, b.id, "
                      "b.milestone, b.status, CASE WHEN EXISTS (SELECT 1 FROM member_event e WHERE "
                      "e.member_id = m.id AND e.voided_at IS NULL AND e.kind IN ") +
              kPartyAgeGapKindsSql +
              ") THEN 1 ELSE 0 END FROM member m LEFT JOIN badge b ON b.member_id = m.id AND "
              "b.voided_at IS NULL WHERE m.org_path >= ? AND m.org_path < ? AND m.status IN " +
              ActiveStatusesSql() + " AND m.admitted_on <= ?",
          {range.lo, range.hi, cutoff}, [&](const store::Row& r) {
            const int64_t id = r.Int(0);
            auto [it, fresh] = at.try_emplace(id, out.size());
            if (fresh) {
              Candidate c;
              c.facts.id = id;
              c.facts.full_name = r.Text(1);
              c.facts.org_id = r.Int(2);
              c.facts.admitted_on = Date::Parse(r.OptText(3).value_or(""));
              c.sort_key = r.Text(4);
              c.has_gap_events = r.Int(8) != 0;
              out.push_back(std::move(c));
            }
            if (r.IsNull(5)) return;
            Candidate& c = out[it->second];
            const int ms = static_cast<int>(r.Int(6));
            c.badges.emplace_back(ms, r.Int(5), r.Text(7));
            c.facts.open_milestones.push_back(ms);
            if (r.Text(7) == "awarded") c.facts.last_awarded = std::max(c.facts.last_awarded, ms);
          });
  for (Candidate& c : out) {
    if (c.has_gap_events) c.facts.gaps = PartyAgeGaps(tx, c.facts.id);
  }
  return out;
}

struct Due {
  BadgeDueRow row;
  const std::string* sort_key;
};

std::vector<Due> DueRows(store::Transaction& tx, const rules::RuleSet& rules,
                         const std::vector<Candidate>& members, const Date& round) {
  std::vector<std::pair<const Candidate*, rules::BadgeDue>> due_members;
  std::vector<int64_t> ids;
  for (const Candidate& c : members) {
    if (auto due = DueAt(rules, c.facts, round)) {
      due_members.emplace_back(&c, *due);
      ids.push_back(c.facts.id);
    }
  }
  std::sort(ids.begin(), ids.end());
  const std::map<int64_t, DisciplineDecision> decisions =
      Discipline().LatestBeforeEach(tx, ids, round);
  std::vector<Due> out;
  for (const auto& [candidate, due] : due_members) {
    const Candidate& c = *candidate;
    const MemberFacts& m = c.facts;
    BadgeDueRow row{.member_id = m.id, .full_name = m.full_name, .org_id = m.org_id};
    row.admitted_on = m.admitted_on->Iso();
    row.milestone = due.milestone_years;
    row.reached_on = due.reached_on.Iso();
    row.round_on = due.round.Iso();
    const rules::PartyAge age = rules::ComputePartyAge(*m.admitted_on, m.gaps, round);
    row.party_age_years = age.years;
    row.party_age_months = age.months;
    const auto decision = decisions.find(m.id);
    row.hold_reason = DisciplineHoldOf(
        rules, decision == decisions.end() ? std::nullopt : std::optional(decision->second), round);
    for (const auto& [milestone, id, status] : c.badges) {
      if (milestone != row.milestone) continue;
      row.badge_id = id;
      row.badge_status = status;
    }
    out.push_back({std::move(row), &c.sort_key});
  }
  std::sort(out.begin(), out.end(), [](const Due& a, const Due& b) {
    if (a.row.milestone != b.row.milestone) return a.row.milestone > b.row.milestone;
    if (*a.sort_key != *b.sort_key) return *a.sort_key < *b.sort_key;
    return a.row.member_id < b.row.member_id;
  });
  return out;
}

Status CheckQuery(const rules::RuleSet& rules, const Date& round, const BadgeDueQuery& q) {
  if (!IsRound(round)) {
    return Error::Invalid("Ngày xét không phải một đợt tặng Huy hiệu Đảng (3/2, 19/5, 2/9, 7/11).",
                          {{"round", "Không phải ngày của đợt xét."}});
  }
  const auto& ms = rules.badges.milestones_years;
  Validator v;
  v.Check(q.milestone == 0 || std::find(ms.begin(), ms.end(), q.milestone) != ms.end(), "milestone",
          "Mốc tuổi Đảng không hợp lệ (30, 40, 45, 50 … 90 năm).");
  CheckPaging(v, q.page, q.page_size, /*zero_is_all=*/true);
  return v.ToStatus();
}

}  // namespace

Result<BadgeDueList> BadgesDue(const Env& env, const Actor& actor, int64_t org_id,
                               const Date& round, const BadgeDueQuery& q) {
  const rules::RuleSet& rules = Rules().At(round);
  if (Status s = CheckQuery(rules, round, q); !s) return s.error();
  auto org = GetOrgFor(env, actor, org_id, Action::kMemberRead);
  if (!org.ok()) return org.error();
  const int first =
      *std::min_element(rules.badges.milestones_years.begin(), rules.badges.milestones_years.end());
  store::Transaction tx = env.db.BeginRead();
  // Gaps only delay a milestone: whoever reaches the first one by the round was admitted
  // at least that many years before it.
  const std::vector<Candidate> members =
      ReadCandidates(tx, SubtreeRange(org->path), round.AddYears(-first).Iso());
  std::vector<Due> due = DueRows(tx, rules, members, round);

  BadgeDueList out;
  PageWindow window(q.page, q.page_size);
  std::unordered_map<int64_t, std::string> org_names;
  for (Due& d : due) {
    if (out.by_milestone.empty() || out.by_milestone.back().first != d.row.milestone) {
      out.by_milestone.emplace_back(d.row.milestone, 0);
    }
    ++out.by_milestone.back().second;
    if (!d.row.badge_id && d.row.hold_reason.empty()) ++out.to_propose;
    if ((q.milestone != 0 && d.row.milestone != q.milestone) || !window.Take()) continue;
    auto [name, fresh] = org_names.try_emplace(d.row.org_id);
    if (fresh) {
      name->second =
          store::Must(tx.QueryOne("SELECT name FROM org WHERE id = ?", {d.row.org_id}), "unit")
              .Text(0);
    }
    d.row.org_name = name->second;
    out.items.push_back(std::move(d.row));
  }
  out.total = window.seen();
  return out;
}

}  // namespace dangbo::service
