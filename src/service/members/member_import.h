// Importing member files from .xlsx/.csv (columns mapped by header, a preview with every
// row's errors in Vietnamese, then an all-or-nothing commit), and exporting any member
// list to .xlsx/.csv.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/members/members.h"
#include "tableio/tableio.h"

namespace dangbo::service {

// How large a file an import takes: the web (20 MB, 50.000 rows per file, stated on the
// import page) and the CLI (tableio's own limits). Larger files are refused (422).
struct ImportLimits {
  size_t max_bytes = tableio::kMaxInputBytes;
  size_t max_rows = tableio::kMaxRows;
};
inline constexpr size_t kWebImportMaxBytes = 20u * 1024 * 1024;
inline constexpr int kWebImportMaxRows = 50'000;
inline constexpr ImportLimits kWebImportLimits{kWebImportMaxBytes, kWebImportMaxRows};
inline constexpr int kPreviewMaxRows = 1'000;      // rows of one preview answer (a page)
inline constexpr size_t kMaxReportedErrors = 200;  // a refused commit lists at most these

struct ImportColumn {
  int index = 0;
  std::string header;
  std::string field;  // a MemberFields() name, "org" (the unit), or "" (ignored)
};

struct ImportRow {
  int row = 0;  // the line (CSV) or sheet row (XLSX) in the file
  MemberInput input;
  std::string org_text;  // the unit as written in the file
  std::vector<FieldError> errors;
};

struct ImportPreview {
  std::vector<ImportColumn> columns;
  std::vector<ImportRow> rows;
  int valid = 0;
  int invalid = 0;
};

// `default_org_id`: the unit for rows without a unit column (0: the column is required).
Result<ImportPreview> PreviewImport(const Env& env, const Actor& actor, const std::string& bytes,
                                    int64_t default_org_id, const ImportLimits& limits = {});

struct ImportResult {
  int64_t imported = 0;
  std::vector<int64_t> ids;
};
// Imports every row not in `exclude_rows`, or nothing: any remaining row with errors makes
// the whole import fail with those errors (fields "rows[<row>].<field>"; the first
// kMaxReportedErrors, the detail gives the total).
Result<ImportResult> CommitImport(const Env& env, const Actor& actor, const std::string& bytes,
                                  int64_t default_org_id, const std::set<int>& exclude_rows,
                                  const std::string& filename, const ImportLimits& limits = {});

enum class ExportFormat { kXlsx, kCsv };
// The list `query` selects (no paging), in list order, with the official header lines.
Result<std::string> ExportMembers(const Env& env, const Actor& actor, const MemberQuery& query,
                                  ExportFormat format);
// The template offices fill for an import: the accepted columns with a sample row; the
// workbook adds a sheet of the code lists (sex, ethnicities, religions, theory levels, …).
Result<std::string> ImportTemplate(ExportFormat format);

}  // namespace dangbo::service
