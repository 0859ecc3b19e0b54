// Tests for tableio's cell-level helpers: UTF-8, cell references, escapes, Excel number
// formats and serial dates, formula guard.
#include <gtest/gtest.h>

#include "tableio/internal.h"

namespace dangbo::tableio::internal {
namespace {

constexpr auto npos = std::string_view::npos;

TEST(Utf8Test, AcceptsVietnameseAndFindsBadSequences) {
  EXPECT_EQ(FindInvalidUtf8("Nguyễn Thị Thu Hương, Đảng bộ Khối"), npos);
  EXPECT_EQ(FindInvalidUtf8("😀 emoji"), npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\x80"), 2u);        // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("a\xED\xA0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("Vi\xE1\xBB"), 2u);        // truncated "ệ"
  EXPECT_EQ(FindInvalidUtf8("caf\xE9"), 3u);           // Latin-1 é
  EXPECT_EQ(CountCodePoints("Đảng"), 4u);
}

TEST(CellRefTest, NamesAndParsesColumns) {
  EXPECT_EQ(ColumnName(0), "A");
  EXPECT_EQ(ColumnName(25), "Z");
  EXPECT_EQ(ColumnName(26), "AA");
  EXPECT_EQ(ColumnName(16383), "XFD");
  size_t col = 0, row = 0;
  ASSERT_TRUE(ParseCellRef("C12", &col, &row));
  EXPECT_EQ(col, 2u);
  EXPECT_EQ(row, 12u);
  ASSERT_TRUE(ParseCellRef("xfd1048576", &col, &row));
  EXPECT_EQ(col, 16383u);
  EXPECT_EQ(row, 1048576u);
  ASSERT_TRUE(ParseCellRef("B", &col, &row));
  EXPECT_EQ(row, 0u);
  EXPECT_FALSE(ParseCellRef("12", &col, &row));
  EXPECT_FALSE(ParseCellRef("A1B", &col, &row));
  EXPECT_FALSE(ParseCellRef("XFE1", &col, &row));
}

TEST(EscapeTest, DecodesAndProtectsUnderscoreEscapes) {
  EXPECT_EQ(UnescapeOoxml("a_x000D_b"), "a\rb");
  EXPECT_EQ(UnescapeOoxml("_x005F_x0041_"), "_x0041_");
  EXPECT_EQ(UnescapeOoxml("_x00E0_"), "à");
  EXPECT_EQ(UnescapeOoxml("_xZZZZ_ and _x12"), "_xZZZZ_ and _x12");
  for (const std::string s : {"lit_x0041_x", "_x000D__x000D_", "plain", "x_x_"}) {
    EXPECT_EQ(UnescapeOoxml(ProtectOoxmlLiterals(s)), s);
  }
}

TEST(ValuesTest, IntegersAndDates) {
  EXPECT_TRUE(IsPlainInteger("0"));
  EXPECT_TRUE(IsPlainInteger("123456789012"));
  EXPECT_TRUE(IsPlainInteger("-42"));
  EXPECT_FALSE(IsPlainInteger("001089012345"));  // a CCCD with its province code's zero
  EXPECT_FALSE(IsPlainInteger("-0"));
  EXPECT_FALSE(IsPlainInteger("1234567890123456"));  // beyond Excel's 15 digits
  EXPECT_FALSE(IsPlainInteger("12.5"));
  EXPECT_FALSE(IsPlainInteger(""));
  ASSERT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_EQ(ParseIsoDate("1975-04-30")->month, 4);
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("30/04/1975"));
  EXPECT_FALSE(ParseIsoDate("2024-1-01"));
}

TEST(FormulaGuardTest, FlagsWhatExcelWouldEvaluate) {
  for (const char* s : {"=1+1", "@SUM(A1)", "+HYPERLINK(\"x\")", "-2+3", "\tx", "\r=x",
                        "- Đảng viên dự bị", "=cmd|' /C calc'!A0"}) {
    EXPECT_TRUE(NeedsFormulaGuard(s)) << s;
  }
  for (const char* s : {"", "-", "-5", "+84 912 345 678", "-1.234,5", "Nguyễn", "a=b"}) {
    EXPECT_FALSE(NeedsFormulaGuard(s)) << s;
  }
  EXPECT_EQ(GuardFormula("=1+1", true), "'=1+1");
  EXPECT_EQ(GuardFormula("=1+1", false), "=1+1");
}

TEST(NumberFormatTest, ClassifiesCodes) {
  EXPECT_EQ(ClassifyFormatCode("dd/mm/yyyy").kind, ValueKind::kDate);
  EXPECT_EQ(ClassifyFormatCode("[$-42A]dd/mm/yyyy").kind, ValueKind::kDate);
  EXPECT_EQ(ClassifyFormatCode("yyyy\\-mm\\-dd").kind, ValueKind::kDate);
  EXPECT_EQ(ClassifyFormatCode("mmm yyyy").kind, ValueKind::kDate);
  EXPECT_EQ(ClassifyFormatCode("mmmm").kind, ValueKind::kDate);
  EXPECT_EQ(ClassifyFormatCode("d/m/yyyy h:mm").kind, ValueKind::kDateTime);
  EXPECT_EQ(ClassifyFormatCode("h:mm AM/PM").kind, ValueKind::kTime);
  EXPECT_EQ(ClassifyFormatCode("mm:ss").kind, ValueKind::kTime);
  const NumberStyle elapsed = ClassifyFormatCode("[h]:mm");
  EXPECT_EQ(elapsed.kind, ValueKind::kTime);
  EXPECT_TRUE(elapsed.elapsed);
  EXPECT_EQ(ClassifyFormatCode("General").kind, ValueKind::kNumber);
  EXPECT_EQ(ClassifyFormatCode("0.00").kind, ValueKind::kNumber);
  EXPECT_EQ(ClassifyFormatCode("#,##0 \"đồng\"").kind, ValueKind::kNumber);  // 'd' is quoted
  EXPECT_EQ(ClassifyFormatCode("[Red]0.00;[Blue]-0.00").kind, ValueKind::kNumber);
  EXPECT_EQ(ClassifyFormatCode("0.00E+00").kind, ValueKind::kNumber);
  EXPECT_EQ(ClassifyFormatCode("000000000000").zero_pad, 12);
  EXPECT_EQ(BuiltinNumberStyle(14).kind, ValueKind::kDate);
  EXPECT_EQ(BuiltinNumberStyle(22).kind, ValueKind::kDateTime);
  EXPECT_EQ(BuiltinNumberStyle(20).kind, ValueKind::kTime);
  EXPECT_TRUE(BuiltinNumberStyle(46).elapsed);
  EXPECT_EQ(BuiltinNumberStyle(1).kind, ValueKind::kNumber);
  EXPECT_EQ(BuiltinNumberStyle(49).kind, ValueKind::kNumber);  // "@", text
}

TEST(NumberFormatTest, FormatsNumbersLikeExcel) {
  EXPECT_EQ(FormatNumber(12), "12");
  EXPECT_EQ(FormatNumber(12.0), "12");
  EXPECT_EQ(FormatNumber(0.5), "0.5");
  EXPECT_EQ(FormatNumber(-3.25), "-3.25");
  EXPECT_EQ(FormatNumber(0.1 + 0.2), "0.3");
  EXPECT_EQ(FormatNumber(123456789012.0), "123456789012");
  EXPECT_EQ(FormatNumber(1234567890123450.0), "1234567890123450");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(1e20), "1e+20");
  EXPECT_EQ(FormatNumber(1089012345, 12), "001089012345");
  EXPECT_EQ(FormatNumber(0, 3), "000");
}

TEST(NumberFormatTest, ConvertsSerialDates) {
  const NumberStyle date{ValueKind::kDate};
  EXPECT_EQ(FormatSerial(1, false, date), "1900-01-01");
  EXPECT_EQ(FormatSerial(59, false, date), "1900-02-28");
  EXPECT_EQ(FormatSerial(60, false, date), "1900-02-29");  // Excel's phantom day
  EXPECT_EQ(FormatSerial(61, false, date), "1900-03-01");
  EXPECT_EQ(FormatSerial(27514, false, date), "1975-04-30");
  EXPECT_EQ(FormatSerial(45351, false, date), "2024-02-29");
  EXPECT_EQ(FormatSerial(45351.75, false, date), "2024-02-29");  // time not shown
  EXPECT_EQ(FormatSerial(2958465, false, date), "9999-12-31");
  EXPECT_EQ(FormatSerial(0, true, date), "1904-01-01");
  EXPECT_EQ(FormatSerial(31548, true, date), "1990-05-17");
  EXPECT_EQ(FormatSerial(0, false, date), "0");  // not a date in the 1900 system
  EXPECT_EQ(FormatSerial(-5, false, date), "-5");

  const NumberStyle date_time{ValueKind::kDateTime};
  EXPECT_EQ(FormatSerial(45000, false, date_time), "2023-03-15");
  EXPECT_EQ(FormatSerial(45000.5, false, date_time), "2023-03-15 12:00:00");
  const NumberStyle time{ValueKind::kTime};
  EXPECT_EQ(FormatSerial(0.75, false, time), "18:00:00");
  EXPECT_EQ(FormatSerial(45000 + 1.0 / 24 + 1.0 / 1440 + 1.0 / 86400, false, time), "01:01:01");
  const NumberStyle elapsed{ValueKind::kTime, true};
  EXPECT_EQ(FormatSerial(1.5, false, elapsed), "36:00:00");
  EXPECT_EQ(FormatSerial(12, false, NumberStyle{}), "12");
}

}  // namespace
}  // namespace dangbo::tableio::internal
