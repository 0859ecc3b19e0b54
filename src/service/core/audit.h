// The audit trail: one row per write attempt, through any interface. Successful writes
// record their row inside the same transaction as the change; refusals record theirs
// in a transaction of their own after the change was rolled back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

struct AuditEntry {
  std::string action;     // dotted verb, e.g. "user.create", "auth.login"
  std::string entity;     // table-like noun, e.g. "user", "org"
  std::string entity_id;  // may be empty before the entity exists
  std::optional<int64_t> org_id;
  nlohmann::json before;  // null when there was nothing before
  nlohmann::json after;   // null when nothing is left after
  std::string detail;     // free Vietnamese text (refusal reason, ...)
};

// Writes an 'ok' row in `tx`.
void RecordAudit(store::Transaction& tx, const Actor& actor, const AuditEntry& entry,
                 TimePoint now);
// Writes a 'refused' row in its own transaction; `why` becomes the detail.
// Must not be called while the caller still holds a write transaction (SQLite has one writer).
void RecordRefusal(store::Database& db, const Actor& actor, AuditEntry entry, const Error& why,
                   TimePoint now);

struct AuditFilter {
  std::string actor;  // username or display name, substring
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string outcome;  // "ok" / "refused" / ""
  std::string from;     // inclusive, "YYYY-MM-DD" or a timestamp
  std::string to;       // inclusive date or timestamp
  int page = 1;
  int page_size = 50;
};

struct AuditRow {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> actor_id;
  std::string actor_name;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::optional<int64_t> org_id;
  std::string outcome;
  nlohmann::json before;
  nlohmann::json after;
  std::string detail;
  std::string client_addr;
  std::string via;
};

using AuditPage = Page<AuditRow>;

// Admins see rows of their subtree (and rows with no organization, if their scope is the
// whole tree), newest first.
Result<AuditPage> ListAudit(const Env& env, const Actor& actor, const AuditFilter& filter);

}  // namespace dangbo::service
