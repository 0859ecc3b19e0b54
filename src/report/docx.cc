// ReportDocx: the OOXML parts of a report, built as text. Sizes are in twentieths of a
// point (twips) for lengths and in half points for fonts, as WordprocessingML counts them.
#include "report/docx.h"

#include <algorithm>

#include "tableio/tableio.h"
#include "text/text.h"

namespace dangbo::report {

namespace {

// A4 in twips, and the margins of official documents: 2 cm top and bottom, 3 cm left,
// 1.5 cm right (landscape: 2 cm on every side).
constexpr int kA4Short = 11906;
constexpr int kA4Long = 16838;
constexpr int kMarginTop = 1134;
constexpr int kMarginLeft = 1701;
constexpr int kMarginRight = 851;
constexpr int kMarginLandscape = 1134;
constexpr size_t kPortraitValueColumns = 6;

// Font sizes in half points.
constexpr int kBody = 28;       // 14 pt
constexpr int kHeader = 26;     // 13 pt: the header's committee lines
constexpr int kMotto = 30;      // 15 pt: "ĐẢNG CỘNG SẢN VIỆT NAM"
constexpr int kTable = 26;      // 13 pt
constexpr int kTableWide = 22;  // 11 pt, for a landscape grid
constexpr int kSmall = 24;      // 12 pt: "Nơi nhận:"
constexpr int kSmaller = 22;    // 11 pt: the recipients

constexpr const char* kXmlDecl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Text as XML character data: markup escaped, characters XML 1.0 forbids dropped.
std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        if (u < 0x20 && c != '\t') break;  // control characters, line breaks included
        out.push_back(c);
    }
  }
  return out;
}

struct Font {
  int size = kBody;
  bool bold = false;
  bool italic = false;
  bool underline = false;
};

std::string Run(std::string_view text, const Font& f) {
  std::string r = "<w:r><w:rPr>";
  if (f.bold) r += "<w:b/><w:bCs/>";
  if (f.italic) r += "<w:i/><w:iCs/>";
  if (f.underline) r += R"(<w:u w:val="single"/>)";
  r += "<w:sz w:val=\"" + std::to_string(f.size) + "\"/><w:szCs w:val=\"" + std::to_string(f.size) +
       "\"/></w:rPr><w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r>";
  return r;
}

enum class Align { kLeft, kCenter, kRight, kBoth };

struct Para {
  Align align = Align::kLeft;
  int before = 0;      // spacing above, twips
  int after = 0;       // spacing below, twips
  int first_line = 0;  // first-line indent, twips
  int line = 240;      // line spacing, 240ths of a line
  bool keep_next = false;
  int short_rule = 0;  // > 0: an empty paragraph drawn as a line this many twips from each side
};

const char* AlignName(Align a) {
  switch (a) {
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kBoth:
      return "both";
    case Align::kLeft:
      break;
  }
  return "left";
}

std::string Paragraph(const std::string& runs, const Para& p) {
  std::string x = "<w:p><w:pPr>";
  if (p.keep_next) x += "<w:keepNext/>";
  if (p.short_rule > 0) {
    x += R"(<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>)";
  }
  x += "<w:spacing w:before=\"" + std::to_string(p.before) + "\" w:after=\"" +
       std::to_string(p.after) + "\" w:line=\"" + std::to_string(p.line) +
       "\" w:lineRule=\"auto\"/>";
  if (p.short_rule > 0) {
    x += "<w:ind w:left=\"" + std::to_string(p.short_rule) + "\" w:right=\"" +
         std::to_string(p.short_rule) + "\"/>";
  } else if (p.first_line > 0) {
    x += "<w:ind w:firstLine=\"" + std::to_string(p.first_line) + "\"/>";
  }
  x += "<w:jc w:val=\"" + std::string(AlignName(p.align)) + "\"/>";
  if (p.short_rule > 0) x += R"(<w:rPr><w:sz w:val="8"/></w:rPr>)";
  return x + "</w:pPr>" + runs + "</w:p>";
}

std::string Line(std::string_view text, const Font& f, const Para& p) {
  return Paragraph(Run(text, f), p);
}

// Table properties: fixed column widths, with or without the grid's lines.
std::string TableStart(int width, bool borders, const std::vector<int>& columns) {
  std::string x = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(width) +
                  "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>";
  const std::string border =
      borders ? R"(w:val="single" w:sz="4" w:space="0" w:color="000000")" : R"(w:val="nil")";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    x += std::string("<w:") + side + " " + border + "/>";
  }
  x += R"(</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>)"
       R"(<w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>)"
       R"(<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>)";
  for (const int c : columns) x += "<w:gridCol w:w=\"" + std::to_string(c) + "\"/>";
  return x + "</w:tblGrid>";
}

// A grid cell is centred vertically; a cell of a borderless layout table starts at the top.
std::string Cell(int width, const std::string& paragraphs, bool shaded = false,
                 bool centred = true) {
  std::string x = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  if (shaded) x += R"(<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>)";
  x += centred ? R"(<w:vAlign w:val="center"/>)" : R"(<w:vAlign w:val="top"/>)";
  return x + "</w:tcPr>" + paragraphs + "</w:tc>";
}

// The page's text width.
int TextWidth(bool landscape) {
  return landscape ? kA4Long - 2 * kMarginLandscape : kA4Short - kMarginLeft - kMarginRight;
}

// Two borderless columns side by side: the header and the signature block.
std::string TwoColumns(int width, double left_share, const std::string& left,
                       const std::string& right) {
  const int l = static_cast<int>(width * left_share);
  const int r = width - l;
  return TableStart(width, false, {l, r}) + "<w:tr>" + Cell(l, left, false, false) +
         Cell(r, right, false, false) + "</w:tr></w:tbl>";
}

std::string Header(const ReportDocument& d, int width) {
  const Para centred{.align = Align::kCenter};
  std::string left = Line(text::Upper(d.superior), {.size = kHeader}, centred) +
                     Line(text::Upper(d.issuer), {.size = kHeader, .bold = true}, centred) +
                     Paragraph("", {.align = Align::kCenter, .line = 240, .short_rule = 1300}) +
                     Line(d.number_line, {.size = kHeader}, centred);
  std::string right =
      Line("ĐẢNG CỘNG SẢN VIỆT NAM", {.size = kMotto, .bold = true, .underline = true}, centred) +
      Line(d.place_date, {.size = kBody, .italic = true}, {.align = Align::kCenter, .before = 240});
  return TwoColumns(width, 0.45, left, right);
}

std::string Title(const ReportDocument& d) {
  std::string x = Line(d.title, {.size = kBody, .bold = true},
                       {.align = Align::kCenter, .before = 360, .keep_next = true});
  if (!d.subtitle.empty()) {
    x += Line(d.subtitle, {.size = kBody, .bold = true},
              {.align = Align::kCenter, .keep_next = true});
  }
  return x + Paragraph("", {.align = Align::kCenter, .after = 240, .short_rule = 3600});
}

std::string Narrative(const ReportDocument& d) {
  std::string x;
  for (const auto& p : d.paragraphs) {
    if (p.starts_with('^')) {  // a heading inside the text: "QUYẾT ĐỊNH:"
      x += Line(std::string_view(p).substr(1), {.size = kBody, .bold = true},
                {.align = Align::kCenter, .before = 120, .after = 120, .keep_next = true});
      continue;
    }
    x += Line(p, {.size = kBody},
              {.align = Align::kBoth, .after = 120, .first_line = 720, .line = 288});
  }
  return x;
}

// The grid: STT, Chỉ tiêu, Đơn vị tính and a column per organization, the header row
// repeated on every page; counts as "2.700", percentages as "94,57%".
std::string GridTable(const ReportDocument& d, int width, bool landscape) {
  const Grid& g = d.grid;
  if (g.columns.empty() || g.indicators.empty()) return "";
  std::string x;
  for (size_t i = 0; i < d.table_caption.size(); ++i) {
    x += Line(d.table_caption[i], {.size = kBody, .bold = i == 0, .italic = i > 0},
              {.align = Align::kCenter,
               .before = i == 0 ? 240 : 0,
               .after = i + 1 == d.table_caption.size() ? 120 : 0,
               .keep_next = true});
  }
  const int number_w = 800, unit_w = 1250, min_label_w = 3000;
  const int n = static_cast<int>(g.columns.size());
  int value_w = std::clamp((width - number_w - unit_w - min_label_w) / n, 400, 1800);
  const int label_w = std::max(min_label_w, width - number_w - unit_w - n * value_w);
  std::vector<int> widths = {number_w, label_w, unit_w};
  widths.resize(3 + g.columns.size(), value_w);
  int total = 0;
  for (const int w : widths) total += w;

  const int size = landscape ? kTableWide : kTable;
  const Para centre{.align = Align::kCenter};
  x += TableStart(total, true, widths);
  x += R"(<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>)";
  std::vector<std::string> head = {"STT", "Chỉ tiêu", "Đơn vị tính"};
  for (const auto& c : g.columns) head.push_back(c.name);
  for (size_t i = 0; i < head.size(); ++i) {
    x += Cell(widths[i], Line(head[i], {.size = size, .bold = true}, centre), true);
  }
  x += "</w:tr>";
  for (size_t r = 0; r < g.indicators.size(); ++r) {
    const Indicator& ind = *g.indicators[r];
    x += R"(<w:tr><w:trPr><w:cantSplit/></w:trPr>)";
    x += Cell(widths[0], Line(std::to_string(r + 1), {.size = size}, centre));
    x += Cell(widths[1], Line(ind.label, {.size = size}, {}));
    x += Cell(widths[2], Line(ind.unit, {.size = size}, centre));
    for (size_t c = 0; c < g.columns.size(); ++c) {
      x += Cell(widths[3 + c], Line(ShownValue(g.columns[c].values.at(r)), {.size = size},
                                    {.align = Align::kRight}));
    }
    x += "</w:tr>";
  }
  return x + "</w:tbl>";
}

// The list: a numbered table of people or organizations in the usual list form.
std::string ListTable(const ReportDocument& d, int width, bool landscape) {
  const tableio::Table& t = d.list;
  if (t.header.empty()) return "";
  std::vector<int> weights = d.list_weights;
  weights.resize(t.header.size(), weights.empty() ? 1 : 0);
  int sum = 0;
  for (const int w : weights) sum += std::max(w, 1);
  std::vector<int> widths;
  int total = 0;
  for (const int w : weights) total += widths.emplace_back(width * std::max(w, 1) / sum);
  const int size = landscape ? kTableWide : kTable;
  std::string x = TableStart(total, true, widths);
  x += R"(<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>)";
  for (size_t i = 0; i < t.header.size(); ++i) {
    x += Cell(widths[i], Line(t.header[i], {.size = size, .bold = true}, {.align = Align::kCenter}),
              true);
  }
  x += "</w:tr>";
  for (const auto& row : t.rows) {
    x += R"(<w:tr><w:trPr><w:cantSplit/></w:trPr>)";
    for (size_t i = 0; i < t.header.size(); ++i) {
      const std::string cell = i < row.size() ? row[i] : std::string();
      x += Cell(widths[i],
                Line(cell, {.size = size}, {.align = i == 0 ? Align::kCenter : Align::kLeft}));
    }
    x += "</w:tr>";
  }
  return x + "</w:tbl>";
}

std::string Signature(const ReportDocument& d, int width) {
  std::string left =
      Line("Nơi nhận:", {.size = kSmall, .bold = true, .italic = true}, {.before = 240});
  for (const auto& r : d.recipients) left += Line(r, {.size = kSmaller}, {});
  const Para centred{.align = Align::kCenter};
  std::string right = Line(text::Upper(d.signer_for), {.size = kBody, .bold = true},
                           {.align = Align::kCenter, .before = 240});
  if (!d.signer_role.empty()) {
    right += Line(text::Upper(d.signer_role), {.size = kBody, .bold = true}, centred);
  }
  for (int i = 0; i < 4; ++i) right += Paragraph("", centred);  // room to sign and stamp
  right += Line(d.signer_name.empty() ? "…………………………" : d.signer_name, {.size = kBody, .bold = true},
                centred);
  return TwoColumns(width, 0.45, left, right);
}

std::string SectionProperties(bool landscape) {
  const auto n = [](int v) { return "\"" + std::to_string(v) + "\""; };
  const int left = landscape ? kMarginLandscape : kMarginLeft;
  const int right = landscape ? kMarginLandscape : kMarginRight;
  const int top = landscape ? kMarginLandscape : kMarginTop;
  return "<w:sectPr><w:pgSz w:w=" + n(landscape ? kA4Long : kA4Short) +
         " w:h=" + n(landscape ? kA4Short : kA4Long) +
         (landscape ? R"( w:orient="landscape")" : "") + "/><w:pgMar w:top=" + n(top) +
         " w:right=" + n(right) + " w:bottom=" + n(top) + " w:left=" + n(left) +
         R"( w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>)";
}

std::string StylesXml() {
  return std::string(kXmlDecl) + "<w:styles xmlns:w=\"" + kW + "\">" +
         R"(<w:docDefaults><w:rPrDefault><w:rPr>)"
         R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" )"
         R"(w:eastAsia="Times New Roman" w:cs="Times New Roman"/>)"
         R"(<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" )"
         R"(w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
         R"(<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>)"
         R"(</w:pPr></w:pPrDefault></w:docDefaults>)"
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>)"
         R"(<w:qFormat/></w:style>)"
         R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal">)"
         R"(<w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>)"
         R"(<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>)"
         R"(<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>)"
         R"(</w:tblPr></w:style></w:styles>)";
}

constexpr const char* kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kDocumentRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

}  // namespace

std::string PlaceAndDate(std::string_view place, const Date& d) {
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  const std::string month = d.month() <= 2 ? two(d.month()) : std::to_string(d.month());
  return std::string(place) + ", ngày " + two(d.day()) + " tháng " + month + " năm " +
         std::to_string(d.year());
}

bool WantsLandscape(const Grid& g) { return g.columns.size() > kPortraitValueColumns; }

std::string DocumentXml(const ReportDocument& d) {
  const bool landscape = d.landscape || WantsLandscape(d.grid);
  const int width = TextWidth(landscape);
  return std::string(kXmlDecl) + "<w:document xmlns:w=\"" + kW + "\"><w:body>" + Header(d, width) +
         Title(d) + Narrative(d) + GridTable(d, width, landscape) + ListTable(d, width, landscape) +
         Signature(d, width) + Paragraph("", {}) + SectionProperties(landscape) +
         "</w:body></w:document>";  // Word wants a paragraph after the last table
}

Result<std::string> ReportDocx(const ReportDocument& d) {
  const std::string decl = kXmlDecl;
  return tableio::WriteZip({
      {"[Content_Types].xml", decl + kContentTypes},
      {"_rels/.rels", decl + kPackageRels},
      {"word/document.xml", DocumentXml(d)},
      {"word/_rels/document.xml.rels", decl + kDocumentRels},
      {"word/styles.xml", StylesXml()},
  });
}

}  // namespace dangbo::report
