// The one way a domain voids a record entered by mistake: the reason checked, the record found
// in the actor's scope, the write authorised on its organization, its effects undone, the row
// marked voided and the voiding audited with the record as it was, in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/clock.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "text/text.h"

namespace dangbo::service {

struct VoidSpec {
  Action action;             // the right needed on the record's organization
  std::string table;         // the row's table (columns voided_at, void_reason, updated_at)
  std::string audit_action;  // "reward.void"
  std::string entity;        // the audited entity, "reward"
  bool versioned = false;    // the table has a `version` column, bumped by the voiding
};

// Voids row `id` of `spec.table`: `load(tx)` finds it (std::optional<T>, T with an `org_id`)
// in the actor's scope, `missing()` is the "not found" answer, `undo(tx, record)` checks and
// undoes its effects (a refusal stops the voiding), `to_json(record)` is what the audit keeps.
template <typename T, typename Load, typename Missing, typename Undo, typename ToJson>
Status VoidRecord(const Env& env, const Actor& actor, int64_t id, const std::string& reason,
                  const VoidSpec& spec, Load load, Missing missing, Undo undo, ToJson to_json) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 2000, true);
  if (Status s = v.ToStatus(); !s) return s;
  int64_t org_id = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const std::optional<T> x = load(tx);
    if (!x) return missing();
    org_id = x->org_id;
  }
  AuditEntry audit{.action = spec.audit_action,
                   .entity = spec.entity,
                   .entity_id = std::to_string(id),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, spec.action, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::optional<T> x = load(tx);
  if (!x) return missing();
  if (Status s = undo(tx, *x); !s) return s;
  const std::string now = FormatTimestamp(env.clock.Now());
  tx.Exec("UPDATE " + spec.table + " SET voided_at = ?, void_reason = ?, updated_at = ?" +
              (spec.versioned ? ", version = version + 1" : "") + " WHERE id = ?",
          {now, text::Trim(reason), now, id});
  audit.before = to_json(*x);
  audit.after = {{"voided_at", now}, {"reason", text::Trim(reason)}};
  audit.detail = text::Trim(reason);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return Status::Ok();
}

}  // namespace dangbo::service
