// Tests for tableio's XLSX writer and reader: round trips through libxlsxwriter, handcrafted
// workbooks built with libzip, and refusal of damaged, foreign and oversized files.
#include <gtest/gtest.h>
#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <utility>

#include "tableio/tableio.h"

namespace dangbo::tableio {
namespace {

using Rows = std::vector<std::vector<std::string>>;
using Files = std::vector<std::pair<std::string, std::string>>;

std::string ErrorOf(const Result<Table>& r) { return r.ok() ? "(no error)" : r.error().detail; }

// A zip archive built in memory; `store` leaves the entries uncompressed.
std::string MakeZip(const Files& files, bool store = false) {
  auto bytes = WriteZip(files, store);
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : std::string();
}

// One entry of a zip archive, or "" when missing.
std::string ZipEntry(const std::string& bytes, const char* name) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  zip_error_fini(&err);
  if (z == nullptr) return "";
  std::string out;
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) == 0) {
    zip_file_t* f = zip_fopen(z, name, 0);
    out.resize(st.size);
    zip_fread(f, out.data(), st.size);
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

constexpr const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/hidden.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";

// Styles: 0 General, 1 custom dd/mm/yyyy, 2 builtin 14, 3 zero-padded 12 digits, 4 builtin 22.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="000000000000"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>
</styleSheet>)";

// A workbook written by hand: 1904 date system, a hidden first sheet, inline strings only,
// namespace prefixes, skipped cells, cells without references, rich text and phonetic runs.
Files HandcraftedWorkbook(const std::string& sheet_xml) {
  const std::string workbook =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/>
<x:sheets><x:sheet name="Danh mục" sheetId="2" state="hidden" r:id="rId2"/><x:sheet name="Đảng viên" sheetId="1" r:id="rId1"/></x:sheets>
</x:workbook>)";
  const std::string hidden =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Danh mục ẩn</t></is></c></row></sheetData></worksheet>)";
  return {{"[Content_Types].xml", "<Types/>"},
          {"_rels/.rels", kRels},
          {"xl/workbook.xml", workbook},
          {"xl/_rels/workbook.xml.rels", kWorkbookRels},
          {"xl/styles.xml", kStyles},
          {"xl/worksheets/hidden.xml", hidden},
          {"xl/worksheets/sheet1.xml", sheet_xml}};
}

constexpr const char* kHandcraftedSheet =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Họ và tên</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Ngày vào Đảng</x:t></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>Số CCCD</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>Ghi chú</x:t></x:is></x:c><x:c r="E2" t="inlineStr"><x:is><x:t>Đã chuyển</x:t></x:is></x:c></x:row>
<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Nguyễn </x:t></x:r><x:r><x:t xml:space="preserve">Thị Lan</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:is></x:c><x:c r="B3" s="1"><x:v>31548</x:v></x:c><x:c r="C3" s="3"><x:v>1089012345</x:v></x:c><x:c r="E3" t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="5"><x:c t="inlineStr"><x:is><x:t>Trần Văn Bình</x:t></x:is></x:c><x:c s="2"><x:v>0</x:v></x:c><x:c><x:v>123456789012</x:v></x:c><x:c t="inlineStr"><x:is><x:t>dòng 1_x000D_
dòng 2</x:t></x:is></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
<x:row r="6"><x:c r="D6" t="str"><x:f>A6&amp;"!"</x:f><x:v>kết quả</x:v></x:c><x:c r="A6" t="e"><x:v>#N/A</x:v></x:c><x:c r="B6" s="4"><x:v>31548.5</x:v></x:c><x:c r="C6"><x:v>0.5</x:v></x:c></x:row>
</x:sheetData></x:worksheet>)";

TEST(XlsxReadTest, ReadsHandcraftedInlineStrings1904Workbook) {
  const std::string bytes = MakeZip(HandcraftedWorkbook(kHandcraftedSheet));
  EXPECT_EQ(DetectFormat(bytes), Format::kXlsx);
  const auto t = Read(bytes);
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"Họ và tên", "Ngày vào Đảng", "Số CCCD", "Ghi chú",
                                                 "Đã chuyển"}));
  EXPECT_EQ(t->header_line, 2u);
  EXPECT_EQ(t->rows,
            (Rows{{"Nguyễn Thị Lan", "1990-05-17", "001089012345", "", "TRUE"},
                  {"Trần Văn Bình", "1904-01-01", "123456789012", "dòng 1\r\ndòng 2", "FALSE"},
                  {"#N/A", "1990-05-17 12:00:00", "0.5", "kết quả", ""}}));
  EXPECT_EQ(t->row_lines, (std::vector<size_t>{3, 5, 6}));
}

TEST(XlsxReadTest, ReadsSharedStringsRichTextAnd1900Dates) {
  Files files = HandcraftedWorkbook(
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="2"><v>60</v></c><c r="C2" s="1"><v>27514</v></c></row>
<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="2"><v>45351</v></c><c r="C3"><v>12.0</v></c></row>
</sheetData><autoFilter ref="A1:C3"/></worksheet>)");
  files[2].second =
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  files.push_back({"xl/sharedStrings.xml",
                   R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><t>Đảng bộ</t></si><si><r><t>Chi </t></r><r><rPr><i/></rPr><t>bộ</t></r></si><si><t xml:space="preserve"> Khối  </t></si></sst>)"});
  files.push_back(
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)"});
  const auto t = ReadXlsx(MakeZip(files));
  ASSERT_TRUE(t.ok()) << ErrorOf(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"Đảng bộ", "", "Chi bộ"}));
  EXPECT_EQ(t->rows,
            (Rows{{" Khối  ", "1900-02-29", "1975-04-30"}, {"Đảng bộ", "2024-02-29", "12"}}));
}

Table MemberList(size_t n) {
  Table t;
  t.header = {"STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chi bộ", "Ghi chú"};
  const char* names[] = {"Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Đức Anh",
                         "Phạm Ngọc Ánh",   "Hoàng Thị Yến",   "Đặng Quốc Việt"};
  for (size_t i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "19%02zu-%02zu-%02zu", 50 + i % 50, 1 + i % 12, 1 + i % 28);
    std::string id = std::to_string(100000000000 + i * 7919);
    if (i % 3 == 0) id = "00" + id.substr(2);  // province codes start with 0
    t.rows.push_back({std::to_string(i + 1), names[i % 6], i % 10 == 4 ? "" : date, id,
                      "Chi bộ " + std::to_string(i % 7 + 1), i % 5 == 0 ? "Chuyển sinh hoạt" : ""});
  }
  return t;
}

XlsxOptions MemberOptions() {
  XlsxOptions o;
  o.title_lines = {"ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                   "DANH SÁCH ĐẢNG VIÊN"};
  o.kinds = {ColumnKind::kInteger, ColumnKind::kText, ColumnKind::kDate, ColumnKind::kInteger};
  return o;
}

TEST(XlsxRoundTripTest, KeepsHeaderTextDatesAndLongNumbers) {
  const Table t = MemberList(3);
  const auto bytes = WriteXlsx(t, MemberOptions());
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  EXPECT_EQ(DetectFormat(*bytes), Format::kXlsx);
  const auto back = ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->header_line, 5u);  // three titles, a blank row, then the header
  EXPECT_EQ(back->rows, t.rows);

  // Dates and integers are real numbers; strings are never formulas.
  const std::string sheet = ZipEntry(*bytes, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find(R"(<c r="C6" s=")"), std::string::npos);
  EXPECT_NE(sheet.find("<v>18264</v>"), std::string::npos);  // 1950-01-01 as a serial
  EXPECT_NE(sheet.find("<v>100000007919</v>"), std::string::npos);
  EXPECT_NE(sheet.find(R"(<autoFilter ref="A5:F8"/>)"), std::string::npos);
  EXPECT_NE(sheet.find(R"(state="frozen")"), std::string::npos);
  EXPECT_NE(sheet.find(R"(<mergeCell ref="A1:F1"/>)"), std::string::npos);
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);
  const std::string styles = ZipEntry(*bytes, "xl/styles.xml");
  EXPECT_NE(styles.find(R"(formatCode="dd/mm/yyyy")"), std::string::npos);
  EXPECT_NE(styles.find("<b/>"), std::string::npos);
  const std::string workbook = ZipEntry(*bytes, "xl/workbook.xml");
  EXPECT_NE(workbook.find(R"(<sheet name="Danh sách")"), std::string::npos);
}

TEST(XlsxRoundTripTest, SkippedCellsAndOddText) {
  Table t;
  t.header = {"A", "B", "C", "D"};
  t.rows = {{"", "", "chỉ C"},
            {"x"},
            {"", "", "", ""},
            {"tab\tvà\r\nxuống dòng", "_x0041_ giữ nguyên", "  cách  ", "😀"}};
  XlsxOptions o;
  o.kinds = {ColumnKind::kDate, ColumnKind::kInteger};
  t.rows.push_back({"1899-12-31", "007", "", "cuối"});  // kept as text: too early / leading 0
  const auto bytes = WriteXlsx(t, o);
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  const auto back = ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, (Rows{{"", "", "chỉ C", ""}, {"x", "", "", ""}, t.rows[3], t.rows[4]}));
  EXPECT_EQ(back->row_lines, (std::vector<size_t>{2, 3, 5, 6}));
}

TEST(XlsxRoundTripTest, CountsAreGroupedNumbersAndOtherCellsStayText) {
  Table t;
  t.header = {"Chỉ tiêu", "Số liệu"};
  t.rows = {{"Tổng số đảng viên", "4374"}, {"Tỷ lệ", "94,57%"}, {"Không có", "—"}};
  XlsxOptions o;
  o.kinds = {ColumnKind::kText, ColumnKind::kCount};
  const auto bytes = WriteXlsx(t, o);
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  const auto back = ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->rows, t.rows);
  EXPECT_NE(ZipEntry(*bytes, "xl/worksheets/sheet1.xml").find("<v>4374</v>"), std::string::npos);
  EXPECT_NE(ZipEntry(*bytes, "xl/styles.xml").find(R"(formatCode="#,##0")"), std::string::npos);
  EXPECT_EQ(ZipEntry(*bytes, "xl/worksheets/sheet1.xml").find("landscape"), std::string::npos);
  o.landscape = true;
  const auto wide = WriteXlsx(t, o);
  ASSERT_TRUE(wide.ok());
  EXPECT_NE(ZipEntry(*wide, "xl/worksheets/sheet1.xml").find(R"(orientation="landscape")"),
            std::string::npos);
}

TEST(XlsxRoundTripTest, ThousandRows) {
  const Table t = MemberList(1000);
  const auto bytes = WriteXlsx(t, MemberOptions());
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  const auto back = Read(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, t.rows);
  EXPECT_EQ(back->row_lines.back(), 1005u);
}

TEST(XlsxRoundTripTest, LargeListUsesInlineStrings) {
  const Table t = MemberList(40'000);  // beyond the constant-memory threshold
  const auto bytes = WriteXlsx(t, MemberOptions());
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  EXPECT_EQ(ZipEntry(*bytes, "xl/sharedStrings.xml"), "");
  const auto back = ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, t.rows);
}

TEST(XlsxRoundTripTest, NeutralisesFormulaInjection) {
  Table t;
  t.header = {"=Tiêu đề", "Ghi chú"};
  t.rows = {{"=HYPERLINK(\"http://x.vn\",\"bấm\")", "+SUM(A1)"}, {"-5", "@x"}};
  const auto bytes = WriteXlsx(t);
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  EXPECT_EQ(ZipEntry(*bytes, "xl/worksheets/sheet1.xml").find("<f>"), std::string::npos);
  const auto back = ReadXlsx(*bytes);
  ASSERT_TRUE(back.ok()) << ErrorOf(back);
  EXPECT_EQ(back->header[0], "'=Tiêu đề");
  EXPECT_EQ(back->rows,
            (Rows{{"'=HYPERLINK(\"http://x.vn\",\"bấm\")", "'+SUM(A1)"}, {"-5", "'@x"}}));

  XlsxOptions raw;
  raw.neutralise_formulas = false;
  const auto plain = WriteXlsx(t, raw);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(ZipEntry(*plain, "xl/worksheets/sheet1.xml").find("<f>"), std::string::npos);
  const auto exact = ReadXlsx(*plain);
  ASSERT_TRUE(exact.ok()) << ErrorOf(exact);
  EXPECT_EQ(exact->rows, t.rows);
}

TEST(XlsxWriteTest, SanitisesSheetNameAndRejectsBadText) {
  Table t;
  t.header = {"Tên"};
  XlsxOptions o;
  o.sheet_name = "Chi bộ [1]: Đảng viên/2024 rất dài quá mức cho phép";
  const auto bytes = WriteXlsx(t, o);
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  EXPECT_NE(ZipEntry(*bytes, "xl/workbook.xml").find(R"(name="Chi bộ -1-- Đảng viên-2024 rất ")"),
            std::string::npos);

  t.rows = {{"ok"}, {"Nguy\xE1\xBB"}};
  const auto bad = WriteXlsx(t);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().detail, "Ô A3 chứa văn bản không đúng mã UTF-8.");

  t.rows = {{std::string(40'000, 'a')}};
  const auto long_cell = WriteXlsx(t);
  ASSERT_FALSE(long_cell.ok());
  EXPECT_NE(long_cell.error().detail.find("Ô A2 quá dài"), std::string::npos);
}

TEST(XlsxReadTest, RefusesGarbageAndForeignFiles) {
  for (const std::string& junk :
       {std::string("PK\x03\x04 không phải zip"), std::string("xin chào"), std::string()}) {
    const auto t = ReadXlsx(junk);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(t.error().detail, "Tệp không phải là tệp Excel (.xlsx) hợp lệ.");
  }
  const auto truncated = Read(MakeZip(HandcraftedWorkbook(kHandcraftedSheet)).substr(0, 300));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().detail, "Tệp không phải là tệp Excel (.xlsx) hợp lệ.");

  const auto docx = Read(MakeZip({{"word/document.xml", "<w:document/>"}}));
  ASSERT_FALSE(docx.ok());
  EXPECT_EQ(docx.error().detail, "Tệp không phải là tệp Excel (.xlsx) hợp lệ.");

  const auto ods = Read(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                 {"content.xml", "<office:document-content/>"}}));
  ASSERT_FALSE(ods.ok());
  EXPECT_NE(ods.error().detail.find(".ods"), std::string::npos);

  const auto xls = ReadXlsx("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  ASSERT_FALSE(xls.ok());
  EXPECT_NE(xls.error().detail.find("(.xls)"), std::string::npos);
}

TEST(XlsxReadTest, RefusesDamagedParts) {
  auto t = ReadXlsx(MakeZip(HandcraftedWorkbook("<worksheet><sheetData><row>")));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("không phải XML hợp lệ"), std::string::npos) << t.error().detail;

  t = ReadXlsx(MakeZip(HandcraftedWorkbook(
      R"(<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData/></worksheet>)")));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("DTD"), std::string::npos) << t.error().detail;

  t = ReadXlsx(MakeZip(HandcraftedWorkbook(
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>)")));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("ô A1 trỏ tới chuỗi không tồn tại"), std::string::npos)
      << t.error().detail;

  t = ReadXlsx(MakeZip(HandcraftedWorkbook(
      R"(<worksheet><sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData></worksheet>)")));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("\"1A\""), std::string::npos) << t.error().detail;

  t = ReadXlsx(MakeZip(HandcraftedWorkbook("<worksheet><sheetData/></worksheet>")));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("không có dữ liệu"), std::string::npos) << t.error().detail;
}

TEST(XlsxReadTest, RefusesZipBombsAndOversizedFiles) {
  // 20 MB of zeros deflate about a thousandfold.
  auto t = ReadXlsx(MakeZip({{"xl/workbook.xml", std::string(20u << 20, '\0')}}));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("bom nén"), std::string::npos) << t.error().detail;

  // 51 stored entries of 1 MB each: more than 50 MB uncompressed in total.
  Files files;
  uint32_t seed = 12345;
  for (int i = 0; i < 51; ++i) {
    std::string noise(1u << 20, '\0');
    for (char& c : noise) {
      seed = seed * 1103515245u + 12345u;
      c = static_cast<char>(seed >> 24);
    }
    files.push_back({"xl/media/image" + std::to_string(i) + ".bin", std::move(noise)});
  }
  t = ReadXlsx(MakeZip(files, /*store=*/true));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("50 MB"), std::string::npos) << t.error().detail;
}

TEST(XlsxReadTest, RefusesMoreThanAMillionRows) {
  std::string sheet = R"(<worksheet><sheetData><row><c t="inlineStr"><is><t>Số</t></is></c></row>)";
  sheet.reserve(sheet.size() + 27 * (kMaxRows + 1) + 32);
  for (size_t i = 0; i <= kMaxRows; ++i) sheet += "<row><c><v>1</v></c></row>";
  sheet += "</sheetData></worksheet>";
  const auto t = ReadXlsx(MakeZip(HandcraftedWorkbook(sheet), /*store=*/true));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().detail.find("1.000.000"), std::string::npos) << t.error().detail;
}

}  // namespace
}  // namespace dangbo::tableio
