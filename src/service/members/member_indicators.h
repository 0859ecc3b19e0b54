// The members' indicators in the report catalogue: the members of a subtree at a date by
// status (members.*), from the member index when it is ready, else from SQL.
#pragma once

#include <functional>
#include <string>

#include "base/date.h"
#include "store/database.h"

namespace dangbo::service {

// Calls `fn` for each member active on `at` in the subtree whose root had `path` then, with
// the columns "m.id, m.full_name, os.name (the unit then), ms.valid_from, ms.status" and
// then `more` (", m.sex, ..."), in name order (in no particular order when not
// `in_name_order`: counting needs no sort).
void EachActiveMemberAt(store::Transaction& tx, const std::string& path, const Date& at,
                        const std::string& more, const std::function<void(const store::Row&)>& fn,
                        bool in_name_order = true);

// REQUIRES: called once, by the catalogue's registration (service/report/catalogue.cc).
void RegisterMemberIndicators();

}  // namespace dangbo::service
