// `dangbo verify`: recomputes what the projections (member status, unit and path; the org
// tree) must be from the history rows and the events, and lists every difference.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace dangbo::service {

// One kind of check and what it found. `problems` holds at most the report's limit of
// lines (Vietnamese, one per row found); `found` counts them all.
struct VerifyCheck {
  std::string code;   // stable, e.g. "member_status"
  std::string title;  // Vietnamese, e.g. "Trạng thái đảng viên khác quá trình sinh hoạt"
  int64_t found = 0;
  std::vector<std::string> problems;
};

struct VerifyReport {
  std::string engine;                  // "sqlite" / "postgresql"
  std::vector<std::string> integrity;  // SQLite integrity_check / foreign_key_check lines
                                       // other than "ok"; empty when clean or PostgreSQL
  bool integrity_checked = false;      // false on PostgreSQL (no such pragma)
  std::vector<VerifyCheck> checks;     // every check run, in order
  int64_t members = 0;
  int64_t orgs = 0;

  int64_t Differences() const;  // rows found by all checks + integrity lines
  bool Clean() const { return Differences() == 0; }
};

// Reads the whole registry in one read transaction; never writes. `limit` bounds the lines
// kept per check. Faults (store::Error) propagate.
VerifyReport VerifyDatabase(store::Database& db, int64_t limit = 50);

// The report as the CLI prints it: "không có sai lệch" when clean, else the differences.
std::string FormatVerifyReport(const VerifyReport& r);

}  // namespace dangbo::service
