// Rewards on both engines: bad input refused in Vietnamese with nothing written, an outsider
// answered "not found", an individual award adding a reward record to the member file (and
// voiding it removing the record), a movement's awards, and the indicators by subject.
#include "service/rewards/rewards.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/members/members.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class RewardsTest : public testing::LifecycleTest {
 protected:
  RewardInput Award(const char* subject, std::optional<int64_t> member = std::nullopt) {
    return {.subject = subject,
            .member_id = member,
            .form = "merit_certificate",
            .level = "superior",
            .decision_no = "125-QĐ/ĐUK",
            .decided_on = "2025-12-20",
            .reason = "Hoàn thành xuất sắc nhiệm vụ năm 2025",
            .period_label = "năm 2025"};
  }
  int64_t Rows() { return Count("SELECT COUNT(*) FROM reward"); }
  int64_t Records(int64_t member) {
    return Count("SELECT COUNT(*) FROM member_record WHERE member_id = ? AND kind = 'reward'",
                 {member});
  }
};

TEST_F(RewardsTest, BadInputIsRefusedInVietnameseAndNothingIsWritten) {
  auto in = Award("collective");
  in.form = "huy_chuong_vang";
  auto bad = CreateReward(*env_, staff_a_, a1_.id, in);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(bad.error().detail.find("Hình thức"), std::string::npos);
  in = Award("individual");  // no member
  EXPECT_FALSE(CreateReward(*env_, staff_a_, a1_.id, in).ok());
  in = Award("collective");
  in.decided_on = "2025-02-30";
  EXPECT_FALSE(CreateReward(*env_, staff_a_, a1_.id, in).ok());
  in.decided_on = "2099-01-01";  // in the future
  EXPECT_FALSE(CreateReward(*env_, staff_a_, a1_.id, in).ok());
  const int64_t outsider = AddMember(b1_, "Người Ngoài");
  auto elsewhere = CreateReward(*env_, staff_a_, a1_.id, Award("individual", outsider));
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(elsewhere.error().detail.find("Người Ngoài"), std::string::npos);
  auto outside = CreateReward(*env_, staff_b_, a1_.id, Award("collective"));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Rows(), 0);
  EXPECT_EQ(Records(outsider), 0);
  EXPECT_EQ(Refusals("reward.create"), 1);
}

TEST_F(RewardsTest, AnIndividualAwardIsInTheMemberFileUntilVoided) {
  const int64_t m = AddMember(a1_, "Nguyễn Văn Thưởng");
  auto r = CreateReward(*env_, staff_a_, a_.id, Award("individual", m));
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->org_id, a1_.id);
  EXPECT_EQ(r->recipient, "Nguyễn Văn Thưởng");
  auto file = GetMember(*env_, staff_a_, m);
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->data.rewards.size(), 1u);
  EXPECT_EQ(file->data.rewards[0].title, "Bằng khen — Đảng ủy cấp trên cơ sở");
  EXPECT_NE(file->data.rewards[0].detail.find("125-QĐ/ĐUK ngày 20/12/2025"), std::string::npos);
  EXPECT_EQ(Audits("reward.create"), 1);
  // Another committee sees nothing of it; voiding needs a reason.
  EXPECT_EQ(GetReward(*env_, staff_b_, r->id).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(VoidReward(*env_, staff_b_, r->id, "Thử").error().kind, ErrorKind::kNotFound);
  EXPECT_FALSE(VoidReward(*env_, staff_a_, r->id, " ").ok());
  ASSERT_TRUE(VoidReward(*env_, staff_a_, r->id, "Ghi nhầm người").ok());
  EXPECT_EQ(Records(m), 0);
  EXPECT_EQ(GetReward(*env_, staff_a_, r->id).error().kind, ErrorKind::kNotFound);
}

TEST_F(RewardsTest, MovementsAndIndicatorsBySubject) {
  auto mv = CreateEmulation(
      *env_, staff_a_, a_.id,
      {"dan_van_kheo", "Mô hình \"Dân vận khéo\" cải cách hành chính", "2025-03-01", "", ""});
  ASSERT_TRUE(mv.ok()) << mv.error().detail;
  auto in = Award("collective");
  in.emulation_id = mv->id;
  ASSERT_TRUE(CreateReward(*env_, staff_a_, a1_.id, in).ok());
  ASSERT_TRUE(CreateReward(*env_, staff_a_, a2_.id, Award("collective")).ok());
  const int64_t m = AddMember(a2_, "Trần Thị Khen");
  ASSERT_TRUE(CreateReward(*env_, staff_a_, a2_.id, Award("individual", m)).ok());
  auto voiding = VoidEmulation(*env_, staff_a_, mv->id, "Thử");
  ASSERT_FALSE(voiding.ok());
  EXPECT_EQ(voiding.error().code, "emulation_has_rewards");
  auto list = ListRewards(*env_, staff_a_, a_.id, {.from = "2025-01-01", .to = "2025-12-31"});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->collectives, 2);
  EXPECT_EQ(list->individuals, 1);
  EXPECT_EQ(list->page.total, 3);
  auto codes = ResolveIndicators(
      "rewards.collective,rewards.individual,emulation.dan_van_kheo,"
      "rewards.form_merit_certificate");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, staff_a_,
                           {.org_id = a_.id,
                            .at = Date(2025, 12, 31),
                            .period = *report::ParsePeriod("2025"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 2);
  EXPECT_EQ(values->values[1].count, 1);
  EXPECT_EQ(values->values[2].count, 1);
  EXPECT_EQ(values->values[3].count, 3);
  // Staff of another committee count nothing here.
  EXPECT_FALSE(ListRewards(*env_, staff_b_, a_.id, {}).ok());
}

// Awards and movements are only ever added and voided: a report as recorded on a day counts
// those written by then and not yet voided then.
TEST_F(RewardsTest, FiguresAsRecordedBeforeAnAwardAndBeforeItsVoiding) {
  const std::string before = FormatTimestamp(clock_.Now());
  NextDay();
  auto r = CreateReward(*env_, staff_a_, a1_.id, Award("collective"));
  ASSERT_TRUE(r.ok()) << r.error().detail;
  ASSERT_TRUE(CreateEmulation(*env_, staff_a_, a_.id,
                              {"movement", "Thi đua chào mừng Đại hội", "2025-03-01", "", ""})
                  .ok());
  const std::string written = NextDay();
  NextDay();
  ASSERT_TRUE(VoidReward(*env_, staff_a_, r->id, "Ghi nhầm quyết định").ok());
  const char* codes = "rewards.collective,emulation.movement";
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2025, 12, 31), "2025"), (std::vector<int64_t>{0, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2025, 12, 31), "2025", written),
            (std::vector<int64_t>{1, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, Date(2025, 12, 31), "2025", before),
            (std::vector<int64_t>{0, 0}));
}

}  // namespace
}  // namespace dangbo::service
