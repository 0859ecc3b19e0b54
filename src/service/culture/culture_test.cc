// Cultural-standard units on both engines: a subtree's host units counted once each (at the
// highest organization in them), a year recorded at once with bad input and host units
// outside the subtree refused with nothing written, the counts and the indicators.
#include "service/culture/culture.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class CultureTest : public testing::LifecycleTest {
 protected:
  void SetUp() override {
    LifecycleTest::SetUp();
    h1_ = Host("Sở A", a_.id);
    Attach(h1_, a1_.id);  // a branch in the same host unit: counted once
    h2_ = Host("Trung tâm A2", a2_.id);
    h3_ = Host("Sở B", b_.id);
  }
  int64_t Host(const char* name, int64_t org) {
    store::Transaction tx = db_->BeginWrite();
    const int64_t id = tx.QueryRow(
                             "INSERT INTO host_unit (name, kind, created_at) VALUES (?, 'agency', "
                             "'2020-01-01T00:00:00Z') RETURNING id",
                             {std::string(name)})
                           .Int(0);
    tx.Exec("UPDATE org SET host_unit_id = ? WHERE id = ?", {id, org});
    tx.Commit();
    return id;
  }
  void Attach(int64_t host, int64_t org) {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("UPDATE org SET host_unit_id = ? WHERE id = ?", {host, org});
    tx.Commit();
  }
  int64_t Rows() { return Count("SELECT COUNT(*) FROM culture_unit"); }
  int64_t h1_ = 0, h2_ = 0, h3_ = 0;
};

TEST_F(CultureTest, BadInputAndOutsidersAreRefusedWithNothingWritten) {
  auto pending =
      RecordCultureYear(*env_, staff_a_, a_.id, 2025, {{.host_unit_id = h1_, .result = "model"}});
  ASSERT_FALSE(pending.ok());
  EXPECT_NE(pending.error().detail.find("chưa đăng ký"), std::string::npos);
  auto unknown =
      RecordCultureYear(*env_, staff_a_, a_.id, 2025, {{h1_, true, "xuat_sac", "", "", ""}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_FALSE(RecordCultureYear(*env_, staff_a_, a_.id, 2099, {{h1_, true, "", "", "", ""}}).ok());
  auto outside = RecordCultureYear(*env_, staff_a_, a_.id, 2025,
                                   {{h1_, true, "", "", "", ""}, {h3_, true, "", "", "", ""}});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(outside.error().detail.find("Sở B"), std::string::npos);
  auto other = RecordCultureYear(*env_, staff_b_, a_.id, 2025, {{h1_, true, "", "", "", ""}});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(GetCultureYear(*env_, staff_b_, a_.id, 2025).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Rows(), 0);
  EXPECT_EQ(Refusals("culture.record"), 1);
}

TEST_F(CultureTest, AYearRecordedAtOnceIsCountedAndInTheIndicators) {
  auto empty = GetCultureYear(*env_, staff_a_, a_.id, 2025);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->host_units, 2);
  EXPECT_EQ(empty->registered, 0);
  auto y = RecordCultureYear(
      *env_, staff_a_, a_.id, 2025,
      {{h1_, true, "model", "12-QĐ/ĐUK", "2025-12-20", ""}, {h2_, true, "", "", "", ""}});
  ASSERT_TRUE(y.ok()) << y.error().detail;
  EXPECT_EQ(y->registered, 2);
  EXPECT_EQ(y->achieved, 1);
  EXPECT_EQ(y->model, 1);
  ASSERT_EQ(y->units.size(), 2u);
  EXPECT_EQ(y->units[0].host_unit_name, "Sở A");
  EXPECT_EQ(y->units[0].org_id, a_.id);
  // Recorded again: the new standing replaces the old.
  ASSERT_TRUE(
      RecordCultureYear(*env_, staff_a_, a_.id, 2025, {{h2_, true, "achieved", "", "", ""}}).ok());
  EXPECT_EQ(Audits("culture.record"), 2);
  auto codes = ResolveIndicators(
      "culture.host_units,culture.registered,culture.achieved,culture.model,"
      "culture.achieved_percent");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, staff_a_,
                           {.org_id = a_.id,
                            .at = Date(2025, 12, 31),
                            .period = *report::ParsePeriod("2025"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 2);
  EXPECT_EQ(values->values[1].count, 2);
  EXPECT_EQ(values->values[2].count, 2);
  EXPECT_EQ(values->values[3].count, 1);
  ASSERT_TRUE(values->values[4].percent.has_value());
  EXPECT_DOUBLE_EQ(*values->values[4].percent, 100.0);
  // Another year is untouched.
  EXPECT_EQ(GetCultureYear(*env_, staff_a_, a_.id, 2024)->registered, 0);
}

// A year recorded again replaces each unit's row whole; a report as recorded before keeps
// the earlier standing.
TEST_F(CultureTest, FiguresAsRecordedBeforeAYearWasRecordedAgain) {
  ASSERT_TRUE(RecordCultureYear(*env_, staff_a_, a_.id, 2025, {{h1_, true, "", "", "", ""}}).ok());
  const std::string first = NextDay();
  NextDay();
  ASSERT_TRUE(RecordCultureYear(*env_, staff_a_, a_.id, 2025,
                                {{h1_, true, "model", "12-QĐ/ĐUK", "2025-12-20", ""}})
                  .ok());
  const char* codes = "culture.registered,culture.achieved,culture.model";
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2025, 12, 31), "2025"),
            (std::vector<int64_t>{1, 1, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2025, 12, 31), "2025", first),
            (std::vector<int64_t>{1, 0, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM culture_unit_retired"), 1);
}

}  // namespace
}  // namespace dangbo::service
