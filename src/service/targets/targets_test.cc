// Congress targets on both engines: bad input refused with nothing written, an outsider
// answered "not found", a typed target's yearly values, a computed one's actual evaluated
// from the catalogue's indicator for the subtree and the year (never typed), and the year
// summed up as targets met out of those measured.
#include "service/targets/targets.h"

#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/rewards/rewards.h"

namespace dangbo::service {
namespace {

class TargetsTest : public testing::LifecycleTest {
 protected:
  TargetInput Typed() {
    return {.term = "2025-2030",
            .title = "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa",
            .unit = "%",
            .comparison = "at_least",
            .term_plan = "50"};
  }
  TargetInput Computed() {
    return {.term = "2025-2030",
            .title = "Tập thể được khen thưởng mỗi năm",
            .unit = "tập thể",
            .comparison = "at_least",
            .indicator = "rewards.collective",
            .term_plan = "2"};
  }
  void Award(const Org& org) {
    RewardInput in{.subject = "collective",
                   .form = "merit_certificate",
                   .level = "superior",
                   .decision_no = "1-QĐ/ĐUK",
                   .decided_on = "2025-12-20",
                   .reason = "Hoàn thành xuất sắc nhiệm vụ"};
    ASSERT_TRUE(CreateReward(*env_, staff_a_, org.id, in).ok());
  }
  int64_t Rows() { return Count("SELECT COUNT(*) FROM congress_target"); }
};

TEST(TargetNumberTest, ParsesVietnameseAndPlainDecimals) {
  EXPECT_EQ(ParseTargetNumber("120"), 120.0);
  EXPECT_DOUBLE_EQ(*ParseTargetNumber("94,57"), 94.57);
  EXPECT_DOUBLE_EQ(*ParseTargetNumber("94.5"), 94.5);
  EXPECT_DOUBLE_EQ(*ParseTargetNumber("-3"), -3.0);
  for (const char* bad : {"", "1,2,3", "abc", ",5", "5,", "1.23456", "1 000", "--1"}) {
    EXPECT_FALSE(ParseTargetNumber(bad).has_value()) << bad;
  }
}

TEST_F(TargetsTest, BadInputIsRefusedAndNothingIsWritten) {
  auto in = Typed();
  in.term = "2024-2029";
  EXPECT_FALSE(CreateTarget(*env_, staff_a_, a_.id, in).ok());
  in = Typed();
  in.term_plan = "9x";
  auto bad = CreateTarget(*env_, staff_a_, a_.id, in);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().detail.find("phải là một số"), std::string::npos);
  in = Computed();
  in.indicator = "khong.co";
  EXPECT_FALSE(CreateTarget(*env_, staff_a_, a_.id, in).ok());
  auto outside = CreateTarget(*env_, staff_b_, a_.id, Typed());
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Rows(), 0);
  EXPECT_EQ(Refusals("target.create"), 1);
}

TEST_F(TargetsTest, ComputedActualsComeFromTheIndicatorAndTheYearIsSummedUp) {
  auto typed = CreateTarget(*env_, staff_a_, a_.id, Typed());
  ASSERT_TRUE(typed.ok()) << typed.error().detail;
  auto computed = CreateTarget(*env_, staff_a_, a_.id, Computed());
  ASSERT_TRUE(computed.ok()) << computed.error().detail;
  Award(a1_);
  Award(a2_);
  auto typed_in = SetTargetYear(*env_, staff_a_, computed->id, 2025, {"", "7", ""});
  ASSERT_FALSE(typed_in.ok());
  EXPECT_NE(typed_in.error().detail.find("không nhập tay"), std::string::npos);
  EXPECT_FALSE(SetTargetYear(*env_, staff_a_, typed->id, 2031, {"", "40", ""}).ok());
  EXPECT_EQ(SetTargetYear(*env_, staff_b_, typed->id, 2025, {"", "40", ""}).error().kind,
            ErrorKind::kNotFound);
  ASSERT_TRUE(SetTargetYear(*env_, staff_a_, typed->id, 2025, {"", "40,5", ""}).ok());
  auto board = GetTargets(*env_, staff_a_, a_.id, "2025-2030", 2025);
  ASSERT_TRUE(board.ok()) << board.error().detail;
  ASSERT_EQ(board->targets.size(), 2u);
  const TargetYear& typed_2025 = board->targets[0].years[0];
  EXPECT_DOUBLE_EQ(*typed_2025.actual, 40.5);
  EXPECT_FALSE(*typed_2025.met);
  const TargetYear& computed_2025 = board->targets[1].years[0];
  EXPECT_TRUE(computed_2025.computed);
  EXPECT_DOUBLE_EQ(*computed_2025.actual, 2.0);
  EXPECT_TRUE(*computed_2025.met);
  EXPECT_EQ(board->measured, 2);
  EXPECT_EQ(board->met, 1);
  EXPECT_EQ(Audits("target.year"), 1);
  EXPECT_EQ(GetTargets(*env_, staff_b_, a_.id, "2025-2030", 0).error().kind, ErrorKind::kNotFound);
  ASSERT_TRUE(VoidTarget(*env_, staff_a_, typed->id, "Ghi nhầm").ok());
  EXPECT_EQ(GetTargets(*env_, staff_a_, a_.id, "2025-2030", 2025)->targets.size(), 1u);
}

}  // namespace
}  // namespace dangbo::service
