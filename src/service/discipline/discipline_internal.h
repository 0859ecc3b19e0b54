// Internal to discipline: the row reader (with the lapse computed for a date), the
// confidentiality check of one file, and the form rules shared by the decision and the appeal.
#pragma once

#include <optional>
#include <string>

#include "service/discipline/discipline.h"
#include "store/database.h"

namespace dangbo::service::discipline_internal {

// The columns of a case over `d` joined to `o` (subject unit), `h` (handling organization)
// and `m` (member); ends with the FROM clause.
extern const char* const kCaseSelect;
// A case from a kCaseSelect row, its status read for `today` (lapsed when due).
DisciplineCase CaseFromRow(store::Transaction& tx, const store::Row& r, const Date& today);
// The case `id` when the actor may open it (inside the scope, and — for a reader of only
// the cases its organization handles — decided by that organization); nullopt otherwise.
std::optional<DisciplineCase> LoadVisibleCase(store::Transaction& tx, const Actor& actor,
                                              int64_t id, const Date& today);
Error CaseNotFound(int64_t id);

// Why `form` cannot be given to the subject ("" when it can): organizations, probationary
// and official members each have their forms; cách chức needs a post (`has_post`).
std::string FormRefusal(const std::string& subject, const std::string& member_status,
                        rules::DisciplineForm form, bool has_post);

}  // namespace dangbo::service::discipline_internal
