// The registry: a source and indicators registered and evaluated without a database, code
// lists and lookups. (The domains' catalogue is tested in service/report/catalogue_test.cc.)
#include "report/indicator.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dangbo::report {
namespace {

// A flow source that needs no database: counts fixed by the period's month.
void RegisterTestSource() {
  static const bool once = [] {
    RegisterSource({"test_source", Shape::kFlow, [](Scope& s) {
                      return Counts{{"a", s.period.n}, {"b", 2}};
                    }});
    Register(SumOf("test.a_and_b", "Thử", Shape::kFlow, "lượt", "test_source", {""}, false));
    Register({"test.share",
              "Tỷ lệ thử",
              Shape::kFlow,
              "%",
              {},
              {{"test_source", "b"}},
              {{"test_source", "a"}}});
    return true;
  }();
  (void)once;
}

TEST(Catalogue, ResolvesCodeLists) {
  RegisterTestSource();
  const auto two = ResolveCodes("test.share,test.a_and_b");
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[0]->code, "test.share");
  EXPECT_EQ((*two)[1]->code, "test.a_and_b");
  EXPECT_EQ(Find("test.a_and_b")->breakdowns, (std::vector<std::string>{"unit", "grassroots"}));
  EXPECT_STREQ(ShapeCode(Find("test.share")->shape), "flow");
  EXPECT_EQ(Find("no.such"), nullptr);
  EXPECT_EQ(ResolveCodes("")->size(), Catalogue().size());
  for (const char* bad : {"test.a_and_bb", "test.share,", ",test.share"}) {
    const auto r = ResolveCodes(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(r.error().fields.at(0).field, "codes");
  }
}

TEST(Catalogue, ANewSourceIsARegistration) {
  RegisterTestSource();
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
