// The report as prose: Vietnamese sentences told from an answer's figures, and the answer
// as the party's official report in Word (report/docx.h) with them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/docx.h"
#include "service/core/env.h"
#include "service/report/indicators.h"

namespace dangbo::service {

// The subtree's figures (not the units') in sentences such as "Tính đến ngày 31/08/2022,
// Đảng bộ có 68 tổ chức cơ sở đảng với 4.374 đảng viên (4.210 đảng viên chính thức, 164
// đảng viên dự bị)." and "Trong 8 tháng đầu năm 2022, đã kết nạp 331 đảng viên mới, đạt
// 94,57% so với chỉ tiêu đề ra; …". A table of sentence templates drives it: a clause
// whose figures the answer lacks is left out, a zero drops its clause unless the template
// says what a zero means ("chưa kết nạp đảng viên mới"), a sentence left with no clause is
// not written.
std::vector<std::string> Narrative(const IndicatorAnswer& a);

// What a person may choose about the Word report.
struct DocxOptions {
  std::string number;  // "": blanks to fill by hand; "12" → "Số 12-BC/ĐUK"; or "12-BC/ĐUK"
  std::string place;   // "": Hà Nội
};
// At most 20 characters for the number (digits, letters, - / .) and 50 for the place
// (letters, spaces, . -); errors are Vietnamese, on the fields "number" and "place".
Status CheckDocxOptions(const DocxOptions& o);

// The answer as an official report: the header names `superior` (the parent's name; ""
// when the organization has none: its own) above the organization's committee, the title
// names the period, the narrative, the grid of IndicatorGrid, the signature block.
report::ReportDocument IndicatorDocument(const IndicatorAnswer& a, std::string_view superior,
                                         const DocxOptions& o);
// The same as a .docx file, the parent's name read as it is today.
// REQUIRES: CheckDocxOptions(o) passed.
Result<std::string> IndicatorDocx(const Env& env, const IndicatorAnswer& a, const DocxOptions& o);
// "bao-cao-<org id>-<at>.docx".
std::string IndicatorDocxFileName(const IndicatorAnswer& a);

// A list an office sends up (the badge proposals, …) as a Word document in the same layout:
// the header of `org`'s committee under its parent's name, dated `on`, "DANH SÁCH" and the
// subject, the numbered list, the signature block.
struct ListDocument {
  std::string subtitle;  // "Đảng viên đề nghị tặng Huy hiệu Đảng đợt 19/05/2026"
  tableio::Table list;
  std::vector<int> weights;  // column widths in proportion (report::ReportDocument)
  bool landscape = true;
};
Result<std::string> ListDocx(const Env& env, const Org& org, const Date& on, ListDocument l);

// Any other document of `org`'s committee in the same layout (a decision, a letter of
// introduction, a member's sheet): the header under its parent's name as it is today, the
// number line, dated `on`, the title, the paragraphs, an optional list, the signature block.
struct OfficialDocument {
  std::string symbol;  // the kind's letters of the number: "QĐ", "GGT", "DS"
  std::string number;  // "12" (the symbol is added), "12-QĐ/ĐU" (whole), "": blanks to fill
  std::string title;   // "QUYẾT ĐỊNH"
  std::string subtitle;
  std::vector<std::string> paragraphs;  // "^…": a centred bold line (report::ReportDocument)
  tableio::Table list;
  std::vector<int> weights;
  bool landscape = false;
  std::vector<std::string> recipients;  // none: the parent's committee and the office
};
Result<std::string> OfficialDocx(const Env& env, const Org& org, const Date& on,
                                 OfficialDocument d);

// "Đảng bộ Khối …" → "Đảng ủy Khối …", "Chi bộ …" unchanged: the committee that leads an
// organization, as documents name it.
std::string CommitteeName(std::string_view org_name);

}  // namespace dangbo::service
