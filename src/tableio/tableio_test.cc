// Tests for tableio's CSV reader and writer, format detection and the common reading rules.
#include "tableio/tableio.h"

#include <gtest/gtest.h>

namespace dangbo::tableio {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Table Sample() {
  Table t;
  t.header = {"STT", "Họ và tên", "Ngày sinh", "Địa chỉ", "Ghi chú"};
  t.rows = {
      {"1", "Nguyễn Văn An", "1980-02-01", "Số 5, phố Tràng Tiền; Hoàn Kiếm",
       "Đảng viên \"dự bị\""},
      {"2", "Trần Thị Bích Ngọc", "", "Phường Bến Nghé\nQuận 1\r\nTP. Hồ Chí Minh", ""},
      {"3", "  Lê Hữu Đức  ", "1975-04-30", "", "tab\there"},
  };
  return t;
}

std::string ErrorOf(const Result<Table>& r) { return r.ok() ? "(no error)" : r.error().detail; }

TEST(DetectFormatTest, ZipMeansXlsx) {
  EXPECT_EQ(DetectFormat(std::string_view("PK\x03\x04rest", 8)), Format::kXlsx);
  EXPECT_EQ(DetectFormat("STT,Họ tên\n"), Format::kCsv);
  EXPECT_EQ(DetectFormat(""), Format::kCsv);
  EXPECT_EQ(DetectFormat("PK"), Format::kCsv);
}

TEST(CsvTest, RoundTripsVietnameseQuotesAndNewlines) {
  const Table t = Sample();
  const std::string csv = WriteCsv(t);
  EXPECT_TRUE(
      csv.starts_with("\xEF\xBB\xBF"
                      "STT,Họ và tên,Ngày sinh,Địa chỉ,Ghi chú\r\n"));
  EXPECT_NE(csv.find("\"Số 5, phố Tràng Tiền; Hoàn Kiếm\""), std::string::npos);
  EXPECT_NE(csv.find("\"Đảng viên \"\"dự bị\"\"\""), std::string::npos);
  const auto back = ReadCsv(csv);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, t.rows);
  EXPECT_EQ(back->header_line, 1u);
  // Row 2 holds a quoted field spanning three lines, so row 3 starts on line 6.
  EXPECT_EQ(back->row_lines, (std::vector<size_t>{2, 3, 6}));
}

TEST(CsvTest, RoundTripsWithSemicolonAndTab) {
  const Table t = Sample();
  for (const char sep : {';', '\t'}) {
    const std::string csv = WriteCsv(t, {.separator = sep});
    EXPECT_NE(csv.find(std::string("STT") + sep + "Họ và tên"), std::string::npos);
    const auto back = ReadCsv(csv);
    ASSERT_TRUE(back.ok()) << ErrorOf(back);
    EXPECT_EQ(back->header, t.header);
    EXPECT_EQ(back->rows, t.rows);
  }
}

TEST(CsvTest, ReadsVietnameseExcelSemicolonFile) {
  // As Excel in a Vietnamese locale saves it: ';' separators, commas inside unquoted fields.
  const auto t = ReadCsv(
      "Họ tên;Ngày sinh;Địa chỉ;Điểm\r\n"
      "Phạm Minh Chính;10/12/1958;Phường 1, Quận 3;8,5\r\n"
      "Võ Thị Ánh Xuân;08/01/1970;Long Xuyên, An Giang;9\r\n");
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"Họ tên", "Ngày sinh", "Địa chỉ", "Điểm"}));
  EXPECT_EQ(t->rows, (Rows{{"Phạm Minh Chính", "10/12/1958", "Phường 1, Quận 3", "8,5"},
                           {"Võ Thị Ánh Xuân", "08/01/1970", "Long Xuyên, An Giang", "9"}}));
}

TEST(CsvTest, HonoursBomLfSepLineAndPadsShortRows) {
  auto t = ReadCsv("\xEF\xBB\xBFMã,Tên,Chi bộ\n1,An\n2,Bình,Chi bộ 3\n\n\n");
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header[0], "Mã");  // BOM stripped
  EXPECT_EQ(t->rows, (Rows{{"1", "An", ""}, {"2", "Bình", "Chi bộ 3"}}));

  t = ReadCsv("sep=;\r\nA;B,C\r\n1;2,3\r\n");
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"A", "B,C"}));
  EXPECT_EQ(t->header_line, 2u);
  EXPECT_EQ(t->rows, (Rows{{"1", "2,3"}}));
  // Found by fuzz_tableio: a file that ends right after "sep=X" was read one byte past its
  // end. It has no header: an error, not a fault.
  EXPECT_FALSE(ReadCsv("sep=\f").ok());
  EXPECT_FALSE(ReadCsv("sep=;").ok());

  t = ReadCsv("Họ tên\nAn\nBình\r\n");  // one column, no separator at all
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->rows, (Rows{{"An"}, {"Bình"}}));

  t = ReadCsv("a,b\r\"x\r\ny\",z\rlast,1");  // old Mac CR line ends, no final newline
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->rows, (Rows{{"x\r\ny", "z"}, {"last", "1"}}));
  EXPECT_EQ(t->row_lines, (std::vector<size_t>{2, 4}));
}

TEST(CsvTest, SkipsEmptyRowsAndTitleRows) {
  const auto t = ReadCsv(
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN;;;\n"
      "DANH SÁCH ĐẢNG VIÊN;;;\n"
      ";;;\n"
      "STT;Họ tên;Ngày sinh;Chi bộ\n"
      "1;Nguyễn Văn A;1980-01-01;Chi bộ 1\n"
      ";;;\n"
      "2;Trần Thị B;;Chi bộ 2\n"
      ";;;\n"
      ";;;\n");
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"STT", "Họ tên", "Ngày sinh", "Chi bộ"}));
  EXPECT_EQ(t->header_line, 4u);
  EXPECT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->row_lines, (std::vector<size_t>{5, 7}));
}

TEST(CsvTest, ConvertsUtf16FromExcelUnicodeText) {
  const std::u16string text = u"Họ tên\tĐảng bộ\r\nNguyễn Ánh\tKhối 𝔸\r\n";
  std::string bytes = "\xFF\xFE";
  for (const char16_t u : text) {
    bytes += static_cast<char>(u & 0xFF);
    bytes += static_cast<char>(u >> 8);
  }
  const auto t = ReadCsv(bytes);
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"Họ tên", "Đảng bộ"}));
  EXPECT_EQ(t->rows, (Rows{{"Nguyễn Ánh", "Khối 𝔸"}}));
}

TEST(CsvTest, InvalidUtf8NamesTheLine) {
  auto t = ReadCsv("Họ tên,Quê quán\n\"Nguyễn\nVăn A\",Hà Nội\nTr\xE1\xBA,Hu\xEA\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(t.error().detail.find("Dòng 4 "), std::string::npos) << t.error().detail;
  EXPECT_NE(t.error().detail.find("UTF-8"), std::string::npos);
}

TEST(CsvTest, ReportsMalformedInput) {
  auto t = ReadCsv("a,b\n1,\"không đóng\n2,3\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("Dòng 2"), std::string::npos) << t.error().detail;

  t = ReadCsv("Họ tên,Ngày sinh\nAn,1980\nBình,Số 5, Hàng Bài,1990\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("Dòng 3 có 4 ô"), std::string::npos) << t.error().detail;

  t = ReadCsv("\xEF\xBB\xBF\r\n\r\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("không có dữ liệu"), std::string::npos) << t.error().detail;

  t = ReadCsv(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  ASSERT_FALSE(t.ok());

  t = ReadCsv(std::string("a,b\n1,\0\n", 8));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("không phải là tệp CSV"), std::string::npos);

  t = Read("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find(".xls"), std::string::npos) << t.error().detail;
}

TEST(CsvTest, EnforcesLimits) {
  const auto big = ReadCsv(std::string(kMaxInputBytes + 1, 'a'));
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.error().detail.find("50 MB"), std::string::npos);

  std::string rows = "Số\n";
  rows.reserve(2 * kMaxRows + 16);
  for (size_t i = 0; i <= kMaxRows; ++i) rows += "1\n";
  const auto many = ReadCsv(rows);
  ASSERT_FALSE(many.ok());
  EXPECT_NE(many.error().detail.find("1.000.000"), std::string::npos) << many.error().detail;
}

TEST(CsvTest, CallerLimitsAreLowerAndNamed) {
  const ReadLimits web{1024 * 1024, 3};
  const auto big = Read(std::string(1024 * 1024 + 1, 'a'), web);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, "file_too_large");
  EXPECT_NE(big.error().detail.find("1 MB"), std::string::npos) << big.error().detail;
  EXPECT_TRUE(Read("Số\n1\n2\n3\n", web).ok());
  const auto many = Read("Số\n1\n2\n3\n4\n", web);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().code, "file_too_many_rows");
  EXPECT_NE(many.error().detail.find("tối đa 3 dòng"), std::string::npos) << many.error().detail;
  // A file far over the row limit stops being read at the limit (well before its end).
  std::string rows = "Số\n";
  for (int i = 0; i < 100000; ++i) rows += "1\n";
  EXPECT_EQ(Read(rows, {kMaxInputBytes, 50'000}).error().code, "file_too_many_rows");
}

TEST(CsvTest, NeutralisesFormulaInjection) {
  Table t;
  t.header = {"Giá trị"};
  t.rows = {{"=HYPERLINK(\"http://x.vn\",\"bấm\")"},
            {"+SUM(A1:A2)"},
            {"@cmd"},
            {"-2+3"},
            {"\tx"},
            {"-5"},
            {"+84 912 345 678"},
            {"-"},
            {"Bình thường"}};
  const std::string csv = WriteCsv(t);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://x.vn\"\",\"\"bấm\"\")\""), std::string::npos);
  EXPECT_NE(csv.find("\r\n'+SUM(A1:A2)\r\n'@cmd\r\n'-2+3\r\n\"'\tx\"\r\n-5\r\n"), std::string::npos)
      << csv;
  const auto back = ReadCsv(csv);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->rows[0][0], "'=HYPERLINK(\"http://x.vn\",\"bấm\")");
  EXPECT_EQ(back->rows[5][0], "-5");
  EXPECT_EQ(back->rows[6][0], "+84 912 345 678");
  EXPECT_EQ(back->rows[7][0], "-");

  const auto raw = ReadCsv(WriteCsv(t, {.neutralise_formulas = false}));
  ASSERT_TRUE(raw.ok()) << ErrorOf(raw);
  EXPECT_EQ(raw->rows, t.rows);
}

TEST(CsvTest, WriterPadsRowsAndProtectsSepLookalike) {
  Table t;
  t.header = {"sep=x", "B", "C"};
  t.rows = {{"1"}, {}};
  const std::string csv = WriteCsv(t);
  EXPECT_EQ(csv, "\xEF\xBB\xBF\"sep=x\",B,C\r\n1,,\r\n,,\r\n");
  const auto back = ReadCsv(csv);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header[0], "sep=x");
  EXPECT_EQ(back->rows, (Rows{{"1", "", ""}}));  // the all-empty row is skipped
}

}  // namespace
}  // namespace dangbo::tableio
