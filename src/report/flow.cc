// The generic flow engine: one SQL shape for every dated-fact table.
#include "report/flow.h"

#include <optional>
#include <set>
#include <unordered_map>

namespace dangbo::report {

namespace {

// `alias`'s span valid on the fact's date `d` (for facts that may end their unit: or the
// span that ended on it when none begins then).
std::string SpanOn(const std::string& alias, const std::string& d, bool may_end_unit) {
  std::string valid = alias + ".valid_from <= " + d + " AND (" + alias + ".valid_to IS NULL OR " +
                      alias + ".valid_to > " + d;
  if (may_end_unit) {
    valid += " OR (" + alias + ".valid_to = " + d +
             " AND NOT EXISTS (SELECT 1 FROM org_span n WHERE n.org_id = " + alias +
             ".org_id AND n.valid_from = " + d + "))";
  }
  return valid + ")";
}

std::string Inside(const std::string& alias) {
  return alias + ".path >= x.path AND " + alias + ".path < x.path || '~'";
}

// FROM and WHERE shared by every query: the facts of the period, their units (joined by
// `units`), `x` the subtree's root as it was on each fact's date, then `extra` joins.
std::string FromWhere(const FactTable& t, const std::string& units, const std::string& extra) {
  const std::string d = "e." + t.date_col;
  std::string sql = " FROM " + t.from + " e" + units + " JOIN org_span x ON x.org_id = ? AND " +
                    SpanOn("x", d, false) + extra + " WHERE " + d + " >= ? AND " + d + " <= ?";
  if (!t.voided_col.empty()) sql += " AND e." + t.voided_col + " IS NULL";
  return sql;
}

// The same selection for a one-sided table, found from the subtree's units: `x` the root's
// spans, `o` every unit span inside one of them, `e` each unit's facts of the period by its
// (org, date) index, then `extra` joins. A district reads its own facts, not the country's.
// SQLite keeps this order (CROSS JOIN), whatever its statistics say; PostgreSQL plans it.
// Parameters: the root, from, to. REQUIRES: `t.from` is a table or a simple subquery (no
// UNION: SQLite would materialise it whole), its base table indexed by (org, date).
std::string DrivenFromWhere(const FactTable& t, const std::string& extra) {
  const std::string d = "e." + t.date_col;
  std::string sql = " FROM org_span x CROSS JOIN org_span o CROSS JOIN " + t.from + " e" + extra +
                    " WHERE x.org_id = ? AND " + d + " >= ? AND " + d + " <= ? AND " + Inside("o") +
                    " AND o.org_id = e." + t.org_col + " AND " + SpanOn("x", d, false) + " AND " +
                    SpanOn("o", d, t.may_end_unit);
  if (!t.voided_col.empty()) sql += " AND e." + t.voided_col + " IS NULL";
  return sql;
}

std::string UnitJoin(const FactTable& t, const std::string& alias, const std::string& col,
                     const char* join) {
  return std::string(" ") + join + " org_span " + alias + " ON " + alias + ".org_id = e." + col +
         " AND " + SpanOn(alias, "e." + t.date_col, t.may_end_unit);
}

// What a count of facts sums: rows, distinct values, or a weight column.
std::string CountOf(const FactTable& t, bool distinct) {
  if (!t.weight_col.empty()) return "CAST(SUM(e." + t.weight_col + ") AS BIGINT)";
  return distinct && !t.distinct_col.empty() ? "COUNT(DISTINCT e." + t.distinct_col + ")"
                                             : "COUNT(*)";
}

}  // namespace

std::string FactSelectSql(const FactTable& t, const std::string& select, const std::string& joins,
                          bool kind_filter) {
  return "SELECT " + select + DrivenFromWhere(t, joins) +
         (kind_filter ? " AND e." + t.kind_col + " = ?" : "");
}

UnitHolders::UnitHolders(store::Transaction& tx, const std::vector<int64_t>& units,
                         const Date& from, const Date& to) {
  std::string ids;
  for (int64_t id : units) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  tx.Each("SELECT org_id, path, valid_from, valid_to FROM org_span WHERE org_id IN (" + ids +
              ") AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
          {to.Iso(), from.Iso()}, [this](const store::Row& r) {
            by_path_[r.Text(1)].push_back({r.Int(0), r.Text(2), r.OptText(3).value_or("")});
          });
}

std::optional<int64_t> UnitHolders::Holder(const std::optional<std::string>& path,
                                           const std::string& day) const {
  if (!path) return std::nullopt;
  for (size_t end = path->find('/', 1); end != std::string::npos; end = path->find('/', end + 1)) {
    const auto it = by_path_.find(path->substr(0, end + 1));
    if (it == by_path_.end()) continue;
    for (const Span& s : it->second) {
      if (s.from <= day && (s.to.empty() || s.to > day)) return s.id;
    }
  }
  return std::nullopt;
}

std::map<int64_t, Counts> CountFactsByUnit(store::Transaction& tx, const FactTable& t, int64_t root,
                                           const std::vector<int64_t>& units, const Date& from,
                                           const Date& to) {
  const UnitHolders holders(tx, units, from, to);
  const std::string d = "e." + t.date_col, kind = "e." + t.kind_col;
  const bool two_sided = !t.from_org_col.empty(), distinct = !t.distinct_col.empty();
  // The facts grouped by their units' paths and their day (a distinct count: one row per
  // distinct value as well), few rows, each given to its breakdown unit here.
  const std::string select =
      std::string("SELECT o.path, ") + (two_sided ? "f.path" : "NULL") + ", " + d + ", " + kind +
      ", " + (distinct ? "e." + t.distinct_col + ", 1" : "NULL, " + CountOf(t, false));
  const std::string group = " GROUP BY o.path, " + std::string(two_sided ? "f.path, " : "") + d +
                            ", " + kind + (distinct ? ", e." + t.distinct_col : "");
  std::string sql;
  if (two_sided) {
    const std::string joins =
        UnitJoin(t, "o", t.org_col, "LEFT JOIN") + UnitJoin(t, "f", t.from_org_col, "LEFT JOIN");
    sql = select + FromWhere(t, joins, "") + " AND ((" + Inside("o") + ") OR (" + Inside("f") +
          "))" + group;
  } else {
    sql = select + DrivenFromWhere(t, "") + group;
  }
  std::map<int64_t, Counts> out;
  std::map<std::pair<int64_t, std::string>, std::set<std::string>> seen;  // distinct values
  const auto add = [&](int64_t unit, const std::string& key, const store::Row& r) {
    if (distinct) {
      seen[{unit, key}].insert(r.Text(4));
    } else {
      out[unit][key] += r.Int(5);
    }
  };
  tx.Each(sql, {root, from.Iso(), to.Iso()}, [&](const store::Row& r) {
    const std::string day = r.Text(2), k = r.Text(3);
    const auto to_unit = holders.Holder(r.OptText(0), day);
    if (!two_sided) {
      if (to_unit) add(*to_unit, k, r);
      return;
    }
    // Two-sided: a unit holding both ends counts it as internal, else the one holding the
    // arrival as in and the one holding the departure as out.
    const auto from_unit = holders.Holder(r.OptText(1), day);
    if (to_unit && from_unit && *to_unit == *from_unit) {
      add(*to_unit, k + ".internal", r);
      return;
    }
    if (to_unit) add(*to_unit, k + ".in", r);
    if (from_unit) add(*from_unit, k + ".out", r);
  });
  for (const auto& [unit_key, values] : seen) {
    out[unit_key.first][unit_key.second] = static_cast<int64_t>(values.size());
  }
  return out;
}

ListEntry ListEntryFromRow(const store::Row& r) {
  return {r.Text(0),
          r.Int(1),
          r.Text(2),
          r.OptText(3).value_or(""),
          r.OptText(4).value_or(""),
          r.OptText(5).value_or("")};
}

std::vector<ListEntry> ListFacts(store::Transaction& tx, const FactTable& t, int64_t org_id,
                                 const Date& from, const Date& to, const std::string& key) {
  std::vector<ListEntry> out;
  std::set<int64_t> seen;  // people counted once: listed once
  const auto add = [&](const store::Row& r) {
    ListEntry e = ListEntryFromRow(r);
    if (!t.distinct_col.empty() && !seen.insert(e.id).second) return;
    out.push_back(std::move(e));
  };
  const std::string order = " ORDER BY e." + t.date_col + ", 3";
  if (t.from_org_col.empty()) {
    store::Params params = {org_id, from.Iso(), to.Iso()};
    if (!key.empty()) params.push_back(key);
    tx.Each(FactSelectSql(t, t.list_select, t.list_joins, !key.empty()) + order, params, add);
    return out;
  }
  // Two-sided: "<kind>.<side>", side internal | in | out, as CountFacts counts them.
  const size_t dot = key.rfind('.');
  const std::string kind = key.substr(0, dot), side = key.substr(dot + 1);
  const std::string to_in = "(" + Inside("o") + ")", from_in = "(" + Inside("f") + ")";
  const std::string where = side == "internal" ? to_in + " AND " + from_in
                            : side == "in"     ? to_in + " AND NOT COALESCE(" + from_in + ", FALSE)"
                                           : from_in + " AND NOT COALESCE(" + to_in + ", FALSE)";
  const std::string joins =
      UnitJoin(t, "o", t.org_col, "LEFT JOIN") + UnitJoin(t, "f", t.from_org_col, "LEFT JOIN");
  tx.Each("SELECT " + t.list_select + FromWhere(t, joins, t.list_joins) + " AND e." + t.kind_col +
              " = ? AND " + where + order,
          {org_id, from.Iso(), to.Iso(), kind}, add);
  return out;
}

Counts CountFacts(store::Transaction& tx, const FactTable& t, int64_t org_id, const Date& from,
                  const Date& to) {
  Counts out;
  const std::string count = CountOf(t, true);
  const store::Params params = {org_id, from.Iso(), to.Iso()};
  const std::string kind = "e." + t.kind_col;
  if (t.from_org_col.empty()) {
    tx.Each(FactSelectSql(t, kind + ", " + count, "", false) + " GROUP BY " + kind, params,
            [&](const store::Row& r) { out[r.Text(0)] = r.Int(1); });
    return out;
  }
  // Two-sided: where each end was on the fact's date, relative to the subtree.
  const std::string to_in = "CASE WHEN " + Inside("o") + " THEN 1 ELSE 0 END";
  const std::string from_in = "CASE WHEN " + Inside("f") + " THEN 1 ELSE 0 END";
  const std::string joins =
      UnitJoin(t, "o", t.org_col, "LEFT JOIN") + UnitJoin(t, "f", t.from_org_col, "LEFT JOIN");
  tx.Each("SELECT " + kind + ", " + to_in + ", " + from_in + ", " + count +
              FromWhere(t, joins, "") + " AND ((" + Inside("o") + ") OR (" + Inside("f") +
              ")) GROUP BY " + kind + ", " + to_in + ", " + from_in,
          params, [&](const store::Row& r) {
            const bool to_inside = r.Int(1) != 0, from_inside = r.Int(2) != 0;
            const char* side = to_inside && from_inside ? ".internal" : to_inside ? ".in" : ".out";
            out[r.Text(0) + side] += r.Int(3);
          });
  return out;
}

}  // namespace dangbo::report
