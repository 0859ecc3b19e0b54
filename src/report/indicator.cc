// The registry's storage, code lookup and evaluation with one count per source.
#include "report/indicator.h"

#include <algorithm>
#include <map>
#include <set>

namespace dangbo::report {

namespace {

struct Registry {
  std::vector<Indicator> indicators;
  std::map<std::string, Source, std::less<>> sources;
};

Registry& Raw() {
  static Registry r;
  return r;
}

int64_t Sum(const Counts& counts, const std::string& key) {
  if (!key.empty()) {
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
  }
  int64_t n = 0;
  for (const auto& [k, v] : counts) n += v;
  return n;
}

// Reads what stocks need once: the organization on the date (it must have existed) and,
// for the index's counts, its units.
Status PrepareStocks(Scope& scope) {
  if (scope.org_at) return Status::Ok();
  scope.org_at = OrgSpanAt(*scope.tx, scope.org_id, scope.at);
  if (!scope.org_at) return OrgNotExisting(scope.org_id, scope.at);
  if (scope.index != nullptr && scope.index->Ready()) {
    scope.units = ReadSubtreeUnits(*scope.tx, *scope.org_at, scope.at);
  }
  return Status::Ok();
}

}  // namespace

const char* ShapeCode(Shape s) { return s == Shape::kStock ? "stock" : "flow"; }

void RegisterSource(Source s) {
  std::string name = s.name;
  Raw().sources.emplace(std::move(name), std::move(s));
}

Source VisitedSource(std::string name, Shape shape, const std::vector<std::string>& keys,
                     RowVisitor visit, int detail_col) {
  Counts zero;
  for (const auto& k : keys) zero[k] = 0;
  Counter count = [visit, zero](Scope& s) {
    Counts out = zero;
    visit(s, [&](const std::string& key, const store::Row&) { ++out[key]; });
    return out;
  };
  Lister list = [visit, detail_col](Scope& s, const std::string& key) {
    std::vector<ListEntry> out;
    visit(s, [&](const std::string& k, const store::Row& r) {
      if (k != key) return;
      ListEntry e = ListEntryFromRow(r);
      if (detail_col >= 0) e.detail = r.OptText(static_cast<size_t>(detail_col)).value_or("");
      out.push_back(std::move(e));
    });
    return out;
  };
  return {std::move(name), shape, std::move(count), std::move(list)};
}

void RegisterFactTable(FactTable t) {
  const std::string name = t.name;
  Lister list;
  if (!t.list_select.empty()) {
    list = [t](Scope& s, const std::string& key) {
      return ListFacts(*s.tx, t, s.org_id, s.period.from, s.period.to, key);
    };
  }
  std::function<std::map<int64_t, Counts>(Scope&, const std::vector<int64_t>&)> by_unit =
      [t](Scope& s, const std::vector<int64_t>& units) {
        return CountFactsByUnit(*s.tx, t, s.org_id, units, s.period.from, s.period.to);
      };
  RegisterSource({name, Shape::kFlow,
                  [t = std::move(t)](Scope& s) {
                    return CountFacts(*s.tx, t, s.org_id, s.period.from, s.period.to);
                  },
                  std::move(list), std::move(by_unit)});
}

Indicator SumOf(std::string code, std::string label, Shape shape, std::string unit,
                const std::string& source, const std::vector<std::string>& keys, bool member_data) {
  Indicator i{std::move(code), std::move(label), shape, std::move(unit), {"unit", "grassroots"}};
  for (const auto& k : keys) i.terms.push_back({source, k});
  i.member_data = member_data;
  return i;
}

void Register(Indicator i) { Raw().indicators.push_back(std::move(i)); }

const std::vector<Indicator>& Catalogue() { return Raw().indicators; }

const Indicator* Find(std::string_view code) {
  for (const auto& i : Catalogue()) {
    if (i.code == code) return &i;
  }
  return nullptr;
}

Result<std::vector<const Indicator*>> ResolveCodes(std::string_view codes) {
  std::vector<const Indicator*> out;
  if (codes.empty()) {
    for (const auto& i : Catalogue()) out.push_back(&i);
    return out;
  }
  size_t start = 0;
  while (start <= codes.size()) {
    const size_t comma = std::min(codes.find(',', start), codes.size());
    const std::string_view code = codes.substr(start, comma - start);
    const Indicator* i = Find(code);
    if (i == nullptr) {
      const std::string shown(code.substr(0, 80));
      return Error::Invalid(
          "Không có chỉ tiêu mã “" + shown + "”. Xem danh mục chỉ tiêu tại /api/indicators.",
          {{"codes", "Mã chỉ tiêu không tồn tại: " + shown + "."}});
    }
    out.push_back(i);
    start = comma + 1;
  }
  return out;
}

Result<std::vector<Value>> Evaluate(Scope& scope, const std::vector<const Indicator*>& indicators) {
  const Registry& reg = Raw();
  std::map<std::string, Counts> counted;  // by source name
  auto term = [&](const Term& t) -> int64_t {
    auto it = counted.find(t.source);
    if (it == counted.end() && scope.precounted != nullptr) {
      const auto pre = scope.precounted->find(t.source);
      if (pre != scope.precounted->end()) it = counted.emplace(t.source, pre->second).first;
    }
    if (it == counted.end()) {
      it = counted.emplace(t.source, reg.sources.at(t.source).count(scope)).first;
    }
    return Sum(it->second, t.key);
  };
  const bool any_stock = std::any_of(indicators.begin(), indicators.end(),
                                     [](const Indicator* i) { return i->shape == Shape::kStock; });
  if (any_stock) {
    if (Status s = PrepareStocks(scope); !s) return s.error();
  }
  std::vector<Value> out;
  for (const Indicator* i : indicators) {
    Value v{i};
    for (const auto& t : i->terms) v.count += term(t);
    if (v.is_percent()) {
      int64_t base = 0;
      for (const auto& t : i->per) base += term(t);
      if (base > 0) v.percent = 100.0 * static_cast<double>(v.count) / static_cast<double>(base);
      v.count = 0;
    }
    out.push_back(v);
  }
  return out;
}

std::map<int64_t, std::map<std::string, Counts>> CountByUnit(
    Scope& scope, const std::vector<const Indicator*>& indicators,
    const std::vector<int64_t>& units) {
  std::map<int64_t, std::map<std::string, Counts>> out;
  if (units.empty()) return out;
  for (int64_t u : units) out[u];  // every unit present: a source with no fact counts 0
  std::set<std::string> done;
  for (const Indicator* i : indicators) {
    for (const auto* terms : {&i->terms, &i->per}) {
      for (const Term& t : *terms) {
        const Source& src = Raw().sources.at(t.source);
        if (!src.by_unit || !done.insert(t.source).second) continue;
        // A stock reads the root as it was on the date; when it did not exist then, the
        // units' own scopes say so.
        if (src.shape == Shape::kStock && !PrepareStocks(scope)) continue;
        auto counts = src.by_unit(scope, units);
        for (int64_t u : units) out[u][t.source] = std::move(counts[u]);
        if (auto own = counts.find(scope.org_id); own != counts.end()) {
          out[scope.org_id][t.source] = std::move(own->second);
        }
      }
    }
  }
  return out;
}

bool Listable(const Indicator& i) {
  const Registry& reg = Raw();
  return std::all_of(i.terms.begin(), i.terms.end(), [&](const Term& t) {
    return static_cast<bool>(reg.sources.at(t.source).list);
  });
}

Result<std::vector<ListEntry>> List(Scope& scope, const Indicator& i) {
  if (i.shape == Shape::kStock) {
    if (Status s = PrepareStocks(scope); !s) return s.error();
  }
  std::vector<ListEntry> out;
  for (const Term& t : i.terms) {
    auto part = Raw().sources.at(t.source).list(scope, t.key);
    out.insert(out.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace dangbo::report
