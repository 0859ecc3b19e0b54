// The indicator registry: every figure a report can show is a registered row (code,
// Vietnamese label, shape, unit, breakdowns, and the source counts it sums), kept as data
// like a table of built-in functions. Evaluate() computes any set of them for a subtree,
// a date and a period, each source counted once.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "memindex/member_index.h"
#include "report/flow.h"
#include "report/period.h"
#include "report/stock.h"
#include "store/database.h"

namespace dangbo::report {

enum class Shape { kStock, kFlow };  // a count at a date | a count of facts in a period
const char* ShapeCode(Shape s);      // "stock" | "flow"

// What one evaluation counts: the subtree of `org_id`, stocks on `at`, flows in `period`.
struct Scope {
  store::Transaction* tx = nullptr;        // REQUIRES: set for every source reading SQL
  memindex::MemberIndex* index = nullptr;  // may be null: SQL answers
  int64_t org_id = 0;
  std::optional<OrgSpan> org_at;      // the organization on `at` (set when a stock is asked)
  std::optional<SubtreeUnits> units;  // its units on `at`, read once when the index counts
  Date at;
  Period period;
  // Counts already made for this scope by source name (a breakdown counts fact tables for
  // all its units in one query); a source found here is not counted again.
  const std::map<std::string, Counts>* precounted = nullptr;
};

// A source counts, for a scope, numbers under keys (e.g. member statuses, event kinds),
// and may list the people or organizations behind one key's count ("" = every key).
using Counter = std::function<Counts(Scope&)>;
using Lister = std::function<std::vector<ListEntry>(Scope&, const std::string& key)>;
struct Source {
  std::string name;
  Shape shape = Shape::kFlow;
  Counter count;
  Lister list;  // empty: its figures have no list (e.g. a target)
  // Optional: the counts of many disjoint units in one pass (fact tables have it). It may
  // also give the scope's own organization's counts, under scope.org_id, from that pass.
  std::function<std::map<int64_t, Counts>(Scope&, const std::vector<int64_t>& units)> by_unit;
};
// REQUIRES: a new name; called before the catalogue is read concurrently (at start).
void RegisterSource(Source s);

// A source made of one visitor that calls back (key, row) for each person or organization
// behind its counts, the row starting with ListEntry's columns: the count tallies the keys
// (`keys` always present, 0 when none), the list keeps one key's rows, with the row's
// column `detail_col` as the detail when it is not -1.
using RowCallback = std::function<void(const std::string& key, const store::Row& row)>;
using RowVisitor = std::function<void(Scope&, const RowCallback&)>;
Source VisitedSource(std::string name, Shape shape, const std::vector<std::string>& keys,
                     RowVisitor visit, int detail_col = -1);
// A flow source counting the facts of `t` (see flow.h): the registration a domain's
// dated-fact table needs, no SQL of its own.
void RegisterFactTable(FactTable t);

// One key of a source's counts ("" = the sum of every key).
struct Term {
  std::string source;
  std::string key;
};

struct Indicator {
  std::string code;   // "members.official", "flows.admitted"
  std::string label;  // Vietnamese
  Shape shape = Shape::kStock;
  std::string unit;                     // "đảng viên", "tổ chức", "lượt", "%"
  std::vector<std::string> breakdowns;  // allowed: "unit" (per direct child), "grassroots"
  std::vector<Term> terms;              // the value is their sum
  std::vector<Term> per;                // non-empty: the value is 100 × terms / per (a %)
  bool member_data = false;             // about members: readers need the member read right
  bool confidential = false;            // inspection, discipline: only readers of every case file
};
// An indicator summing the `keys` of one source ("" = every key), breakable by unit and by
// grassroots organization.
Indicator SumOf(std::string code, std::string label, Shape shape, std::string unit,
                const std::string& source, const std::vector<std::string>& keys, bool member_data);
// REQUIRES: a new code; every term names a registered source of the same shape; called
// before the catalogue is read concurrently (at start).
void Register(Indicator i);
// Every registered indicator, in registration order. The domains' registrations are made
// by the service layer (service/report/catalogue.h), which the application reads through.
const std::vector<Indicator>& Catalogue();
const Indicator* Find(std::string_view code);
// "a,b,c" to indicators; empty = the whole catalogue. Unknown codes fail (Vietnamese,
// field "codes").
Result<std::vector<const Indicator*>> ResolveCodes(std::string_view codes);

struct Value {
  const Indicator* indicator = nullptr;
  int64_t count = 0;              // counts
  std::optional<double> percent;  // percentages; nullopt when the base is 0
  bool is_percent() const { return !indicator->per.empty(); }
};
// The values of `indicators` for the scope, in the order asked. Fails with
// org_not_existing when a stock is asked for a date the organization did not exist on.
Result<std::vector<Value>> Evaluate(Scope& scope, const std::vector<const Indicator*>& indicators);

// For a breakdown: the counts of every source the indicators use that can count many
// units in one pass, by unit then source, for `scope`'s period (the units' own scopes then
// read them through Scope::precounted); under scope.org_id, those the sources gave for the
// scope itself.
std::map<int64_t, std::map<std::string, Counts>> CountByUnit(
    Scope& scope, const std::vector<const Indicator*>& indicators,
    const std::vector<int64_t>& units);

// Whether every term of `i` can be listed.
bool Listable(const Indicator& i);
// The people or organizations behind the value of `i` (its terms, not the base of a
// percentage), each term's list in turn. Fails as Evaluate does.
// REQUIRES: Listable(i).
Result<std::vector<ListEntry>> List(Scope& scope, const Indicator& i);

}  // namespace dangbo::report
