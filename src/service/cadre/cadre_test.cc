// Cadre planning on both engines: a member of the subtree planned for a post in a term with a
// roadmap; bad input refused with nothing written; the progress read from the training
// records (a completed class ticks its item, the theory level reached, overdue items);
// removal by decision; confidentiality (a secretary and another committee's staff get "not
// found"); the confidential indicators.
#include "service/cadre/cadre.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"
#include "service/training/training.h"

namespace dangbo::service {
namespace {

class CadreTest : public testing::LifecycleTest {
 protected:
  CadrePlanInput Plan(int64_t member, const char* post = "secretary") {
    CadrePlanInput in;
    in.term = "2025-2030";
    in.member_id = member;
    in.post = post;
    in.added_on = "2025-12-15";
    in.added_decision_no = "12-QĐ/ĐU";
    in.target_theory = "trung_cap";
    in.theory_by = "2026-06-30";
    in.roadmap = {{"committee_skills", "2026-12-31", ""}, {"propaganda_staff", "2026-03-31", ""}};
    return in;
  }
};

TEST_F(CadreTest, BadInputIsRefusedAndNothingIsWritten) {
  const int64_t m = AddMember(a1_, "Người Quy Hoạch");
  const int64_t outsider = AddMember(b1_, "Người Ngoài");
  CadrePlanInput bad = Plan(m);
  bad.term = "2031-2036";
  bad.post = "king";
  bad.roadmap[0].kind = "cooking";
  auto r = AddCadrePlan(*env_, staff_a_, a_.id, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(r.error().detail.find("Nhiệm kỳ"), std::string::npos);
  auto foreign = AddCadrePlan(*env_, staff_a_, a_.id, Plan(outsider));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().kind, ErrorKind::kNotFound);
  auto secretary = AddCadrePlan(*env_, secretary_a1_, a1_.id, Plan(m));
  ASSERT_FALSE(secretary.ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM cadre_plan"), 0);
  ASSERT_TRUE(AddCadrePlan(*env_, staff_a_, a_.id, Plan(m)).ok());
  auto twice = AddCadrePlan(*env_, staff_a_, a_.id, Plan(m));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "already_planned");
  EXPECT_EQ(Audits("cadre.plan_add"), 1);
}

TEST_F(CadreTest, ProgressComesFromTheTrainingRecords) {
  const int64_t m = AddMember(a1_, "Người Học Đủ");
  auto plan = AddCadrePlan(*env_, staff_a_, a_.id, Plan(m));
  ASSERT_TRUE(plan.ok()) << plan.error().detail;
  // Today is 21/11/2026: the propaganda item (31/03/2026) and the theory level (30/06/2026)
  // are overdue, the skills class is pending.
  EXPECT_EQ(plan->progress, "overdue");
  EXPECT_EQ(plan->overdue, 2);
  for (const char* kind : {"committee_skills", "propaganda_staff", "theory_intermediate"}) {
    auto cls = CreateTrainingClass(
        *env_, staff_a_, a_.id,
        {.kind = kind, .title = "Lớp", .starts_on = "2026-05-04", .ends_on = "2026-05-08"});
    ASSERT_TRUE(cls.ok());
    auto with = AddLearners(*env_, staff_a_, cls->id, {m}, {});
    ASSERT_TRUE(with.ok());
    ASSERT_TRUE(RecordResult(*env_, staff_a_, cls->id, with->learner_list[0].id,
                             {"completed", "", std::string("GCN-") + kind, "2026-05-10"})
                    .ok());
  }
  auto after = GetCadrePlan(*env_, staff_a_, plan->id);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->progress, "complete");
  EXPECT_EQ(after->done, 2);
  EXPECT_EQ(after->theory_status, "done");
  EXPECT_EQ(after->roadmap[0].done_on, "2026-05-08");
  auto removed =
      RemoveFromPlan(*env_, staff_a_, plan->id, {"2026-11-01", "30-QĐ/ĐU", "Chuyển công tác"});
  ASSERT_TRUE(removed.ok()) << removed.error().detail;
  auto listed = ListCadrePlans(*env_, staff_a_, a_.id, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 0);
  auto all = ListCadrePlans(*env_, staff_a_, a_.id, {.status = "all"});
  EXPECT_EQ(all->total, 1);
}

TEST_F(CadreTest, ConfidentialToStaffOfTheSubtreeAndItsIndicators) {
  const int64_t m = AddMember(a1_, "Người Bí Mật");
  auto plan = AddCadrePlan(*env_, staff_a_, a_.id, Plan(m, "deputy_secretary"));
  ASSERT_TRUE(plan.ok());
  for (const Actor* who : {&secretary_a1_, &staff_b_}) {
    auto hidden = GetCadrePlan(*env_, *who, plan->id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  }
  auto codes =
      ResolveIndicators("cadre.planned,cadre.planned_deputy_secretary,cadre.roadmap_overdue");
  ASSERT_TRUE(codes.ok());
  IndicatorQuery q{.org_id = a_.id,
                   .at = Date(2026, 11, 21),
                   .period = *report::ParsePeriod("2026"),
                   .indicators = *codes};
  auto values = Indicators(*env_, staff_a_, q);
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 1);
  EXPECT_EQ(values->values[1].count, 1);
  EXPECT_EQ(values->values[2].count, 1);
  q.org_id = a1_.id;
  auto refused = Indicators(*env_, secretary_a1_, q);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  q.indicators.clear();
  auto everything = Indicators(*env_, secretary_a1_, q);
  ASSERT_TRUE(everything.ok());
  for (const auto& v : everything->values) {
    EXPECT_NE(v.indicator->code.rfind("cadre.", 0), 0u) << v.indicator->code;
  }
}

}  // namespace
}  // namespace dangbo::service
