// The Word renderer: the package's parts, well-formed XML with the text escaped, the
// official header and date line, Vietnamese figures in the grid, landscape when wide.
#include "report/docx.h"

#include <gtest/gtest.h>

#include <map>

#include "tableio/ooxml.h"

namespace dangbo::report {
namespace {

// Counts the elements of one part by local name; fails the test on malformed XML.
struct ElementCounter : tableio::internal::XmlHandler {
  std::map<std::string, int> count;
  std::string text;
  void Start(std::string_view name, const char**) override { ++count[std::string(name)]; }
  void End(std::string_view) override {}
  void Text(std::string_view t) override { text.append(t); }
};

ElementCounter Parse(const std::string& docx, const std::string& part) {
  ElementCounter c;
  auto archive = tableio::internal::Archive::Open(docx);
  EXPECT_TRUE(archive.ok());
  if (!archive.ok()) return c;
  const Status s = tableio::internal::ParseXml(*archive, part, c);
  EXPECT_TRUE(s.ok()) << part << ": " << (s.ok() ? "" : s.error().detail);
  return c;
}

struct Fixture {
  Indicator members{"t.members", "Tổng số đảng viên", Shape::kStock, "đảng viên"};
  Indicator pct{"t.percent", "Tỷ lệ kết nạp so với chỉ tiêu", Shape::kFlow, "%"};
  ReportDocument doc;

  explicit Fixture(size_t units) {
    pct.per = {{"s", "target"}};
    doc.superior = "Đảng bộ tỉnh Hà Nam";
    doc.issuer = "Đảng ủy Khối các cơ quan tỉnh";
    doc.number_line = "Số 12-BC/ĐUK";
    doc.place_date = PlaceAndDate("Hà Nội", *Date::Parse("2022-08-31"));
    doc.subtitle = "Số liệu công tác xây dựng Đảng 8 tháng đầu năm 2022";
    doc.paragraphs = {"Tính đến ngày 31/08/2022, Đảng bộ có 2.700 đảng viên.",
                      "Chữ <đặc biệt> & \"ngoặc\"\x01 vẫn đúng."};
    doc.table_caption = {"BIỂU SỐ LIỆU", "(Số lượng tại ngày 31/08/2022)"};
    doc.grid.indicators = {&members, &pct};
    doc.grid.columns.push_back({"Đảng bộ Khối", {Value{&members, 2700}, Value{&pct, 0, 94.5714}}});
    for (size_t i = 0; i < units; ++i) {
      doc.grid.columns.push_back(
          {"Chi bộ " + std::to_string(i + 1), {Value{&members, 12}, Value{&pct, 0, std::nullopt}}});
    }
    doc.signer_for = "T/M Ban Thường vụ";
    doc.signer_role = "Bí thư";
    doc.recipients = {"- Ban Tổ chức Tỉnh ủy,", "- Lưu Văn phòng."};
  }
};

TEST(Docx, PlaceAndDateWritesOfficialZeros) {
  EXPECT_EQ(PlaceAndDate("Hà Nội", *Date::Parse("2022-08-31")), "Hà Nội, ngày 31 tháng 8 năm 2022");
  EXPECT_EQ(PlaceAndDate("Hà Nam", *Date::Parse("2023-02-05")),
            "Hà Nam, ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(PlaceAndDate("Huế", *Date::Parse("2023-12-01")), "Huế, ngày 01 tháng 12 năm 2023");
}

TEST(Docx, PackageHeaderTitleNarrativeGridSignature) {
  Fixture f(1);
  const auto docx = ReportDocx(f.doc);
  ASSERT_TRUE(docx.ok()) << docx.error().detail;
  EXPECT_EQ(docx->substr(0, 4), "PK\x03\x04");
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"}) {
    Parse(*docx, part);
  }
  const ElementCounter styles = Parse(*docx, "word/styles.xml");
  EXPECT_EQ(styles.count.at("rFonts"), 1);

  const ElementCounter doc = Parse(*docx, "word/document.xml");
  const std::string& t = doc.text;
  for (const char* expected : {"ĐẢNG BỘ TỈNH HÀ NAM",
                               "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
                               "Số 12-BC/ĐUK",
                               "ĐẢNG CỘNG SẢN VIỆT NAM",
                               "Hà Nội, ngày 31 tháng 8 năm 2022",
                               "BÁO CÁO",
                               "Số liệu công tác xây dựng Đảng 8 tháng đầu năm 2022",
                               "Đảng bộ có 2.700 đảng viên.",
                               "Chữ <đặc biệt> & \"ngoặc\" vẫn đúng.",
                               "BIỂU SỐ LIỆU",
                               "STT",
                               "Chỉ tiêu",
                               "Đơn vị tính",
                               "Tổng số đảng viên",
                               "2.700",
                               "94,57%",
                               "—",
                               "Chi bộ 1",
                               "T/M BAN THƯỜNG VỤ",
                               "BÍ THƯ",
                               "Nơi nhận:",
                               "- Lưu Văn phòng."}) {
    EXPECT_NE(t.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(t.find('\x01'), std::string::npos);
  // Three tables: the header, the grid (a header row and two rows), the signature block.
  EXPECT_EQ(doc.count.at("tbl"), 3);
  EXPECT_EQ(doc.count.at("tblHeader"), 1);
  EXPECT_EQ(doc.count.at("pgSz"), 1);
  EXPECT_EQ(DocumentXml(f.doc).find("landscape"), std::string::npos);
}

TEST(Docx, WideGridTurnsThePage) {
  Fixture narrow(5), wide(6);  // six value columns fit a portrait page, seven do not
  EXPECT_FALSE(WantsLandscape(narrow.doc.grid));
  EXPECT_TRUE(WantsLandscape(wide.doc.grid));
  EXPECT_NE(DocumentXml(wide.doc).find(R"(w:orient="landscape")"), std::string::npos);
  const auto docx = ReportDocx(wide.doc);
  ASSERT_TRUE(docx.ok());
  EXPECT_NE(Parse(*docx, "word/document.xml").text.find("Chi bộ 6"), std::string::npos);
}

TEST(Docx, NoGridNoTable) {
  Fixture f(0);
  f.doc.grid.columns.clear();
  const auto docx = ReportDocx(f.doc);
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(Parse(*docx, "word/document.xml").count.at("tbl"), 2);
}

TEST(Docx, ListTableRepeatsItsHeaderAndKeepsEveryRow) {
  Fixture f(0);
  f.doc.grid.columns.clear();
  f.doc.list.header = {"STT", "Họ và tên", "Huy hiệu"};
  f.doc.list.rows = {{"1", "Nguyễn Văn An", "30 năm"}, {"2", "Trần Thị <Bình>", "40 năm"}};
  f.doc.list_weights = {1, 6, 2};
  f.doc.landscape = true;
  const std::string xml = DocumentXml(f.doc);
  EXPECT_NE(xml.find(R"(w:orient="landscape")"), std::string::npos);
  EXPECT_NE(xml.find("<w:tblHeader/>"), std::string::npos);
  const auto docx = ReportDocx(f.doc);
  ASSERT_TRUE(docx.ok());
  const ElementCounter c = Parse(*docx, "word/document.xml");
  EXPECT_EQ(c.count.at("tbl"), 3);  // header, list, signature
  EXPECT_EQ(c.count.at("tr"), 1 + 3 + 1);
  EXPECT_NE(c.text.find("Trần Thị <Bình>"), std::string::npos);
  EXPECT_NE(c.text.find("40 năm"), std::string::npos);
}

}  // namespace
}  // namespace dangbo::report

namespace dangbo::report {
namespace {

// A paragraph starting with '^' is a centred bold line between the others ("QUYẾT ĐỊNH:"),
// its marker not shown; the others stay justified.
TEST(Docx, CaretParagraphIsACentredBoldHeading) {
  ReportDocument d;
  d.superior = "Đảng bộ Khối";
  d.issuer = "Đảng ủy Sở Xây dựng";
  d.title = "QUYẾT ĐỊNH";
  d.paragraphs = {"- Căn cứ Điều lệ Đảng;", "^QUYẾT ĐỊNH:", "Điều 1. Kết nạp."};
  const std::string xml = DocumentXml(d);
  const size_t heading = xml.find("QUYẾT ĐỊNH:");
  ASSERT_NE(heading, std::string::npos);
  EXPECT_EQ(xml.find("^QUYẾT"), std::string::npos);
  const size_t para = xml.rfind("<w:p>", heading);
  const std::string p = xml.substr(para, heading - para);
  EXPECT_NE(p.find("<w:jc w:val=\"center\"/>"), std::string::npos) << p;
  EXPECT_NE(p.find("<w:b/>"), std::string::npos) << p;
  const size_t article = xml.find("Điều 1. Kết nạp.");
  const std::string q = xml.substr(xml.rfind("<w:p>", article), 400);
  EXPECT_NE(q.find("<w:jc w:val=\"both\"/>"), std::string::npos) << q;
}

}  // namespace
}  // namespace dangbo::report
