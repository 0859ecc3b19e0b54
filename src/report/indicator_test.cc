// The registry: the built-in catalogue's rows, lookups, code lists and a registration of a
// new source and indicator evaluated without a database.
#include "report/indicator.h"

#include <gtest/gtest.h>

#include <set>

namespace dangbo::report {
namespace {

TEST(Catalogue, HasTheBuiltInIndicatorsWithUniqueCodes) {
  std::set<std::string> codes;
  for (const auto& i : Catalogue()) {
    EXPECT_TRUE(codes.insert(i.code).second) << i.code;
    EXPECT_FALSE(i.label.empty()) << i.code;
    EXPECT_FALSE(i.unit.empty()) << i.code;
    EXPECT_FALSE(i.terms.empty()) << i.code;
  }
  for (const char* code : {"orgs.total",           "orgs.grassroots",
                           "orgs.branch",          "members.total",
                           "members.official",     "members.probationary",
                           "members.exempt",       "flows.admitted",
                           "flows.recognized",     "flows.transferred_out",
                           "flows.transferred_in", "flows.transferred_internal",
                           "flows.temporary_out",  "flows.temporary_returned",
                           "flows.card_issued",    "flows.card_reissued",
                           "flows.exempted",       "flows.removed",
                           "flows.expelled",       "flows.left",
                           "flows.died",           "flows.readmitted",
                           "transfers.in",         "transfers.out",
                           "transfers.internal",   "org_events.established",
                           "org_events.upgraded",  "org_events.merged",
                           "org_events.split",     "org_events.dissolved",
                           "admission.target",     "admission.percent"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
  const Indicator* official = Find("members.official");
  ASSERT_NE(official, nullptr);
  EXPECT_EQ(official->label, "Đảng viên chính thức");
  EXPECT_EQ(official->shape, Shape::kStock);
  EXPECT_EQ(official->unit, "đảng viên");
  const Indicator* admitted = Find("flows.admitted");
  ASSERT_NE(admitted, nullptr);
  EXPECT_EQ(admitted->shape, Shape::kFlow);
  EXPECT_STREQ(ShapeCode(admitted->shape), "flow");
  EXPECT_EQ(Find("org_events.dissolved")->unit, "tổ chức");
  EXPECT_EQ(Find("no.such"), nullptr);
}

TEST(Catalogue, ResolvesCodeLists) {
  const auto two = ResolveCodes("members.official,flows.admitted");
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[0]->code, "members.official");
  EXPECT_EQ((*two)[1]->code, "flows.admitted");
  EXPECT_EQ(ResolveCodes("")->size(), Catalogue().size());
  for (const char* bad : {"members.officiall", "members.official,", ",flows.admitted"}) {
    const auto r = ResolveCodes(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(r.error().fields.at(0).field, "codes");
  }
}

TEST(Catalogue, ANewSourceIsARegistration) {
  // A flow source that needs no database: counts fixed by the period's month.
  RegisterSource({"test_source", Shape::kFlow, [](Scope& s) {
                    return Counts{{"a", s.period.n}, {"b", 2}};
                  }});
  Register({"test.a_and_b", "Thử", Shape::kFlow, "lượt", {}, {{"test_source", ""}}});
  Register({"test.share",
            "Tỷ lệ thử",
            Shape::kFlow,
            "%",
            {},
            {{"test_source", "b"}},
            {{"test_source", "a"}}});
  const auto codes = ResolveCodes("test.a_and_b,test.share");
  ASSERT_TRUE(codes.ok());
  Scope scope;  // no transaction: no stock and no SQL source is asked
  scope.period = MonthPeriod(2022, 8);
  const auto v = Evaluate(scope, *codes);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ((*v)[0].count, 10);
  ASSERT_TRUE((*v)[1].percent);
  EXPECT_DOUBLE_EQ(*(*v)[1].percent, 25.0);
}

}  // namespace
}  // namespace dangbo::report
