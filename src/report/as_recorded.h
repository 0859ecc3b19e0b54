// Reports "as recorded on" a past moment (báo cáo như đã lập ngày X): each table that keeps
// its recording history registers how it reads as of a moment, and a read transaction with
// the view set sees every such table as it stood then — facts recorded later absent, facts
// voided later not yet voided, span versions replaced later back in place — so the whole
// report engine reproduces what an office sent up without a line of its own.
#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/date.h"
#include "base/result.h"
#include "store/database.h"

namespace dangbo::report {

struct RecordedTable {
  std::string name;     // the table as statements name it
  std::string columns;  // every column statements read, except `voided_col`
  // The table of replaced versions (same columns, plus retired_at); "" when rows are
  // never replaced (append-only facts).
  std::string retired;
  // Non-empty: the column marking a fact voided; voided after the moment reads as NULL.
  std::string voided_col;
  // When each row was written; NULL: before recording history was kept (migration 0008),
  // read as known at every moment. A table whose rows are only ever added and voided
  // (never edited) may name its creation time here.
  std::string recorded_col = "recorded_at";
};
// REQUIRES: a new name; called before reports are read concurrently (at start).
void RegisterRecordedTable(RecordedTable t);

// `sql` with each registered table read after FROM, JOIN or a comma replaced by its
// reading as of `moment` (aliases kept; an unaliased table keeps its name as alias).
// Statements that write (INSERT INTO, UPDATE) are not rewritten.
// REQUIRES: `moment` is a timestamp 'YYYY-MM-DDTHH:MM:SS.mmmZ' (IsMoment).
std::string AsRecordedSql(std::string_view sql, const std::string& moment);
bool IsMoment(std::string_view s);

// Makes `tx` read every registered table as recorded at `moment`.
// REQUIRES: `tx` is a read transaction; IsMoment(moment).
void ReadAsRecorded(store::Transaction& tx, const std::string& moment);

// The `recorded` parameter of a report: "" (the data as it is), a day 'YYYY-MM-DD' (as
// recorded by the end of it, in Vietnam) or a moment. Refused (Vietnamese, on the field
// "recorded") when malformed or after `now`.
Result<std::string> ParseRecordedParam(std::string_view value, TimePoint now);

// The last moment of a civil day in Vietnam (UTC+7), e.g. 30/06/2025 → 2025-06-30T16:59:59.999Z.
std::string EndOfDayMoment(const Date& day);

}  // namespace dangbo::report
