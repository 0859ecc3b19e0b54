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

}  // namespace
}  // namespace dangbo::rules
