// The generic flow engine: one SQL shape for every dated-fact table.
#include "report/flow.h"

#include <set>

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
  return "SELECT " + select + FromWhere(t, UnitJoin(t, "o", t.org_col, "JOIN"), joins) + " AND " +
         Inside("o") + (kind_filter ? " AND e." + t.kind_col + " = ?" : "");
}

std::map<int64_t, Counts> CountFactsByUnit(store::Transaction& tx, const FactTable& t,
                                           const std::vector<int64_t>& units, const Date& from,
                                           const Date& to) {
  std::string ids;
  for (int64_t id : units) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  const std::string d = "e." + t.date_col;
  // `alias` is the breakdown unit (valid on the fact's date) holding the fact's unit `span`.
  const auto holder = [&](const std::string& alias, const std::string& span) {
    return " LEFT JOIN org_span " + alias + " ON " + alias + ".org_id IN (" + ids + ") AND " +
           SpanOn(alias, d, false) + " AND " + span + ".path >= " + alias + ".path AND " + span +
           ".path < " + alias + ".path || '~'";
  };
  std::string sql = " FROM " + t.from + " e" + UnitJoin(t, "o", t.org_col, "LEFT JOIN");
  if (!t.from_org_col.empty()) sql += UnitJoin(t, "f", t.from_org_col, "LEFT JOIN");
  sql += holder("uo", "o");
  if (!t.from_org_col.empty()) sql += holder("uf", "f");
  sql += " WHERE " + d + " >= ? AND " + d + " <= ?";
  if (!t.voided_col.empty()) sql += " AND e." + t.voided_col + " IS NULL";
  std::map<int64_t, Counts> out;
  const store::Params params = {from.Iso(), to.Iso()};
  const std::string kind = "e." + t.kind_col;
  if (t.from_org_col.empty()) {
    tx.Each("SELECT uo.org_id, " + kind + ", " + CountOf(t, false) + sql +
                " AND uo.org_id IS NOT NULL GROUP BY uo.org_id, " + kind,
            params, [&](const store::Row& r) { out[r.Int(0)][r.Text(1)] += r.Int(2); });
    return out;
  }
  // Two-sided: a unit holding both ends counts it as internal, else the one holding the
  // arrival as in and the one holding the departure as out.
  tx.Each("SELECT uo.org_id, uf.org_id, " + kind + ", " + CountOf(t, false) + sql +
              " AND (uo.org_id IS NOT NULL OR uf.org_id IS NOT NULL) GROUP BY uo.org_id, "
              "uf.org_id, " +
              kind,
          params, [&](const store::Row& r) {
            const std::string k = r.Text(2);
            const auto to_unit = r.OptInt(0), from_unit = r.OptInt(1);
            if (to_unit && from_unit && *to_unit == *from_unit) {
              out[*to_unit][k + ".internal"] += r.Int(3);
              return;
            }
            if (to_unit) out[*to_unit][k + ".in"] += r.Int(3);
            if (from_unit) out[*from_unit][k + ".out"] += r.Int(3);
          });
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
