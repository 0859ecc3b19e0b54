// Tests for Vietnamese folding, collation and formats.
#include <gtest/gtest.h>

#include <algorithm>

#include "text/text.h"

namespace dangbo::text {
namespace {

TEST(FoldTest, DropsDiacriticsAndFoldsDStroke) {
  EXPECT_EQ(Fold("Nguyễn Văn An"), "nguyen van an");
  EXPECT_EQ(Fold("Đặng Thị Ánh"), "dang thi anh");
  EXPECT_EQ(Fold("ĐẢNG ỦY KHỐI"), "dang uy khoi");
  EXPECT_EQ(Fold("  Trần   Quốc\tToản "), "tran quoc toan");
  EXPECT_EQ(Fold("Ư ơ ư Ơ ă Â ê Ô"), "u o u o a a e o");
  EXPECT_EQ(Fold("Nguye\xCC\x82\xCC\x83n"), "nguyen");  // decomposed input
  EXPECT_EQ(Fold("Ê-đê"), "e-de");
  EXPECT_EQ(Fold(""), "");
}

TEST(FoldTest, WordsAndUtf8Validity) {
  EXPECT_EQ(FoldedWords("Lê  Thị Hồng"), (std::vector<std::string>{"le", "thi", "hong"}));
  EXPECT_TRUE(IsValidUtf8("Nguyễn"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xFF\xFE"));
}

TEST(UpperTest, VietnameseCapitals) {
  EXPECT_EQ(Upper("Đảng bộ Khối các cơ quan tỉnh"), "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
  EXPECT_EQ(Upper("đảng ủy xã ưng hòa"), "ĐẢNG ỦY XÃ ƯNG HÒA");
  EXPECT_EQ(Upper(""), "");
}

TEST(LowerFirstTest, OnlyTheFirstLetter) {
  EXPECT_EQ(LowerFirst("Đơn vị sự nghiệp"), "đơn vị sự nghiệp");
  EXPECT_EQ(LowerFirst("Ủy ban Kiểm tra"), "ủy ban Kiểm tra");
  EXPECT_EQ(LowerFirst("Dự bị"), "dự bị");
  EXPECT_EQ(LowerFirst(""), "");
}

TEST(NameTest, SplitsFamilyMiddleGiven) {
  const NameParts p = SplitName("Nguyễn Thị Minh Khai");
  EXPECT_EQ(p.family, "Nguyễn");
  EXPECT_EQ(p.middle, "Thị Minh");
  EXPECT_EQ(p.given, "Khai");
  EXPECT_EQ(SplitName("Hùng").given, "Hùng");
  EXPECT_EQ(SplitName("Hùng").family, "");
}

TEST(CollateTest, VietnameseAlphabetOrder) {
  // a < ă < â < b ... d < đ ... o < ô < ơ ... u < ư
  std::vector<std::string> words = {"ư", "đ", "ơ", "b", "â", "ô", "d", "ă", "a", "u", "o"};
  std::sort(words.begin(), words.end(), [](const std::string& x, const std::string& y) {
    return CollationKey(x) < CollationKey(y);
  });
  EXPECT_EQ(words,
            (std::vector<std::string>{"a", "ă", "â", "b", "d", "đ", "o", "ô", "ơ", "u", "ư"}));
}

TEST(CollateTest, OfficialListsSortByGivenNameFirst) {
  std::vector<std::string> names = {"Trần Văn Bình", "Nguyễn Văn An",  "Lê Thị Ánh",
                                    "Bùi An",        "Nguyễn Văn Đức", "Phạm Văn Dũng"};
  std::sort(names.begin(), names.end(), [](const std::string& x, const std::string& y) {
    return NameSortKey(x) < NameSortKey(y);
  });
  EXPECT_EQ(names, (std::vector<std::string>{"Bùi An", "Nguyễn Văn An", "Lê Thị Ánh",
                                             "Trần Văn Bình", "Phạm Văn Dũng", "Nguyễn Văn Đức"}));
  for (char c : NameSortKey("Nguyễn Văn An")) EXPECT_TRUE(std::isxdigit(c));
}

TEST(FormatTest, VietnameseNumbersAndDates) {
  EXPECT_EQ(FormatInt(2700), "2.700");
  EXPECT_EQ(FormatInt(5600000), "5.600.000");
  EXPECT_EQ(FormatInt(87), "87");
  EXPECT_EQ(FormatInt(-1234), "-1.234");
  EXPECT_EQ(FormatInt(0), "0");
  EXPECT_EQ(FormatPercent(94.5678), "94,57%");
  EXPECT_EQ(FormatPercent(72.5, 1), "72,5%");
  EXPECT_EQ(FormatPercent(1300.0, 0), "1.300%");
  // Two decimals at most, trailing zeros dropped, as official reports write them.
  EXPECT_EQ(FormatPercent(72.5), "72,5%");
  EXPECT_EQ(FormatPercent(100.0), "100%");
  EXPECT_EQ(FormatPercent(94.501), "94,5%");
  EXPECT_EQ(FormatPercent(99.999), "100%");
  EXPECT_EQ(FormatPercent(130.0), "130%");
  EXPECT_EQ(FormatPercent(0.0), "0%");
  EXPECT_EQ(FormatPercent(-0.001), "0%");
  EXPECT_EQ(FormatPercent(-3.1), "-3,1%");
  EXPECT_EQ(FormatPercent(12345.678), "12.345,68%");
  // Plain decimals as messages write them: "2.729 đảng viên trong 3,3 giây".
  EXPECT_EQ(FormatDecimal(3.34, 1), "3,3");
  EXPECT_EQ(FormatDecimal(2729.0, 1), "2.729");
  EXPECT_EQ(FormatDecimal(59.96, 1), "60");
  EXPECT_EQ(FormatDecimal(-0.01, 1), "0");
  EXPECT_EQ(FormatDate("2026-02-03"), "03/02/2026");
  EXPECT_EQ(FormatDate("hôm nay"), "hôm nay");
}

}  // namespace
}  // namespace dangbo::text
