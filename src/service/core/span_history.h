// Tables that keep every version they had: the spans (member_span, org_span, migration 0008),
// the inspection and discipline cases and the dues tallies (0019). A row about to be changed
// or deleted is first copied to <table>_retired with the moment, and every row written
// carries recorded_at. Reports "as recorded on" a past moment read them.
#pragma once

#include <string>
#include <string_view>

#include "store/database.h"

namespace dangbo::service {

enum class SpanTable { kMember, kOrg };

// Copies the rows of `table` matching `where` (SQL over the table's columns, with `params`)
// to its retired table, retired at `now` (a FormatTimestamp string).
// REQUIRES: `table` keeps its versions (listed in span_history.cc); called in the
// transaction that then updates (setting recorded_at = now) or deletes exactly those rows.
void RetireVersions(store::Transaction& tx, std::string_view table, const std::string& where,
                    const store::Params& params, const std::string& now);

// Changes row `id` of a versioned table with an `id` column (a case): its current version
// retired, then "UPDATE <table> SET <set>, recorded_at = <now> WHERE id = <id>", `params`
// for the placeholders of `set`.
void UpdateVersion(store::Transaction& tx, std::string_view table, int64_t id,
                   const std::string& set, store::Params params, const std::string& now);

// RetireVersions for a span table.
void RetireSpans(store::Transaction& tx, SpanTable t, const std::string& where,
                 const store::Params& params, const std::string& now);

}  // namespace dangbo::service
