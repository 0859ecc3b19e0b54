// Reading and writing simple tables (a header row and rows of text cells) as CSV and Excel
// (.xlsx) files: member import from party offices and export of any list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace dangbo::tableio {

// Input limits, shared by both readers. Larger files are refused with a Vietnamese error.
inline constexpr size_t kMaxInputBytes = 50u * 1024 * 1024;  // CSV size, or XLSX uncompressed
inline constexpr size_t kMaxRows = 1'000'000;                // data rows below the header

// Limits of one read; callers may set lower ones (the web import does).
struct ReadLimits {
  size_t max_bytes = kMaxInputBytes;  // size of the file as given
  size_t max_rows = kMaxRows;         // data rows below the header
};

// A table of text cells. Readers pad every row (and the header) to the same width.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Filled by the readers, ignored by the writers: the 1-based line (CSV) or sheet row (XLSX)
  // where the header and each row begin, for messages such as "Dòng 12: ngày sinh sai".
  size_t header_line = 0;
  std::vector<size_t> row_lines;
};

enum class Format { kCsv, kXlsx };

// Detects the format from the first bytes: a zip signature ("PK\x03\x04") means XLSX,
// anything else is treated as CSV.
Format DetectFormat(std::string_view bytes);

// Reading rules common to both formats:
//  - Rows whose cells are all empty are skipped anywhere in the file (row_lines keeps the
//    original positions), trailing empty cells are dropped, short rows are padded with "".
//  - Title rows above the header (e.g. "ĐẢNG BỘ KHỐI ...", "DANH SÁCH ĐẢNG VIÊN") are skipped:
//    the header is the first row, among the first 30, with at least half as many non-empty
//    cells as the fullest of those rows. In XLSX an autofilter row, when present, is the header.
//  - Cell text is returned as stored; nothing is trimmed.

// CSV per RFC 4180: UTF-8 with or without BOM (UTF-16 with BOM, as Excel's "Unicode Text"
// writes, is converted), separator ',' ';' or '\t' detected from the first line (an Excel
// "sep=;" first line is honoured), CRLF, LF or CR line ends, quoted fields with embedded
// separators, newlines and doubled quotes. Invalid UTF-8 gives an error naming the line.
// A data row with more non-empty cells than the header is an error (usually a wrong separator
// or a stray quote), so columns never shift silently.
Result<Table> ReadCsv(std::string_view bytes, const ReadLimits& limits = {});

// XLSX: the first visible worksheet in workbook order (the first worksheet if all are hidden).
// Shared strings (rich-text runs included, phonetic runs excluded), inline strings, numbers,
// booleans ("TRUE"/"FALSE"), cached formula results and error values are read; cells land in
// the column named by their reference even when cells are skipped.
// Numbers: integers print without ".0" (a 12-digit citizen ID stays 12 digits), fractions with
// up to 15 significant digits like Excel; a number styled as zero-padded ("000000000000") keeps
// its leading zeros. Numbers styled as dates become "YYYY-MM-DD" (1900 system with Excel's
// 1900 leap-year bug, or the 1904 system); date-time styles add " HH:MM:SS" when the time is not
// midnight; pure time styles give "HH:MM:SS".
// Files over limits.max_bytes (or kMaxInputBytes uncompressed), over limits.max_rows rows, or with
// zip entries compressed suspiciously well (zip bombs) are refused.
Result<Table> ReadXlsx(std::string_view bytes, const ReadLimits& limits = {});

// ReadXlsx or ReadCsv according to DetectFormat.
Result<Table> Read(std::string_view bytes, const ReadLimits& limits = {});

// Spreadsheet formula injection: a text cell that Excel would take for a formula — one that
// starts with '=', '@', a tab or a CR, or with '+' or '-' not followed by a plain number (so
// "-", "-5" and "+84 912 345 678" are left alone) — is written with a leading apostrophe, as
// OWASP recommends. The apostrophe is part of the written value: reading the file back returns
// it (e.g. "=1+1" comes back as "'=1+1"). Set neutralise_formulas = false for machine exchange.
struct CsvOptions {
  char separator = ',';  // ',' ';' or '\t'; anything else is treated as ','
  bool neutralise_formulas = true;
};

// CSV for Excel: UTF-8 with BOM (so Excel shows Vietnamese correctly), CRLF line ends, fields
// quoted when they contain a quote, a newline or any of ',' ';' '\t' (so that neither Excel in
// any locale nor ReadCsv splits them). Each row is padded with empty fields to the header width.
std::string WriteCsv(const Table& t, const CsvOptions& options = {});

// How WriteXlsx stores a column's cells. Cells that do not fit the kind are written as text,
// so nothing is lost.
enum class ColumnKind {
  kText,     // always text
  kInteger,  // "123" → a real number shown as 123; "00123" or over 15 digits stay text
  kDate,     // "YYYY-MM-DD" from 1900 on → a real Excel date shown dd/mm/yyyy
  kCount,    // like kInteger, shown with thousands grouped (2.700 in a Vietnamese Excel)
};

struct XlsxOptions {
  std::string sheet_name = "Danh sách";  // characters Excel forbids are replaced, max 31
  std::vector<std::string> title_lines;  // bold, centred rows above the table
  std::vector<ColumnKind> kinds;         // per column; missing entries mean kText
  bool neutralise_formulas = true;       // as for CSV (text cells are never formulas anyway)
  bool landscape = false;                // printed across the page (wide tables)
};

// An .xlsx file: optional title rows, then a blank row, then a bold header row with a light
// fill that is frozen, filtered (autofilter) and repeated on printed pages, then the rows.
// Column widths follow the content (approximate, capped). Text is always written as text,
// never as a formula.
Result<std::string> WriteXlsx(const Table& t, const XlsxOptions& options = {});
// A workbook of several sheets in order, each laid out as WriteXlsx lays out one (an import
// template: the columns with a sample row, then the code lists). REQUIRES: the tables outlive
// the call; distinct sheet names.
struct XlsxSheet {
  const Table* table;
  XlsxOptions options;
};
Result<std::string> WriteXlsxBook(const std::vector<XlsxSheet>& sheets);

// A zip archive of `entries` (name, content), in order, built in memory by libzip: the
// package of an Office Open XML document other than a workbook (report/docx.*). Entries
// are deflated; `store` leaves them uncompressed (tests build odd archives with it).
using ZipEntries = std::vector<std::pair<std::string, std::string>>;
Result<std::string> WriteZip(const ZipEntries& entries, bool store = false);

}  // namespace dangbo::tableio
