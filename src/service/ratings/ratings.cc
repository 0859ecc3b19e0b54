// The ratings vocabulary and the reads: a subtree's list for a year, its summary (levels,
// the 90% targets, the cap per TCCSĐ, the year before) and a member's ratings.
#include "service/ratings/ratings.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "service/core/access.h"
#include "service/core/kinds.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "service/ratings/ratings_internal.h"

namespace dangbo::service {

using rules::RatingLevel;

namespace {

constexpr std::array<vocab::Entry<RatingSubject>, 2> kSubjects = {{
    {RatingSubject::kMember, "member", "Đảng viên"},
    {RatingSubject::kOrg, "org", "Tổ chức đảng"},
}};
static_assert(vocab::WellFormed<RatingSubject>(kSubjects));

constexpr std::array<vocab::Entry<RatingStage>, 4> kStages = {{
    {RatingStage::kSelf, "self", "Tự đánh giá"},
    {RatingStage::kProposed, "proposed", "Chi bộ đề xuất"},
    {RatingStage::kDecided, "decided", "Cấp ủy cơ sở quyết định"},
    {RatingStage::kApproved, "approved", "Cấp trên phê duyệt"},
}};
static_assert(vocab::WellFormed<RatingStage>(kStages));

using namespace ratings_internal;  // NOLINT: this domain's own helpers

// The subtree of an organization the actor may read members of (404 outside the scope).

Status CheckYear(const Env& env, int year) {
  if (year < 2000 || year > Today(env).year()) {
    return Error::Invalid("Năm đánh giá phải từ 2000 đến năm nay.",
                          {{"year", "Năm không hợp lệ."}});
  }
  return Status::Ok();
}

void AddCounts(LevelCounts& c, const std::string& level, int64_t n) {
  const auto l = vocab::Parse<RatingLevel>(level);
  if (!l) return;
  c.by_level[static_cast<int>(*l)] += n;
  c.rated += n;
}

// Decided (or approved) ratings of the subtree for a year: members and TCCSĐ by level.
void CountLevels(store::Transaction& tx, const PathRange& range, int year, LevelCounts& members,
                 LevelCounts& grassroots) {
  tx.Each(
      "SELECT r.subject, CASE WHEN r.org_id = r.grassroots_id THEN 1 ELSE 0 END AS own, "
      "r.decided_level, COUNT(*) FROM rating r JOIN org o ON o.id = r.org_id WHERE o.path >= ? "
      "AND o.path < ? AND r.year = ? AND r.voided_at IS NULL AND r.decided_level IS NOT NULL "
      "GROUP BY r.subject, CASE WHEN r.org_id = r.grassroots_id THEN 1 ELSE 0 END, "
      "r.decided_level",
      {range.lo, range.hi, int64_t{year}}, [&](const store::Row& r) {
        if (r.Text(0) == "member") {
          AddCounts(members, r.Text(2), r.Int(3));
        } else if (r.Int(1) == 1) {
          AddCounts(grassroots, r.Text(2), r.Int(3));
        }
      });
}

// The members who are on a year's list only if rated: not active now, or admitted after the
// year; nullopt when more than `cap` of them are in the range (the list is left to SQL).
std::optional<std::vector<int64_t>> RatedBeyondTheYear(const Env& env, store::Transaction& tx,
                                                       const PathRange& range, int year,
                                                       size_t cap) {
  memindex::Filter gone{.path_lo = range.lo, .path_hi = range.hi};
  for (const auto& e : vocab::Table<MemberStatus>()) {
    const std::string code(e.code);
    if (!IsActiveStatus(code)) gone.statuses.push_back(code);
  }
  memindex::Filter later{.path_lo = range.lo, .path_hi = range.hi};
  later.statuses = ActiveStatusCodes();
  later.admitted_from = Date(year + 1, 1, 1).Iso();
  std::vector<int64_t> candidates;
  for (const memindex::Filter& f : {gone, later}) {
    const memindex::Page p = env.index->Find({}, f, 0, cap);
    if (candidates.size() + static_cast<size_t>(p.total) > cap) return std::nullopt;
    candidates.insert(candidates.end(), p.ids.begin(), p.ids.end());
  }
  // Which of them are rated, a few hundred at a time in id order (rating_member_year_idx read
  // forward rather than at random).
  std::sort(candidates.begin(), candidates.end());
  std::vector<int64_t> out;
  EachInList(candidates, [&](std::span<const int64_t> ids) {
    store::Params params = {int64_t{year}};
    params.insert(params.end(), ids.begin(), ids.end());
    tx.Each("SELECT member_id FROM rating WHERE year = ? AND voided_at IS NULL AND member_id IN (" +
                Marks(ids.size()) + ")",
            params, [&out](const store::Row& r) { out.push_back(r.Int(0)); });
  });
  return out;
}

// The order and count of a year's whole members' list (no stage or level asked) from the
// member index: the members active at the year's end plus those rated who are no longer on
// it; page `page` of its ids. nullopt when the index is not ready or more than
// kMostBeyond members would have to be looked at: the list is left to SQL, which gives the
// same list.
std::optional<memindex::Page> MembersFromIndex(const Env& env, store::Transaction& tx,
                                               const PathRange& range, int year, int page,
                                               int page_size) {
  constexpr size_t kMostBeyond = 200'000;
  if (env.index == nullptr || !env.index->Ready()) return std::nullopt;
  env.index->CatchUp(tx);
  auto beyond = RatedBeyondTheYear(env, tx, range, year, kMostBeyond);
  if (!beyond) return std::nullopt;
  memindex::Filter f{.path_lo = range.lo, .path_hi = range.hi};
  f.statuses = ActiveStatusCodes();
  f.admitted_before = Date(year + 1, 1, 1).Iso();
  f.plus = std::move(*beyond);
  const size_t offset = static_cast<size_t>(page - 1) * static_cast<size_t>(page_size);
  return env.index->Find({}, f, offset, static_cast<size_t>(page_size));
}

}  // namespace

std::span<const vocab::Entry<RatingSubject>> VocabOf(RatingSubject) { return kSubjects; }
std::span<const vocab::Entry<RatingStage>> VocabOf(RatingStage) { return kStages; }

const rules::RatingRules& RatingRulesFor(int year) { return Rules().At(Date(year, 12, 31)).rating; }

Result<Page<RatingRow>> ListRatings(const Env& env, const Actor& actor, int64_t org_id,
                                    const RatingQuery& q) {
  if (Status s = CheckYear(env, q.year); !s) return s.error();
  const auto subject = vocab::Parse<RatingSubject>(q.subject);
  if (!subject) return Error::Invalid("Đối tượng không hợp lệ.", {{"subject", "member hoặc org."}});
  if (!q.level.empty() && !vocab::Parse<RatingLevel>(q.level)) {
    return Error::Invalid("Mức xếp loại không hợp lệ.", {{"level", "Mức không hợp lệ."}});
  }
  if (!q.stage.empty() && q.stage != "none" && !vocab::Parse<RatingStage>(q.stage)) {
    return Error::Invalid("Bước không hợp lệ.", {{"stage", "Bước không hợp lệ."}});
  }
  Validator paging;
  CheckPaging(paging, q.page, q.page_size);
  if (Status s = paging.ToStatus(); !s) return s.error();
  auto org = GetOrgFor(env, actor, org_id, Action::kMemberRead);
  if (!org.ok()) return org.error();
  const PathRange range = SubtreeRange(org->path);
  const bool members = *subject == RatingSubject::kMember;
  const int64_t year = q.year;
  std::string from, where, order;
  store::Params params = {year};
  if (members) {
    from =
        "FROM member m JOIN org u ON u.id = m.org_id LEFT JOIN rating r ON r.member_id = m.id "
        "AND r.year = ? AND r.voided_at IS NULL LEFT JOIN org o ON o.id = r.org_id ";
    where = "WHERE m.org_path >= ? AND m.org_path < ? AND (r.id IS NOT NULL OR (m.status IN " +
            ActiveStatusesSql() + " AND m.admitted_on <= ?))";
    params.insert(params.end(), {range.lo, range.hi, YearEnd(q.year)});
    order = "ORDER BY m.sort_key, m.id";
  } else {
    from =
        "FROM org u LEFT JOIN rating r ON r.org_id = u.id AND r.subject = 'org' AND r.year = ? "
        "AND r.voided_at IS NULL LEFT JOIN org o ON o.id = r.org_id ";
    where =
        "WHERE u.path > ? AND u.path < ? AND u.kind <> 'superior_committee' AND (r.id IS NOT "
        "NULL OR (u.established_on <= ? AND (u.ended_on IS NULL OR u.ended_on > ?)))";
    params.insert(params.end(), {org->path, range.hi, YearEnd(q.year), YearEnd(q.year)});
    order = "ORDER BY u.path";
  }
  if (q.stage == "none") {
    where += " AND r.id IS NULL";
  } else if (!q.stage.empty()) {
    where += " AND r.stage = ?";
    params.push_back(q.stage);
  }
  if (!q.level.empty()) {
    where += " AND r.level = ?";
    params.push_back(q.level);
  }
  const std::string cols =
      members ? "m.id, m.full_name, u.id, u.name, " : "u.id, u.name, u.id, u.name, ";
  std::string select = std::string(kRatingSelect);
  select = "SELECT " + cols + select.substr(7, select.find(" FROM rating") - 7) + " ";
  Page<RatingRow> page;
  store::Transaction tx = env.db.BeginRead();
  const auto read = [&](const store::Row& r) {
    RatingRow row{
        std::string(vocab::Code(*subject)), r.Int(0), r.Text(1), r.Int(2), r.Text(3), std::nullopt};
    if (!r.IsNull(4)) row.rating = RatingFromRow(r, 4);
    page.items.push_back(std::move(row));
  };
  if (members && q.stage.empty() && q.level.empty()) {
    if (auto found = MembersFromIndex(env, tx, range, q.year, q.page, q.page_size)) {
      page.total = found->total;
      if (found->ids.empty()) return page;
      store::Params ids = {year};
      ids.insert(ids.end(), found->ids.begin(), found->ids.end());
      tx.Each(select + from + "WHERE m.id IN (" + Marks(found->ids.size()) + ")", ids, read);
      std::unordered_map<int64_t, size_t> at;  // the index's order
      for (size_t i = 0; i < found->ids.size(); ++i) at[found->ids[i]] = i;
      std::sort(page.items.begin(), page.items.end(),
                [&at](const RatingRow& a, const RatingRow& b) { return at[a.id] < at[b.id]; });
      return page;
    }
  }
  const PagedSql sql{select, "", from + where, order, params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size, read);
  return page;
}

Result<RatingSummary> SummarizeRatings(const Env& env, const Actor& actor, int64_t org_id,
                                       int year) {
  if (Status s = CheckYear(env, year); !s) return s.error();
  auto org = GetOrgFor(env, actor, org_id, Action::kMemberRead);
  if (!org.ok()) return org.error();
  const rules::RatingRules& rules = RatingRulesFor(year);
  RatingSummary out;
  out.year = year;
  out.scheme = std::string(vocab::Code(rules.scheme));
  out.rules_source = rules.source;
  const PathRange range = SubtreeRange(org->path);
  store::Transaction tx = env.db.BeginRead();
  CountLevels(tx, range, year, out.members, out.grassroots);
  CountLevels(tx, range, year - 1, out.previous_members, out.previous_grassroots);
  if (rules.scheme != rules::RatingScheme::kQuota) return out;  // no cap on scores
  // The TCCSĐ of the subtree with decided member ratings; and the one holding the subtree.
  std::vector<std::pair<int64_t, std::string>> units;
  if (const auto holder = GrassrootsOf(tx, org->path); holder && holder->id != org->id) {
    units.emplace_back(holder->id, holder->name);
  }
  tx.Each(
      "SELECT DISTINCT g.id, g.name, g.path FROM rating r JOIN org g ON g.id = r.grassroots_id "
      "WHERE g.path >= ? AND g.path < ? AND r.year = ? AND r.subject = 'member' AND r.voided_at "
      "IS NULL AND r.decided_level IS NOT NULL ORDER BY g.path",
      {range.lo, range.hi, int64_t{year}},
      [&](const store::Row& r) { units.emplace_back(r.Int(0), r.Text(1)); });
  for (const auto& [id, name] : units) {
    RatingQuota q = QuotaOf(tx, rules, id, name, year);
    if (q.good + q.excellent > 0) out.quotas.push_back(std::move(q));
  }
  return out;
}

Result<std::vector<Rating>> MemberRatings(const Env& env, const Actor& actor, int64_t member_id) {
  store::Transaction tx = env.db.BeginRead();
  if (auto m = ReadableMemberUnit(tx, actor, member_id); !m.ok()) return m.error();
  std::vector<Rating> out;
  tx.Each(std::string(kRatingSelect) +
              "WHERE r.member_id = ? AND r.voided_at IS NULL ORDER BY r.year DESC",
          {member_id}, [&](const store::Row& r) { out.push_back(RatingFromRow(r)); });
  return out;
}

}  // namespace dangbo::service
