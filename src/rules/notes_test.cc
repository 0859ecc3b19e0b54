// The rule notes are written from the numbers of the rule set in force: each key once, the
// sentences follow a changed regulation.
#include "rules/notes.h"

#include <gtest/gtest.h>

#include <set>

namespace dangbo::rules {
namespace {

const RuleNote& Find(const std::vector<RuleNote>& notes, const std::string& key) {
  for (const RuleNote& n : notes) {
    if (n.key == key) return n;
  }
  ADD_FAILURE() << "no note " << key;
  return notes.front();
}

TEST(RuleNotes, EachKeyOnceWithTextAndSource) {
  const auto notes = RuleNotes(RuleBook::Shipped().At(Date(2026, 6, 1)));
  std::set<std::string> keys;
  for (const RuleNote& n : notes) {
    EXPECT_TRUE(keys.insert(n.key).second) << n.key;
    EXPECT_FALSE(n.text.empty()) << n.key;
    EXPECT_FALSE(n.source.empty()) << n.key;
  }
  EXPECT_EQ(Find(notes, "admission_age").text,
            "Người vào Đảng phải đủ 18 tuổi và không quá 60 tuổi vào ngày chi bộ xét kết nạp.");
  EXPECT_EQ(Find(notes, "admission_age").source,
            "Điều 4 Điều lệ Đảng; Quy định 294-QĐ/TW (2025); Quy định 01-QĐ/TW (2026)");
  EXPECT_EQ(Find(notes, "badge").text,
            "Xét tặng Huy hiệu 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi Đảng, vào "
            "các đợt 3/2, 19/5, 2/9, 7/11.");
}

TEST(RuleNotes, FollowTheRuleSetOfTheDay) {
  const auto before = RuleNotes(RuleBook::Shipped().At(Date(2026, 2, 2)));
  const auto after = RuleNotes(RuleBook::Shipped().At(Date(2026, 2, 3)));
  EXPECT_EQ(Find(before, "dues").source, "Quy định 342-QĐ/TW (2010)");
  EXPECT_EQ(Find(after, "dues").source, "Quy định 01-QĐ/TW (2026)");
  EXPECT_NE(Find(RuleNotes(RuleBook::Shipped().At(Date(2024, 1, 1))), "rating").source,
            Find(after, "rating").source);
}

TEST(RuleNotes, DuesAndRatingsSayTheirNumbers) {
  const auto after = RuleNotes(RuleBook::Shipped().At(Date(2026, 2, 3)));
  EXPECT_EQ(Find(after, "dues").text,
            "Đảng viên hưởng lương đóng 1% tiền lương, đảng viên hưởng lương hưu đóng 0,5% lương "
            "hưu; học sinh, sinh viên 5.000 đồng một tháng; đảng viên từ 50 năm tuổi Đảng trở "
            "lên được miễn.");
  // 2024: four levels with the 20% cap; from 30/8/2025 the 100-point score.
  const std::string quota =
      Find(RuleNotes(RuleBook::Shipped().At(Date(2024, 6, 1))), "rating").text;
  EXPECT_NE(quota.find("không quá 20%"), std::string::npos) << quota;
  EXPECT_NE(Find(after, "rating").text.find("từ 90 điểm hoàn thành xuất sắc, từ 70"),
            std::string::npos);
}

}  // namespace
}  // namespace dangbo::rules
