// Internal: the SQL of each migration, one file per migration (schema_*.cc).
#pragma once

namespace dangbo::store::schema {

const char* Registry();   // 0002: organizations with history, host units, committees, members
const char* Lifecycle();  // 0003: holidays, candidates, admission targets, transfers
const char* ChangeLog();  // 0004: member_change, filled by triggers

}  // namespace dangbo::store::schema
