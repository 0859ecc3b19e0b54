// Online backup of a live SQLite database (PostgreSQL deployments use pg_dump instead).
#pragma once

#include <string>

#include "store/database.h"

namespace dangbo::store {

// Writes a consistent copy of `db` to `dest_path` while other threads keep reading and
// writing. The copy is built in a temporary file beside `dest_path` and renamed over it
// only when complete, so `dest_path` never holds a partial backup. Throws store::Error
// (kOther) if `db` is not an SQLite database, or on any I/O or SQLite failure.
void BackupSqlite(Database& db, const std::string& dest_path);

}  // namespace dangbo::store
