// The as-recorded view's rewriting: table positions only, aliases kept, writes untouched.
#include "report/as_recorded.h"

#include <gtest/gtest.h>

namespace dangbo::report {
namespace {

constexpr const char* kMoment = "2025-06-30T16:59:59.999Z";

class AsRecordedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    RegisterRecordedTable({"t_span", "a, b, recorded_at", "t_span_retired", ""});
    RegisterRecordedTable({"t_fact", "id, kind, recorded_at", "", "voided_at"});
  }
};

const std::string kSpan =
    "(SELECT a, b, recorded_at FROM t_span WHERE (recorded_at IS NULL OR recorded_at <= "
    "'2025-06-30T16:59:59.999Z') UNION ALL SELECT a, b, recorded_at FROM t_span_retired WHERE "
    "(recorded_at IS NULL OR recorded_at <= '2025-06-30T16:59:59.999Z') AND retired_at > "
    "'2025-06-30T16:59:59.999Z')";
const std::string kFact =
    "(SELECT id, kind, recorded_at, CASE WHEN voided_at <= '2025-06-30T16:59:59.999Z' THEN "
    "voided_at END AS voided_at FROM t_fact WHERE (recorded_at IS NULL OR recorded_at <= "
    "'2025-06-30T16:59:59.999Z'))";

TEST_F(AsRecordedTest, ReplacesTablesKeepingAliases) {
  EXPECT_EQ(AsRecordedSql("SELECT a FROM t_span s JOIN t_fact f ON f.id = s.a", kMoment),
            "SELECT a FROM " + kSpan + " s JOIN " + kFact + " f ON f.id = s.a");
  EXPECT_EQ(AsRecordedSql("SELECT t_span.a FROM t_span WHERE t_span.b = 1", kMoment),
            "SELECT t_span.a FROM " + kSpan + " AS t_span WHERE t_span.b = 1");
  EXPECT_EQ(AsRecordedSql("SELECT 1 FROM t_fact AS f, t_span", kMoment),
            "SELECT 1 FROM " + kFact + " AS f, " + kSpan + " AS t_span");
  EXPECT_EQ(AsRecordedSql("SELECT 1 FROM x LEFT JOIN t_fact ON x.id = t_fact.id", kMoment),
            "SELECT 1 FROM x LEFT JOIN " + kFact + " AS t_fact ON x.id = t_fact.id");
  EXPECT_EQ(AsRecordedSql("select 1 from t_fact\nwhere kind = 'x'", kMoment),
            "select 1 from " + kFact + " AS t_fact\nwhere kind = 'x'");
}

TEST_F(AsRecordedTest, LeavesEverythingElse) {
  for (const char* sql : {
           "INSERT INTO t_fact (id) VALUES (1)",
           "UPDATE t_span SET a = 1 WHERE b = 2",
           "SELECT t_fact, t_span_x FROM other",
           "SELECT 'FROM t_fact' FROM other o",
           "SELECT \"t_span\" FROM other",
           "SELECT x.t_span FROM other x",
       }) {
    EXPECT_EQ(AsRecordedSql(sql, kMoment), sql) << sql;
  }
  EXPECT_EQ(AsRecordedSql("SELECT 'it''s' FROM t_fact f", kMoment),
            "SELECT 'it''s' FROM " + kFact + " f");
}

TEST(AsRecordedMoment, Shape) {
  EXPECT_TRUE(IsMoment(kMoment));
  EXPECT_FALSE(IsMoment("2025-06-30"));
  EXPECT_FALSE(IsMoment("2025-06-30T16:59:59.999Z'; DROP TABLE x; --"));
  EXPECT_FALSE(IsMoment("2025-06-30 16:59:59.999Z"));
  EXPECT_EQ(EndOfDayMoment(Date(2025, 6, 30)), kMoment);
}

}  // namespace
}  // namespace dangbo::report
