// The flow engine: counts the rows of any dated-fact table in a period for a subtree, each
// fact placed in the tree as it was on its own date, so a past period's figures do not
// change when the tree is restructured later. Every dated-fact table keeps the standard
// columns (docs/ARCHITECTURE.md, "Report engine"); a new one is a FactTable registration.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "report/stock.h"
#include "store/database.h"

namespace dangbo::report {

// A dated-fact table (or a subquery with the same columns) as the flow engine reads it.
struct FactTable {
  std::string name;                // the source name indicators refer to, e.g. "member_event"
  std::string from;                // the table, or "(SELECT ...)" giving the standard columns
  std::string org_col = "org_id";  // the organization the fact belongs to
  std::string date_col;            // 'YYYY-MM-DD' it happened (took effect)
  std::string kind_col = "kind";   // what happened, a code
  std::string voided_col;          // non-NULL = voided, not counted; empty: never voided
  // Two-sided facts (a move from one unit to another): the unit it came from. Counted
  // relative to the subtree as "<kind>.internal" (both sides inside), "<kind>.in" and
  // "<kind>.out"; one-sided facts are counted under their kind.
  std::string from_org_col;
  // Facts that may end their organization on their date (dissolved, merged): when no span
  // of the organization is valid on that date, the span that ended on it places the fact.
  bool may_end_unit = false;
  // Non-empty: count the distinct values of this column (people), not the rows (times); a
  // list then shows each value once.
  std::string distinct_col;
  // Non-empty: each row stands for this many facts (a row summing many, e.g. a meeting's
  // marks by status), counted as the column's sum.
  std::string weight_col;
  // For listing the facts behind a figure (empty: not listed): the SELECT of a ListEntry's
  // columns (kind 'member'|'org', id, name, organization, date, detail) over `e` (the fact),
  // `o` (its unit's span on the fact's date) and `joins`.
  std::string list_select;
  std::string list_joins;
};

// One person or organization behind a figure.
struct ListEntry {
  std::string kind;  // "member" | "org"
  int64_t id = 0;
  std::string name;
  std::string org_name;  // the unit it belonged to on the date
  std::string date;      // ISO: when it happened, or since when it holds
  std::string detail;    // e.g. the decision number or the status
};
ListEntry ListEntryFromRow(const store::Row& r);

// Facts of `t` in [from, to] whose organization was, on the fact's date, inside the
// subtree `org_id` had on that date; by kind (see FactTable::from_org_col).
// REQUIRES: from <= to.
Counts CountFacts(store::Transaction& tx, const FactTable& t, int64_t org_id, const Date& from,
                  const Date& to);

// The breakdown units' spans over a period, found by path: which unit holds a unit (its
// path) on a day. One lookup per prefix of the path instead of a join of every fact with
// every unit.
class UnitHolders {
 public:
  // REQUIRES: `units` is not empty.
  UnitHolders(store::Transaction& tx, const std::vector<int64_t>& units, const Date& from,
              const Date& to);
  // The unit whose span on `day` (within the period) has a path that is a prefix of `path`
  // ("/1/7/" of "/1/7/12/"), as `path >= unit.path AND path < unit.path || '~'` says.
  std::optional<int64_t> Holder(const std::optional<std::string>& path,
                                const std::string& day) const;

 private:
  struct Span {
    int64_t id;
    std::string from, to;  // to "": open
  };
  std::unordered_map<std::string, std::vector<Span>> by_path_;
};

// CountFacts for many units at once, in one query: unit id → what CountFacts gives for that
// unit (units with no fact are absent; distinct counts included: the values are gathered per
// unit). Only facts inside the subtree of `root` on their date count, so the units' figures
// add up to the root's. REQUIRES: from <= to; the units' subtrees are disjoint on every date
// of the period (direct children of one organization, or grassroots organizations) and lie
// in the subtree of `root`; `units` is not empty.
std::map<int64_t, Counts> CountFactsByUnit(store::Transaction& tx, const FactTable& t, int64_t root,
                                           const std::vector<int64_t>& units, const Date& from,
                                           const Date& to);

// The facts behind CountFacts' count under `key` ("" = every key), by date.
// REQUIRES: from <= to; t.list_select is set.
std::vector<ListEntry> ListFacts(store::Transaction& tx, const FactTable& t, int64_t org_id,
                                 const Date& from, const Date& to, const std::string& key);

// The same selection as CountFacts for a one-sided table, for listing the rows: "SELECT
// <select> FROM <t> e JOIN org_span o (the fact's unit) ... <joins> WHERE ..." with the
// parameters org_id, from, to, then `kind` when `kind_filter`. `joins` may join on e.*.
std::string FactSelectSql(const FactTable& t, const std::string& select, const std::string& joins,
                          bool kind_filter);

}  // namespace dangbo::report
