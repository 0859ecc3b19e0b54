// A whole year's ratings at once: who can be rated in a subtree at the end of a year, and
// the results of every member and organization written decided and approved in one
// transaction (the demo; a committee entering a past year), under the same rules as steps.
#include <map>
#include <set>

#include "base/clock.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/members/member_spans.h"
#include "service/orgs/orgs.h"
#include "service/ratings/ratings_internal.h"

namespace dangbo::service {

namespace {

using namespace ratings_internal;  // NOLINT: this domain's own helpers

Status CheckDates(const Env& env, int year, const YearDates& d) {
  Validator v;
  const Date today = Today(env);
  v.Check(year >= 2000 && year <= today.year(), "year", "Năm đánh giá không hợp lệ.");
  CheckPastDate(v, d.proposed_on, "proposed_on", "Ngày chi bộ đề xuất", today, true);
  CheckPastDate(v, d.decided_on, "decided_on", "Ngày cấp ủy cơ sở quyết định", today, true);
  CheckPastDate(v, d.approved_on, "approved_on", "Ngày cấp trên phê duyệt", today, true);
  CheckText(v, d.approval_no, "approval_no", "Số văn bản phê duyệt", 100, false);
  if (!v.ok()) return v.ToStatus();
  v.Check(d.proposed_on >= Date(year, 1, 1).Iso(), "proposed_on",
          "Ngày đề xuất không được trước năm được đánh giá.");
  v.Check(d.proposed_on <= d.decided_on && d.decided_on <= d.approved_on, "decided_on",
          "Các bước phải theo thứ tự ngày: đề xuất, quyết định, phê duyệt.");
  return v.ToStatus();
}

// Where each subject of the import stands, read inside the write transaction.
struct Placed {
  int64_t unit_id = 0;
  std::optional<OrgRef> grassroots;
};

}  // namespace

Result<std::vector<Ratable>> RatableIn(const Env& env, const Actor& actor, int64_t org_id,
                                       int year) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  const PathRange range = SubtreeRange(org->path);
  const std::string end = YearEnd(year);
  std::vector<Ratable> out;
  store::Transaction tx = env.db.BeginRead();
  std::map<std::string, std::optional<int64_t>> grassroots_of;  // by unit path
  auto grassroots = [&](const std::string& path) {
    auto it = grassroots_of.find(path);
    if (it == grassroots_of.end()) {
      const auto g = GrassrootsOf(tx, path);
      it = grassroots_of.emplace(path, g ? std::optional<int64_t>(g->id) : std::nullopt).first;
    }
    return it->second;
  };
  std::vector<std::pair<RatingTarget, std::string>> found;
  tx.Each(
      "SELECT s.member_id, o.path FROM member_span s JOIN org o ON o.id = s.org_id WHERE "
      "o.path >= ? AND o.path < ? AND s.valid_from <= ? AND (s.valid_to IS NULL OR "
      "s.valid_to > ?) AND s.status IN " +
          ActiveStatusesSql() + " ORDER BY s.member_id",
      {range.lo, range.hi, end, end}, [&](const store::Row& r) {
        found.emplace_back(RatingTarget{RatingSubject::kMember, r.Int(0)}, r.Text(1));
      });
  tx.Each(
      "SELECT s.org_id, o.path FROM org_span s JOIN org o ON o.id = s.org_id WHERE o.path > "
      "? AND o.path < ? AND s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?) AND "
      "s.kind <> 'superior_committee' ORDER BY o.path",
      {org->path, range.hi, end, end}, [&](const store::Row& r) {
        found.emplace_back(RatingTarget{RatingSubject::kOrg, r.Int(0)}, r.Text(1));
      });
  for (const auto& [target, path] : found) out.push_back({target, grassroots(path)});
  return out;
}

Result<int64_t> ImportYearRatings(const Env& env, const Actor& actor, int64_t org_id, int year,
                                  const YearDates& dates, const std::vector<YearRating>& ratings) {
  if (Status s = CheckDates(env, year, dates); !s) return s.error();
  const rules::RatingRules& rules = RatingRulesFor(year);
  std::vector<StepLevel> levels;
  for (const YearRating& y : ratings) {
    auto lv = CheckStepLevel(rules, y.level, y.score);
    if (!lv.ok()) return lv.error();
    levels.push_back(*lv);
  }
  AuditEntry audit{.action = "rating.import",
                   .entity = "rating",
                   .entity_id = std::to_string(org_id) + "/" + std::to_string(year),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kRatingApprove, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const std::string path = store::Must(LoadOrgRef(tx, org_id), "import org").path;
  std::map<int64_t, std::optional<OrgRef>> grassroots_of;  // by unit
  auto place = [&](int64_t unit, const std::string& unit_path) {
    auto it = grassroots_of.find(unit);
    if (it == grassroots_of.end())
      it = grassroots_of.emplace(unit, GrassrootsOf(tx, unit_path)).first;
    return Placed{unit, it->second};
  };
  const std::string now = FormatTimestamp(env.clock.Now());
  const std::string scheme(vocab::Code(rules.scheme));
  const std::string end = YearEnd(year);
  std::set<int64_t> touched;
  for (size_t i = 0; i < ratings.size(); ++i) {
    const RatingTarget& t = ratings[i].target;
    const bool member = t.subject == RatingSubject::kMember;
    const auto row = member ? tx.QueryOne(
                                  "SELECT s.org_id, o.path FROM member_span s JOIN org o "
                                  "ON o.id = s.org_id WHERE s.member_id = ? AND "
                                  "s.valid_from <= ? AND (s.valid_to IS NULL OR "
                                  "s.valid_to > ?)",
                                  {t.id, end, end})
                            : tx.QueryOne("SELECT id, path FROM org WHERE id = ?", {t.id});
    if (!row || row->Text(1).compare(0, path.size(), path) != 0) {
      return Error::Invalid("Đối tượng thứ " + std::to_string(i + 1) +
                            " không thuộc tổ chức này vào cuối năm " + std::to_string(year) + ".");
    }
    const Placed p = place(row->Int(0), row->Text(1));
    if (member) {
      if (Status d = CheckDiscipline(tx, rules, t.id, year, levels[i].level); !d) return d.error();
    }
    if (p.grassroots && member) touched.insert(p.grassroots->id);
    const std::string level(vocab::Code(levels[i].level));
    const store::Value score =
        levels[i].score ? store::Value(int64_t{*levels[i].score}) : store::Null();
    tx.Exec(
        "INSERT INTO rating (year, subject, member_id, org_id, grassroots_id, rated_on, scheme, "
        "stage, proposed_level, proposed_score, proposed_on, proposed_by, decided_level, "
        "decided_score, decided_on, decided_by, approved_on, approved_by, approval_no, level, "
        "created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {int64_t{year},
         member ? "member" : "org",
         member ? store::Value(t.id) : store::Null(),
         p.unit_id,
         p.grassroots ? store::Value(p.grassroots->id) : store::Null(),
         end,
         scheme,
         level,
         score,
         dates.proposed_on,
         actor.display_name,
         level,
         score,
         dates.decided_on,
         actor.display_name,
         dates.approved_on,
         actor.display_name,
         dates.approval_no.empty() ? store::Null() : store::Value(dates.approval_no),
         level,
         now,
         now,
         now});
  }
  for (int64_t g : touched) {
    const RatingQuota q = QuotaOf(tx, rules, g, LoadOrgRef(tx, g)->name, year);
    if (q.exceeded) return Error::Rule("rating_quota_exceeded", QuotaMessage(q));
  }
  audit.after = {{"year", year}, {"count", ratings.size()}, {"approved_on", dates.approved_on}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return static_cast<int64_t>(ratings.size());
}

}  // namespace dangbo::service
