// The report engine against a real database (both engines): indicators agree with the
// stocks and flows reports, past figures survive a later restructuring, transfers are seen
// from the subtree, organization events are counted, and access is checked.
#include "service/report/indicators.h"

#include "service/admission/admission.h"
#include "service/admission/flows.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/transfers.h"

namespace dangbo::service::testing {
namespace {

Decision On(const char* date) { return Decision{date, "", ""}; }

class IndicatorsTest : public LifecycleTest {
 protected:
  // code -> value (counts; percentages × 100, rounded, -1 for none) for `org` at `at` and in
  // `period`.
  std::map<std::string, int64_t> Values(const Actor& actor, const Org& org, const char* at,
                                        const char* period, const char* codes = "") {
    auto answer = Ask(actor, org, at, period, codes);
    EXPECT_TRUE(answer.ok()) << (answer.ok() ? "" : answer.error().detail);
    std::map<std::string, int64_t> out;
    if (!answer.ok()) return out;
    for (const auto& v : answer->values) {
      if (!v.is_percent()) {
        out[v.indicator->code] = v.count;
      } else {
        out[v.indicator->code] = v.percent ? static_cast<int64_t>(*v.percent * 100 + 0.5) : -1;
      }
    }
    return out;
  }
  Result<IndicatorAnswer> Ask(const Actor& actor, const Org& org, const char* at,
                              const char* period, const char* codes) {
    auto indicators = ResolveIndicators(codes);
    EXPECT_TRUE(indicators.ok());
    auto p = report::ParsePeriod(period);
    EXPECT_TRUE(p.ok());
    return Indicators(*env_, actor, {org.id, *Date::Parse(at), *p, *indicators});
  }
  void Transfer(int64_t member, const Org& to, const char* on) {
    InternalTransferInput in{to.id, On(on), {"1-GGT", on}, "", true};
    auto t = CreateInternalTransfer(*env_, op_, member, in);
    ASSERT_TRUE(t.ok()) << t.error().detail;
  }
};

TEST_F(IndicatorsTest, AgreeWithTheStocksAndFlowsReports) {
  AddMember(a1_, "Nguyễn Văn An");
  AddMember(a2_, "Trần Văn Bình", "2026-02-03", "");
  AddMember(b1_, "Lê Thị Cúc");
  for (const Org* org : {&root_, &a_, &b_, &a1_}) {
    const auto v = Values(op_, *org, "2026-06-30", "2026");
    auto s = StocksAt(*env_, op_, org->id, *Date::Parse("2026-06-30"));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(v.at("members.total"), s->members);
    for (const auto& [status, n] : s->members_by_status) EXPECT_EQ(v.at("members." + status), n);
    for (const auto& [kind, n] : s->orgs_by_kind) EXPECT_EQ(v.at("orgs." + kind), n);
    EXPECT_EQ(v.at("orgs.grassroots"), s->grassroots);
    auto f = FlowsIn(*env_, op_, org->id, Date(2026, 1, 1), Date(2026, 12, 31));
    ASSERT_TRUE(f.ok());
    for (const auto& [kind, n] : f->counts) EXPECT_EQ(v.at("flows." + kind), n) << kind;
  }
  const auto root = Values(op_, root_, "2026-06-30", "2026");
  EXPECT_EQ(root.at("members.total"), 3);
  EXPECT_EQ(root.at("members.probationary"), 1);
  EXPECT_EQ(root.at("orgs.total"), 5);
  EXPECT_EQ(root.at("orgs.grassroots"), 2);
  EXPECT_EQ(root.at("flows.admitted"), 1);
  EXPECT_EQ(Values(op_, root_, "2026-06-30", "2026-Q2").at("flows.admitted"), 0);
  EXPECT_EQ(Values(op_, root_, "2026-06-30", "2026-02").at("flows.admitted"), 1);
}

TEST_F(IndicatorsTest, AnInternalTransferInsideIsInternalAndToOutsideIsOut) {
  const int64_t inside = AddMember(a1_, "Phạm Văn Dũng");
  const int64_t leaving = AddMember(a1_, "Hoàng Văn Em");
  Transfer(inside, a2_, "2026-04-01");
  Transfer(leaving, b1_, "2026-05-01");
  const char* codes = "transfers.internal,transfers.out,transfers.in,flows.transferred_internal";
  const auto a = Values(op_, a_, "2026-06-30", "2026-M6", codes);
  EXPECT_EQ(a.at("transfers.internal"), 1);
  EXPECT_EQ(a.at("transfers.out"), 1);
  EXPECT_EQ(a.at("transfers.in"), 0);
  EXPECT_EQ(a.at("flows.transferred_internal"), 1);  // by the receiving unit, as /flows does
  const auto b = Values(op_, b_, "2026-06-30", "2026-M6", codes);
  EXPECT_EQ(b.at("transfers.in"), 1);
  EXPECT_EQ(b.at("transfers.out"), 0);
  EXPECT_EQ(b.at("transfers.internal"), 0);
  const auto root = Values(op_, root_, "2026-06-30", "2026-M6", codes);
  EXPECT_EQ(root.at("transfers.internal"), 2);
  EXPECT_EQ(root.at("transfers.in") + root.at("transfers.out"), 0);
  // Seen from the branch it left: out, even though the member stayed in the committee.
  EXPECT_EQ(Values(op_, a1_, "2026-06-30", "2026-M6", codes).at("transfers.out"), 2);
}

TEST_F(IndicatorsTest, PastFiguresDoNotChangeWhenTheTreeIsRestructuredLater) {
  AddMember(a1_, "Nguyễn Văn An");
  AddMember(a2_, "Trần Văn Bình", "2026-02-03", "");
  const int64_t moved = AddMember(a2_, "Lê Văn Chung");
  Transfer(moved, b1_, "2026-03-01");
  const auto before_a = Values(op_, a_, "2026-06-30", "2026-M6");
  const auto before_b = Values(op_, b_, "2026-06-30", "2026-M6");
  EXPECT_EQ(before_a.at("members.total"), 2);
  EXPECT_EQ(before_a.at("transfers.out"), 1);
  // Later: A1 moves under B, A2 merges into B1.
  ASSERT_TRUE(MoveOrg(*env_, op_, a1_.id, b_.id, On("2026-09-01")).ok());
  auto merged = MergeOrg(*env_, op_, a2_.id, b1_.id, std::nullopt, On("2026-10-01"));
  ASSERT_TRUE(merged.ok()) << merged.error().detail;
  EXPECT_EQ(Values(op_, a_, "2026-06-30", "2026-M6"), before_a);
  EXPECT_EQ(Values(op_, b_, "2026-06-30", "2026-M6"), before_b);
  const auto now_b = Values(op_, b_, "2026-10-31", "2026");
  EXPECT_EQ(now_b.at("members.total"), 3);
  EXPECT_EQ(now_b.at("org_events.absorbed"), 1);
  const auto now_root = Values(op_, root_, "2026-10-31", "2026");
  EXPECT_EQ(now_root.at("org_events.moved"), 1);
  EXPECT_EQ(now_root.at("org_events.merged"), 1);  // the ended unit's last span places it
}

TEST_F(IndicatorsTest, CountsOrganizationEventsOfUnitsThatEnded) {
  auto c = CreateOrg(*env_, op_, {a_.id, "branch", "Chi bộ C", On("2026-03-01")});
  ASSERT_TRUE(c.ok()) << c.error().detail;
  ASSERT_TRUE(DissolveOrg(*env_, op_, c->id, On("2026-05-01")).ok());
  const char* codes = "org_events.established,org_events.dissolved,orgs.branch";
  const auto a = Values(op_, a_, "2026-04-01", "2026", codes);
  EXPECT_EQ(a.at("org_events.established"), 1);
  EXPECT_EQ(a.at("org_events.dissolved"), 1);
  EXPECT_EQ(a.at("orgs.branch"), 3);
  EXPECT_EQ(Values(op_, a_, "2026-05-01", "2026", codes).at("orgs.branch"), 2);
  EXPECT_EQ(Values(op_, b_, "2026-04-01", "2026", codes).at("org_events.established"), 0);
}

TEST_F(IndicatorsTest, AdmissionPercentOfTarget) {
  ASSERT_TRUE(SetAdmissionTarget(*env_, op_, root_.id, 2026, 4).ok());
  AddMember(a1_, "Nguyễn Văn An", "2026-02-03", "");
  const auto v = Values(op_, root_, "2026-06-30", "2026", "admission.target,admission.percent");
  EXPECT_EQ(v.at("admission.target"), 4);
  EXPECT_EQ(v.at("admission.percent"), 2500);
  const auto none = Values(op_, b_, "2026-06-30", "2026", "admission.percent");
  EXPECT_EQ(none.at("admission.percent"), -1);  // no target: no percentage
}

TEST_F(IndicatorsTest, BreaksDownByTheUnitsAsTheyWereOnTheDate) {
  AddMember(a1_, "Nguyễn Văn An");
  AddMember(a2_, "Trần Văn Bình");
  AddMember(b1_, "Lê Thị Cúc");
  ASSERT_TRUE(MoveOrg(*env_, op_, a2_.id, b_.id, On("2026-09-01")).ok());
  auto codes = ResolveIndicators("members.total");
  ASSERT_TRUE(codes.ok());
  IndicatorQuery q{root_.id, Date(2026, 6, 30), report::YearPeriod(2026), *codes, "unit"};
  auto june = Indicators(*env_, op_, q);
  ASSERT_TRUE(june.ok()) << june.error().detail;
  ASSERT_EQ(june->units.size(), 2u);
  EXPECT_EQ(june->units[0].unit.id, a_.id);
  EXPECT_EQ(june->units[0].values[0].count, 2);
  EXPECT_EQ(june->units[1].values[0].count, 1);
  q.at = Date(2026, 10, 1);
  auto october = Indicators(*env_, op_, q);
  ASSERT_TRUE(october.ok());
  EXPECT_EQ(october->units[0].values[0].count, 1);
  EXPECT_EQ(october->units[1].values[0].count, 2);
  q.breakdown = "month";
  auto bad = Indicators(*env_, op_, q);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "breakdown");
}

TEST_F(IndicatorsTest, ChecksScopeRightsAndExistence) {
  auto outside = Ask(staff_b_, a_, "2026-06-30", "2026", "members.total");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_TRUE(Ask(secretary_a1_, a1_, "2026-06-30", "2026", "flows.admitted").ok());
  const Actor plain = ActorFor(MakeUser("dangvien.a1", a1_.id, {"member"}), "10.0.0.9");
  EXPECT_TRUE(Ask(plain, a1_, "2026-06-30", "2026", "orgs.total,members.total").ok());
  auto flows = Ask(plain, a1_, "2026-06-30", "2026", "flows.admitted");
  ASSERT_FALSE(flows.ok());
  EXPECT_EQ(flows.error().kind, ErrorKind::kForbidden);
  auto early = Ask(op_, a_, "1999-12-31", "1999", "members.total");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "org_not_existing");
  EXPECT_TRUE(Ask(op_, a_, "1999-12-31", "1999", "flows.admitted").ok());  // flows: no stock
}

}  // namespace
}  // namespace dangbo::service::testing
