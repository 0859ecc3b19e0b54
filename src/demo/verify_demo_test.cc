// `dangbo verify` on the bloc demo (ten years of tree changes written through the services):
// no difference; one projection row changed by hand: reported.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "demo/demo_test_util.h"
#include "service/orgs/orgs.h"
#include "service/verify/verify.h"

namespace dangbo::demo {
namespace {

TEST(VerifyDemoTest, BlocDemoHasNoDifferenceUntilARowIsChangedByHand) {
  testing::TestDb t;
  ASSERT_TRUE(t.db);
  service::NewOrg root{std::nullopt, "superior_committee", "Đảng bộ Khối các cơ quan tỉnh"};
  root.decision.effective_on = "1930-02-03";
  ASSERT_TRUE(service::CreateOrg(*t.env, service::Actor::CliOperator(), root).ok());
  Options o;
  o.seed = 3;
  auto gen = Generate(*t.env, o);
  ASSERT_TRUE(gen.ok()) << gen.error().detail;

  service::VerifyReport r = service::VerifyDatabase(*t.db);
  EXPECT_TRUE(r.Clean()) << service::FormatVerifyReport(r);
  EXPECT_GT(r.members, 2000);
  EXPECT_GT(r.orgs, 250);

  // A member of an ended unit's successor put back, by hand, into the unit that ended.
  {
    store::Transaction tx = t.db->BeginWrite();
    const auto ended = tx.QueryOne("SELECT id FROM org WHERE ended_on IS NOT NULL ORDER BY id");
    ASSERT_TRUE(ended);
    const auto m = tx.QueryOne("SELECT MIN(id) FROM member WHERE status = 'official'");
    tx.Exec("UPDATE member SET org_id = ? WHERE id = ?", {ended->Int(0), m->Int(0)});
    tx.Commit();
  }
  r = service::VerifyDatabase(*t.db);
  EXPECT_FALSE(r.Clean());
  int64_t status = 0;
  for (const auto& c : r.checks) {
    if (c.code == "member_status") status = c.found;
  }
  EXPECT_EQ(status, 1) << service::FormatVerifyReport(r);
}

}  // namespace
}  // namespace dangbo::demo
