// Internal to propaganda: the row readers of its three tables and the visibility of a
// record (propaganda.read in the actor's subtree; a missing and a hidden record answer alike).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "base/date.h"
#include "service/core/audit.h"
#include "service/propaganda/propaganda.h"
#include "store/database.h"

namespace dangbo::service::propaganda_internal {

// The three tables, as the writes name them.
enum class Table { kActivity, kModel, kCollaborator };
const char* TableName(Table t);
// "Không tìm thấy … có mã N." for the table.
Error NotFoundIn(Table t, int64_t id);
// The organization of record `id` of `t` when it is not voided, lies in the actor's subtree
// and the actor may read propaganda records; nullopt otherwise.
std::optional<int64_t> VisibleOrg(store::Transaction& tx, const Actor& actor, Table t, int64_t id);

std::optional<PropagandaActivity> LoadActivity(store::Transaction& tx, int64_t id);
std::optional<Directive05Model> LoadModel(store::Transaction& tx, int64_t id);
std::optional<Collaborator> LoadCollaborator(store::Transaction& tx, int64_t id);

// A value or NULL when empty / absent.
store::Value OrNull(const std::string& s);
store::Value OrNull(const std::optional<int64_t>& v);

// A past date (not after `today`, not before 1930), present when `required`.
void CheckDate(Validator& v, const std::string& iso, const std::string& field,
               const std::string& label, const Date& today, bool required);
// A count from `min` to 10.000.000, present when `required`.
void CheckCount(Validator& v, const std::optional<int64_t>& n, const std::string& field,
                const std::string& label, int64_t min, bool required);
// Opens a write on record `id` of `t`: propaganda.write on its organization (the audit's
// entity and organization are filled); not found when it is missing, voided or hidden.
Result<store::Transaction> BeginRecordWrite(const Env& env, const Actor& actor, Table t, int64_t id,
                                            AuditEntry& audit);
// Ends a write: `row` (as it now stands) as the audit's after, the audit row, the commit.
template <typename T, typename ToJson>
Result<T> FinishWrite(const Env& env, store::Transaction& tx, const Actor& actor, AuditEntry& audit,
                      const std::optional<T>& row, ToJson json) {
  audit.after = json(*row);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *row;
}
// Voids record `id` of `t` with a reason, audited as `action` with `before` as it was.
// Voids record `id` of table `t` through the shared VoidRecord (service/core/void_record.h);
// `before(tx)` is the record as the audit keeps it.
Status VoidPropagandaRecord(const Env& env, const Actor& actor, Table t, int64_t id,
                            const std::string& reason, const std::string& action,
                            const std::function<nlohmann::json(store::Transaction&)>& before);

}  // namespace dangbo::service::propaganda_internal
