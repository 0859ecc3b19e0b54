// Span tables (member_span, org_span) keep every version they had (migration 0008): a row
// about to be changed or deleted is first copied to <table>_retired with the moment, and
// every row written carries recorded_at. Reports "as recorded on" a past moment read them.
#pragma once

#include <string>

#include "store/database.h"

namespace dangbo::service {

enum class SpanTable { kMember, kOrg };

// Copies the rows of `t` matching `where` (SQL over the table's columns, with `params`) to
// its retired table, retired at `now` (a FormatTimestamp string).
// REQUIRES: called in the transaction that then updates (setting recorded_at = now) or
// deletes exactly those rows.
void RetireSpans(store::Transaction& tx, SpanTable t, const std::string& where,
                 const store::Params& params, const std::string& now);

}  // namespace dangbo::service
