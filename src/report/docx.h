// The report engine's Word renderer: a report in the party's official layout (Hướng dẫn
// 36-HD/VPTW) as a .docx file — the header table, the title, the narrative paragraphs, the
// grid of figures and the signature block — written as our own OOXML parts and zipped by
// tableio::WriteZip. Times New Roman, A4, landscape when the grid is wide.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "report/render.h"
#include "tableio/tableio.h"

namespace dangbo::report {

struct ReportDocument {
  // The header table, left: the higher committee and the issuing one (both written in
  // capitals, the second bold), a short line, then the number line ("Số 12-BC/ĐUK").
  std::string superior;
  std::string issuer;
  std::string number_line;
  // Right: "ĐẢNG CỘNG SẢN VIỆT NAM", then this line in italics (see PlaceAndDate).
  std::string place_date;
  // Centred, bold: "BÁO CÁO" and the subject line below it.
  std::string title = "BÁO CÁO";
  std::string subtitle;
  // The narrative, justified, first line indented; one starting with '^' is a centred bold
  // line (the '^' not shown), as "QUYẾT ĐỊNH:" between the grounds and the articles.
  std::vector<std::string> paragraphs;
  std::vector<std::string> table_caption;  // above the grid: a bold line, then italic ones
  Grid grid;                               // title_lines are not used; none: no table
  // A list instead of (or after) the grid: the header row repeated on every page, column
  // widths in proportion to `list_weights` (REQUIRES: one per header cell, or none: equal).
  tableio::Table list;
  std::vector<int> list_weights;
  bool landscape = false;  // also when the grid is narrow
  // The signature block, right: "T/M BAN THƯỜNG VỤ", the role, room to sign, the name
  // (empty: a dotted line to fill by hand); left: "Nơi nhận:" and the recipients.
  std::string signer_for;
  std::string signer_role;
  std::string signer_name;
  std::vector<std::string> recipients;
};

// "Hà Nội, ngày 05 tháng 02 năm 2022": days below 10 and the months January and February
// written with a leading zero, as the party's documents date themselves.
std::string PlaceAndDate(std::string_view place, const Date& d);

// Whether the grid is too wide for a portrait page (more than six value columns).
bool WantsLandscape(const Grid& g);

// The main part (word/document.xml) alone, and the whole package.
std::string DocumentXml(const ReportDocument& d);
Result<std::string> ReportDocx(const ReportDocument& d);

}  // namespace dangbo::report
