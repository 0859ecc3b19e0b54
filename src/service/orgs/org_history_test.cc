// Dated changes of the tree on a real database: each writes its event and spans, past trees
// stay as they were, history is appended (never rewritten in the middle), and refusals
// write nothing.
#include "service/orgs/org_history.h"

#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"

namespace dangbo::service::testing {
namespace {

class OrgHistoryTest : public LifecycleTest {
 protected:
  static Decision On(const char* date) { return {date, "12-QĐ/ĐUK", ""}; }
  static Date D(const char* iso) { return *Date::Parse(iso); }

  // The parent of `id` in the tree as it was on `date`.
  std::optional<int64_t> ParentOn(int64_t id, const char* date) {
    auto tree = TreeAt(*env_, op_, D(date));
    EXPECT_TRUE(tree.ok());
    for (const OrgAt& o : *tree) {
      if (o.id == id) return o.parent_id;
    }
    return std::nullopt;
  }
  int64_t Events(int64_t org_id) {
    return Count("SELECT COUNT(*) FROM org_event WHERE org_id = ?", {org_id});
  }
};

TEST_F(OrgHistoryTest, MoveKeepsThePastTree) {
  AddMember(a1_, "Nguyễn Văn Một");
  ASSERT_TRUE(MoveOrg(*env_, op_, a1_.id, b_.id, On("2025-06-01")).ok());
  EXPECT_EQ(ParentOn(a1_.id, "2025-05-31"), a_.id);
  EXPECT_EQ(ParentOn(a1_.id, "2025-06-01"), b_.id);
  auto before = StocksAt(*env_, op_, a_.id, D("2025-05-31"));
  auto after = StocksAt(*env_, op_, a_.id, D("2025-06-01"));
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(before->members, 1);
  EXPECT_EQ(after->members, 0);
  EXPECT_EQ(StocksAt(*env_, op_, b_.id, D("2025-06-01"))->members, 1);
}

TEST_F(OrgHistoryTest, HistoryIsAppendedNotRewritten) {
  ASSERT_TRUE(RenameOrg(*env_, op_, a1_.id, "Chi bộ Phòng Một", On("2025-06-01")).ok());
  const int64_t events = Events(a1_.id);
  auto earlier = RenameOrg(*env_, op_, a1_.id, "Chi bộ Cũ", On("2025-01-01"));
  ASSERT_FALSE(earlier.ok());
  EXPECT_EQ(earlier.error().code, "history_conflict");
  EXPECT_EQ(Events(a1_.id), events);
  auto tree = TreeAt(*env_, op_, D("2025-05-31"));
  ASSERT_TRUE(tree.ok());
  for (const OrgAt& o : *tree) {
    if (o.id == a1_.id) {
      EXPECT_EQ(o.name, "Chi bộ A1");
    }
  }
}

TEST_F(OrgHistoryTest, BadDecisionsWriteNothing) {
  const int64_t events = Count("SELECT COUNT(*) FROM org_event");
  const int64_t audits = Count("SELECT COUNT(*) FROM audit_log");
  for (const Decision& d :
       {Decision{"", "", ""}, Decision{"2025-02-30", "", ""}, Decision{"2099-01-01", "", ""},
        Decision{"2025-06-01", "", "2025-07-01"}}) {
    auto r = RenameOrg(*env_, op_, a1_.id, "Tên mới", d);
    ASSERT_FALSE(r.ok()) << d.effective_on;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid) << d.effective_on;
    EXPECT_FALSE(r.error().fields.empty());
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM org_event"), events);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audits);
}

TEST_F(OrgHistoryTest, StaffOutsideTheSubtreeSeeNotFound) {
  auto r = RenameOrg(*env_, staff_b_, a1_.id, "Tên mới", On("2025-06-01"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(r.error().detail.find("Chi bộ A1"), std::string::npos);
}

TEST_F(OrgHistoryTest, DissolveNeedsAnEmptyUnit) {
  AddMember(a2_, "Lê Văn Hai");
  auto busy = DissolveOrg(*env_, op_, a2_.id, On("2025-06-01"));
  ASSERT_FALSE(busy.ok());
  auto empty = DissolveOrg(*env_, op_, a1_.id, On("2025-06-01"));
  ASSERT_TRUE(empty.ok()) << empty.error().detail;
  EXPECT_EQ(ParentOn(a1_.id, "2025-06-01"), std::nullopt);
  EXPECT_EQ(ParentOn(a1_.id, "2025-05-31"), a_.id);
}

}  // namespace
}  // namespace dangbo::service::testing
