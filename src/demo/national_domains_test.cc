// The national data set's domain phases at a small scale, on a real database: rows as
// reported, meeting counts that match their marks and units, ratings for exactly the members
// in the tree at each year end, badges at a party-age milestone, and the report engine's
// figures equal to the tables'.
#include <gtest/gtest.h>

#include "demo/demo_test_util.h"
#include "demo/national.h"
#include "demo/national_domains.h"
#include "service/report/indicators.h"

namespace dangbo::demo {
namespace {

using service::Actor;

struct Generated : testing::TestDb {
  Generated() {
    NationalOptions o;
    o.seed = 7;
    o.members = 4000;
    o.orgs = 200;
    o.provinces = 2;
    auto r = GenerateNational(*env, o);
    EXPECT_TRUE(r.ok()) << r.error().detail;
    if (r.ok()) report = *r;
  }
  NationalReport report;
};

int64_t Rows(const NationalReport& r, const std::string& name) {
  for (const auto& d : r.domains) {
    if (d.name == name) return d.rows;
  }
  return -1;
}

TEST(NationalDomainsTest, WritesWhatItReportsWithCountsThatMatchTheMarks) {
  Generated g;
  ASSERT_EQ(g.report.domains.size(), NationalDomains().size());
  EXPECT_EQ(Rows(g.report, "meetings"), g.Count("SELECT COUNT(*) FROM meeting") +
                                            g.Count("SELECT COUNT(*) FROM meeting_attendance"));
  EXPECT_EQ(Rows(g.report, "ratings"), g.Count("SELECT COUNT(*) FROM rating"));
  EXPECT_EQ(Rows(g.report, "badges"), g.Count("SELECT COUNT(*) FROM badge"));
  // Every branch-like unit of the whole year met nearly every month (~2% missed).
  const int64_t branches = g.Count(
      "SELECT COUNT(*) FROM org WHERE kind IN ('grassroots_branch', 'branch') AND "
      "established_on < '2024-01-01'");
  const int64_t regular = g.Count(
      "SELECT COUNT(*) FROM meeting mt JOIN org o ON o.id = mt.org_id WHERE mt.kind = 'regular' "
      "AND o.established_on < '2024-01-01'");
  ASSERT_GT(branches, 10);
  EXPECT_GT(regular * 100, branches * 12 * 95);
  EXPECT_LE(regular, branches * 12);
  const int64_t thematic = g.Count(
      "SELECT COUNT(*) FROM meeting mt JOIN org o ON o.id = mt.org_id WHERE mt.kind = "
      "'thematic' AND o.established_on < '2024-01-01'");
  EXPECT_GT(thematic * 100, branches * 4 * 95);
  EXPECT_LE(thematic, branches * 4);
  EXPECT_GT(g.Count("SELECT COUNT(*) FROM meeting_attendance WHERE status = 'unexcused'"), 0);
  // Marks add up to the unit's members, and the counts equal the rows of each status.
  EXPECT_EQ(g.Count("SELECT COUNT(*) FROM meeting mt WHERE mt.kind IN ('regular', 'thematic') "
                    "AND present_count + late_count + excused_count + unexcused_count <> "
                    "(SELECT COUNT(*) FROM member_span s WHERE s.org_id = mt.org_id AND "
                    "s.valid_to IS NULL AND s.status IN ('official', 'probationary'))"),
            0);
  for (const char* st : {"late", "excused", "unexcused"}) {
    EXPECT_EQ(g.Count(std::string("SELECT SUM(") + st + "_count) FROM meeting"),
              g.Count("SELECT COUNT(*) FROM meeting_attendance WHERE status = ?", {st}))
        << st;
  }
  EXPECT_EQ(g.Count("SELECT COUNT(*) FROM meeting WHERE held_on > '2024-12-31' OR held_on < "
                    "'2024-01-01'"),
            0);
}

TEST(NationalDomainsTest, RatesTheMembersOfEachYearEndAndAwardsAtMilestones) {
  Generated g;
  for (const char* y : {"2022", "2023"}) {
    const std::string end = std::string(y) + "-12-31";
    EXPECT_EQ(g.Count("SELECT COUNT(*) FROM rating WHERE subject = 'member' AND year = ?",
                      {int64_t{std::stoi(y)}}),
              g.Count("SELECT COUNT(*) FROM member_span WHERE valid_from <= ? AND (valid_to IS "
                      "NULL OR valid_to > ?) AND status IN ('official', 'probationary')",
                      {end, end}))
        << y;
  }
  // The levels keep the quota (xuất sắc at most 20% of tốt in each TCCSĐ, overall here).
  const int64_t good = g.Count("SELECT COUNT(*) FROM rating WHERE level = 'good'");
  const int64_t excellent = g.Count("SELECT COUNT(*) FROM rating WHERE level = 'excellent'");
  EXPECT_GT(excellent, 0);
  EXPECT_LE(excellent * 5, good);
  // Each rated member's TCCSĐ is on their unit's path.
  EXPECT_EQ(g.Count("SELECT COUNT(*) FROM rating r JOIN org u ON u.id = r.org_id JOIN org t ON "
                    "t.id = r.grassroots_id WHERE substr(u.path, 1, length(t.path)) <> t.path"),
            0);
  // A badge's milestone is the party age at its round, to the year.
  const int64_t badges = g.Count("SELECT COUNT(*) FROM badge");
  EXPECT_GT(badges, 0);
  EXPECT_EQ(g.Count("SELECT COUNT(*) FROM badge b JOIN member m ON m.id = b.member_id WHERE "
                    "CAST(substr(b.round_on, 1, 4) AS INTEGER) - CAST(substr(m.admitted_on, 1, 4) "
                    "AS INTEGER) - CASE WHEN substr(m.admitted_on, 6, 5) > substr(b.round_on, 6, "
                    "5) THEN 1 ELSE 0 END <> b.milestone"),
            0);
}

TEST(NationalDomainsTest, TheReportEngineCountsTheSameFigures) {
  Generated g;
  service::IndicatorQuery q;
  q.org_id = g.report.root_id;
  auto codes = service::ResolveIndicators("meetings.regular,ratings.members_rated,badges.awarded");
  ASSERT_TRUE(codes.ok()) << codes.error().detail;
  q.indicators = *codes;
  q.at = Date(2024, 12, 31);
  q.period = *report::ParsePeriod("2023");
  auto a = service::Indicators(*g.env, Actor::CliOperator(), q);
  ASSERT_TRUE(a.ok()) << a.error().detail;
  EXPECT_EQ(a->values[0].count, 0);  // meetings are of 2024
  EXPECT_EQ(a->values[1].count,
            g.Count("SELECT COUNT(*) FROM rating WHERE subject = 'member' AND year = 2023"));
  EXPECT_EQ(a->values[2].count,
            g.Count("SELECT COUNT(*) FROM badge WHERE awarded_on LIKE '2023-%'"));
  q.period = *report::ParsePeriod("2024");
  a = service::Indicators(*g.env, Actor::CliOperator(), q);
  ASSERT_TRUE(a.ok()) << a.error().detail;
  EXPECT_EQ(a->values[0].count, g.Count("SELECT COUNT(*) FROM meeting WHERE kind = 'regular'"));

  // Attendance: presence is stored as each meeting's counts here (absences and late arrivals
  // as rows), and the branch with the lowest and the highest rate read the same marks.
  codes = service::ResolveIndicators(
      "meetings.attendance_percent,meetings.attendance_min,meetings.attendance_max");
  ASSERT_TRUE(codes.ok()) << codes.error().detail;
  q.indicators = *codes;
  a = service::Indicators(*g.env, Actor::CliOperator(), q);
  ASSERT_TRUE(a.ok()) << a.error().detail;
  const double attended = static_cast<double>(
      g.Count("SELECT SUM(present_count + late_count) FROM meeting WHERE status = 'held'"));
  const double marked = static_cast<double>(
      g.Count("SELECT SUM(present_count + late_count + excused_count + unexcused_count) FROM "
              "meeting WHERE status = 'held'"));
  ASSERT_TRUE(a->values[0].percent && a->values[1].percent && a->values[2].percent);
  EXPECT_NEAR(*a->values[0].percent, 100.0 * attended / marked, 1e-9);
  EXPECT_GT(*a->values[1].percent, 50.0);
  EXPECT_LE(*a->values[1].percent, *a->values[0].percent);
  EXPECT_GE(*a->values[2].percent, *a->values[0].percent);
}

}  // namespace
}  // namespace dangbo::demo
