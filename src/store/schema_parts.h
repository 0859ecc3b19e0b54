// Internal: the SQL of each migration, one file per migration (schema_*.cc).
#pragma once

#include <vector>

namespace dangbo::store::schema {

const char* Registry();   // 0002: organizations with history, host units, committees, members
const char* Lifecycle();  // 0003: holidays, candidates, admission targets, transfers
const char* ChangeLog();  // 0004: member_change, filled by triggers

// A coded column and the codes it accepts (space-separated), as migration 0005 fixed them.
struct CodedColumn {
  const char* table;
  const char* column;
  const char* codes;
};
const std::vector<CodedColumn>& CodedColumns();
const char* CodedColumnsSql();  // 0005: CHECK constraints (PostgreSQL) / triggers (SQLite)

}  // namespace dangbo::store::schema
