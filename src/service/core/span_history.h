// Tables that keep every version they had: the spans (member_span, org_span, migration 0008),
// the inspection and discipline cases and the dues tallies (0019), ratings and badges (0025),
// meetings and their attendance (0026), training classes and learners (0027), propaganda's
// activities, models and collaborators (0028), culture units and documents' implementation
// (0029). A row about to be changed or deleted is first copied to <table>_retired with the
// moment, and every row written carries recorded_at. Reports "as recorded on" a past moment
// read them (VersionedReading).
#pragma once

#include <string>
#include <string_view>

#include "report/as_recorded.h"
#include "store/database.h"

namespace dangbo::service {

enum class SpanTable { kMember, kOrg };

// How a versioned table reads as of a moment, for report::RegisterRecordedTable: its
// columns with recorded_at, its retired copy, its voided_at when it has one.
// REQUIRES: `table` keeps its versions (listed in span_history.cc).
report::RecordedTable VersionedReading(std::string_view table);

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
