// The national data set's ratings and badges: two finished years of yearly ratings (every
// member in the tree on 31/12, every party organization) at the seeds' rates, and the badge
// rounds of the last two years for the members whose party age reaches a milestone (party
// age from the admission day: the generated files have no gaps).
#include <string>
#include <unordered_map>
#include <vector>

#include "demo/national_domains.h"
#include "rules/ruleset.h"

namespace dangbo::demo {

namespace {

using national_sql::Draw;

constexpr const char* kBy = "demo:national";

// A temporary table org_id → the TCCSĐ it belongs to (itself for a TCCSĐ), for the subtree.
void MapGrassroots(store::Transaction& tx, const NationalDomainContext& c) {
  tx.ExecuteScript(
      "CREATE TEMP TABLE national_grassroots (org_id BIGINT PRIMARY KEY, grassroots_id BIGINT "
      "NOT NULL)");
  std::unordered_map<int64_t, int64_t> of;
  std::vector<std::pair<int64_t, int64_t>> rows;
  // Path order puts every parent before its children.
  tx.Each("SELECT id, parent_id, kind FROM org WHERE path >= ? AND path < ? ORDER BY path",
          {c.root_path, c.root_path + "~"}, [&](const store::Row& r) {
            const int64_t id = r.Int(0);
            const std::string kind = r.Text(2);
            int64_t g = 0;
            if (kind == "grassroots_committee" || kind == "grassroots_branch") {
              g = id;
            } else if (auto it = of.find(r.OptInt(1).value_or(0)); it != of.end()) {
              g = it->second;
            }
            if (g == 0) return;
            of[id] = g;
            rows.emplace_back(id, g);
          });
  constexpr size_t kBatch = 400;
  for (size_t i = 0; i < rows.size(); i += kBatch) {
    std::string sql = "INSERT INTO national_grassroots (org_id, grassroots_id) VALUES ";
    store::Params p;
    for (size_t j = i; j < rows.size() && j < i + kBatch; ++j) {
      sql += (j > i ? ", " : "") + std::string("(?, ?)");
      p.push_back(rows[j].first);
      p.push_back(rows[j].second);
    }
    tx.Exec(sql, p);
  }
}

// The level drawn for a subject: shares in percent of xuất sắc, tốt and hoàn thành.
std::string LevelCase(const std::string& draw, int excellent, int good, int completed) {
  return "CASE WHEN " + draw + " < " + std::to_string(excellent) + " THEN 'excellent' WHEN " +
         draw + " < " + std::to_string(excellent + good) + " THEN 'good' WHEN " + draw + " < " +
         std::to_string(excellent + good + completed) +
         " THEN 'completed' ELSE 'not_completed' END";
}

std::string ScoreOf(bool scored, const std::string& level) {
  if (!scored) return "NULL";
  return "CASE " + level +
         " WHEN 'excellent' THEN 92 WHEN 'good' THEN 81 WHEN 'completed' THEN 63 ELSE 45 END";
}

// The columns every generated rating fills after (subject, member_id, org_id, grassroots_id):
// the year's dates, the scheme and one level through every step.
std::string RatingTail(bool scored) {
  return "?, ?, 'approved', x.lv, x.lv, ?, '" + std::string(kBy) + "', x.lv, " +
         ScoreOf(scored, "x.lv") + ", ?, '" + kBy + "', ?, '" + kBy + "', x.lv, ?, ?";
}

int64_t RateYear(store::Transaction& tx, const NationalDomainContext& c, int year) {
  const rules::RuleSet& rules = rules::RuleBook::Shipped().At(Date(year, 12, 31));
  const bool scored = rules.rating.scheme == rules::RatingScheme::kScore;
  const std::string end = Date(year, 12, 31).Iso();
  const std::string decided = Date(year + 1, 1, 20).Iso();
  const std::string approved = Date(year + 1, 2, 10).Iso();
  const std::string scheme = scored ? "score" : "quota";
  const std::string cols =
      "INSERT INTO rating (year, subject, member_id, org_id, grassroots_id, rated_on, scheme, "
      "stage, self_level, proposed_level, proposed_on, proposed_by, decided_level, "
      "decided_score, decided_on, decided_by, approved_on, approved_by, level, created_at, "
      "updated_at) ";
  const store::Params tail = {end, scheme, decided, decided, approved, c.now, c.now};
  store::Params p = {int64_t{year}};
  p.insert(p.end(), tail.begin(), tail.end());
  p.insert(p.end(), {end, end, c.root_path, c.root_path + "~"});
  const uint64_t salt = c.seed * 31 + static_cast<uint64_t>(year);
  int64_t rows = tx.Exec(
      cols + "SELECT ?, 'member', x.member_id, x.org_id, g.grassroots_id, " + RatingTail(scored) +
          " FROM (SELECT s.member_id, s.org_id, " +
          LevelCase(Draw("s.member_id", salt, 100), 9, 77, 12) +
          " AS lv FROM member_span s JOIN org o ON o.id = s.org_id WHERE s.valid_from <= ? AND "
          "(s.valid_to IS NULL OR s.valid_to > ?) AND s.status IN ('official', 'probationary') "
          "AND o.path >= ? AND o.path < ?) x LEFT JOIN national_grassroots g ON g.org_id = "
          "x.org_id",
      p);
  p = {int64_t{year}};
  p.insert(p.end(), tail.begin(), tail.end());
  p.insert(p.end(), {end, c.root_path, c.root_path + "~"});
  rows += tx.Exec(
      cols + "SELECT ?, 'org', NULL, x.org_id, g.grassroots_id, " + RatingTail(scored) +
          " FROM (SELECT o.id AS org_id, " + LevelCase(Draw("o.id", salt + 7, 100), 12, 75, 11) +
          " AS lv FROM org o WHERE o.kind IN ('grassroots_committee', 'grassroots_branch', "
          "'sub_committee', 'branch') AND (o.established_on IS NULL OR o.established_on <= ?) "
          "AND o.path >= ? AND o.path < ?) x JOIN national_grassroots g ON g.org_id = x.org_id",
      p);
  return rows;
}

// The round (ISO day) a party-age anniversary on month-day `md` (SQL "MM-DD") falls to in
// `year`: the first round on or after it; after the last round, the first of the next year.
std::string RoundCase(const std::vector<rules::MonthDay>& rounds, int year) {
  std::string sql = "CASE";
  for (const rules::MonthDay& r : rounds) {
    const std::string md = Date(2000, r.month, r.day).Iso().substr(5);
    sql += " WHEN x.md <= '" + md + "' THEN '" + Date(year, r.month, r.day).Iso() + "'";
  }
  const rules::MonthDay& first = rounds.front();
  return sql + " ELSE '" + Date(year + 1, first.month, first.day).Iso() + "' END";
}

int64_t AwardYear(store::Transaction& tx, const NationalDomainContext& c, int year) {
  const rules::RuleSet& rules = rules::RuleBook::Shipped().At(Date(year, 12, 31));
  const rules::BadgeRules& b = rules.badges;
  std::string milestones;
  for (int m : b.milestones_years)
    milestones += (milestones.empty() ? "" : ", ") + std::to_string(m);
  // The year's rounds take the anniversaries after the previous year's last round.
  const rules::MonthDay last = b.rounds.back();
  const std::string last_md = Date(2000, last.month, last.day).Iso().substr(5);
  // The member's unit on the round day (a member who moved counts where they were).
  const std::string sql =
      "INSERT INTO badge (member_id, org_id, milestone, round_on, basis, status, "
      "party_age_years, party_age_months, proposed_on, proposed_by, decision_no, decision_on, "
      "decided_by, awarded_on, awarded_by, created_at, updated_at) SELECT y.id, s.org_id, "
      "y.milestone, y.round_on, 'regular', 'awarded', y.milestone, 0, y.round_on, '" +
      std::string(kBy) + "', 'HHĐ-' || y.round_on, y.round_on, '" + kBy + "', y.round_on, '" + kBy +
      "', ?, ? FROM (SELECT x.id, CASE WHEN x.md > '" + last_md +
      "' THEN ? - 1 - x.ay ELSE ? - x.ay END AS milestone, CASE WHEN x.md > '" + last_md +
      "' THEN '" + Date(year, b.rounds.front().month, b.rounds.front().day).Iso() + "' ELSE " +
      RoundCase(b.rounds, year) +
      " END AS round_on FROM (SELECT m.id, substr(m.admitted_on, 6, 5) AS md, "
      "CAST(substr(m.admitted_on, 1, 4) AS INTEGER) AS ay FROM member m JOIN org o ON o.id = "
      "m.org_id WHERE m.admitted_on IS NOT NULL AND o.path >= ? AND o.path < ?) x) y JOIN "
      "member_span s ON s.member_id = y.id AND s.valid_from <= y.round_on AND (s.valid_to IS "
      "NULL OR s.valid_to > y.round_on) AND s.status IN ('official', 'exempt') WHERE "
      "y.milestone IN (" +
      milestones + ") AND y.round_on <= ?";
  return tx.Exec(sql, {c.now, c.now, int64_t{year}, int64_t{year}, c.root_path, c.root_path + "~",
                       c.as_of.Iso()});
}

}  // namespace

int64_t GenerateNationalRatings(store::Transaction& tx, const NationalDomainContext& c) {
  MapGrassroots(tx, c);
  int64_t rows = 0;
  for (int year = c.as_of.year() - 2; year < c.as_of.year(); ++year) rows += RateYear(tx, c, year);
  tx.ExecuteScript("DROP TABLE national_grassroots");
  return rows;
}

int64_t GenerateNationalBadges(store::Transaction& tx, const NationalDomainContext& c) {
  int64_t rows = 0;
  for (int year = c.as_of.year() - 1; year <= c.as_of.year(); ++year) {
    rows += AwardYear(tx, c, year);
  }
  return rows;
}

}  // namespace dangbo::demo
