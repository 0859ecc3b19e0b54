// Importing member files from .xlsx/.csv (columns mapped by header, a preview with every
// row's errors in Vietnamese, then an all-or-nothing commit), and exporting any member
// list to .xlsx/.csv.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/actor.h"
#include "service/env.h"
#include "service/members.h"

namespace dangbo::service {

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
                                    int64_t default_org_id);

struct ImportResult {
  int64_t imported = 0;
  std::vector<int64_t> ids;
};
// Imports every row not in `exclude_rows`, or nothing: any remaining row with errors makes
// the whole import fail with those errors (fields "rows[<row>].<field>").
Result<ImportResult> CommitImport(const Env& env, const Actor& actor, const std::string& bytes,
                                  int64_t default_org_id, const std::set<int>& exclude_rows,
                                  const std::string& filename);

enum class ExportFormat { kXlsx, kCsv };
// The list `query` selects (no paging), in list order, with the official header lines.
Result<std::string> ExportMembers(const Env& env, const Actor& actor, const MemberQuery& query,
                                  ExportFormat format);

}  // namespace dangbo::service
