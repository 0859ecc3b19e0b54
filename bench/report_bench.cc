// `dangbo-bench reports`: the report engine at national scale — each preset report (its
// indicators and breakdown, as the reports page asks) and each later domain's figures, for
// the country, every province and a sample of districts, from the in-memory index as the
// server answers. One JSON line: per report and level, the timing summary.
#include <cstring>
#include <iostream>

#include "base/clock.h"
#include "bench_common.h"
#include "memindex/member_index.h"
#include "service/report/indicators.h"
#include "service/report/presets.h"

namespace dangbo::bench {

namespace {

struct Case {
  std::string name;
  std::vector<const report::Indicator*> indicators;
  std::string breakdown;
};

std::vector<Case> Cases() {
  std::vector<Case> out;
  for (const service::ReportPreset& p : service::ReportPresets()) {
    out.push_back({p.code, p.indicators, p.breakdown});
  }
  // Each later domain's figures, all at once, as the reports page asks for a domain.
  for (const char* prefix :
       {"meetings.", "ratings.", "badges.", "inspection.", "discipline.", "dues."}) {
    Case c{std::string(prefix, std::strlen(prefix) - 1), {}, ""};
    for (const report::Indicator& i : report::Catalogue()) {
      if (i.code.rfind(prefix, 0) == 0) c.indicators.push_back(&i);
    }
    if (!c.indicators.empty()) out.push_back(std::move(c));
  }
  return out;
}

struct Levels {
  int64_t root = 0;
  std::vector<int64_t> provinces, districts;
};

Levels LoadLevels(store::Database& db) {
  Levels l;
  store::Transaction tx = db.BeginRead();
  l.root = tx.QueryRow("SELECT id FROM org WHERE parent_id IS NULL ORDER BY id").Int(0);
  tx.Each("SELECT id FROM org WHERE parent_id = ? ORDER BY id", {l.root},
          [&](const store::Row& r) { l.provinces.push_back(r.Int(0)); });
  int k = 0;
  tx.Each(
      "SELECT o.id FROM org o JOIN org p ON p.id = o.parent_id WHERE p.parent_id = ? AND "
      "o.kind = 'superior_committee' ORDER BY o.id",
      {l.root}, [&](const store::Row& r) {
        if (k++ % 16 == 0) l.districts.push_back(r.Int(0));
      });
  return l;
}

}  // namespace

int Reports(const Args& a) {
  auto db = Open(a);
  SystemClock clock;
  service::Env env{*db, clock};
  memindex::MemberIndex index;
  const auto t0 = Timer::now();
  index.Load(*db);
  const double index_load_s = Ms(t0, Timer::now()) / 1000;
  env.index = &index;
  const service::Actor op = service::Actor::CliOperator();
  const std::string year = a.Str("year", "2024");
  const int repeat = static_cast<int>(a.Int("repeat", 3));
  Levels l = LoadLevels(*db);
  // --sample N: every k-th province and district so that N of each are measured.
  const auto sample = [](std::vector<int64_t>& v, size_t n) {
    if (n == 0 || v.size() <= n) return;
    std::vector<int64_t> kept;
    for (size_t i = 0; i < n; ++i) kept.push_back(v[i * v.size() / n]);
    v = std::move(kept);
  };
  sample(l.provinces, static_cast<size_t>(a.Int("sample", 0)));
  sample(l.districts, static_cast<size_t>(a.Int("sample", 0)));
  service::IndicatorQuery q;
  q.at = *Date::Parse(year + "-12-31");
  q.period = *report::ParsePeriod(year);
  // The country's figures by TCCSĐ would be a table of ~60,000 columns nobody reads: there,
  // a grassroots breakdown is asked by province (the units directly below) instead.
  auto run = [&](const Case& c, int64_t org) {
    q.org_id = org;
    q.indicators = c.indicators;
    q.breakdown = org == l.root && c.breakdown == "grassroots" ? "unit" : c.breakdown;
    const auto s = Timer::now();
    auto r = service::Indicators(env, op, q);
    if (!r.ok()) throw std::runtime_error(c.name + ": " + r.error().detail);
    return Ms(s, Timer::now());
  };
  nlohmann::json cases = nlohmann::json::array();
  for (const Case& c : Cases()) {
    run(c, l.root);  // warm the page cache
    std::vector<double> country, province, district;
    for (int i = 0; i < repeat; ++i) {
      country.push_back(run(c, l.root));
      for (int64_t p : l.provinces) province.push_back(run(c, p));
      for (int64_t d : l.districts) district.push_back(run(c, d));
    }
    std::cerr << "  " << c.name << ": country p50 " << Summarize(country).p50 << " ms\n";
    cases.push_back({{"report", c.name},
                     {"indicators", c.indicators.size()},
                     {"breakdown", c.breakdown},
                     {"country", ToJson(Summarize(country))},
                     {"province", ToJson(Summarize(province))},
                     {"district", ToJson(Summarize(district))}});
  }
  nlohmann::json j = {{"what", "reports"},
                      {"year", year},
                      {"index_load_s", index_load_s},
                      {"provinces", l.provinces.size()},
                      {"districts", l.districts.size()},
                      {"cases", cases}};
  std::cout << j.dump() << std::endl;
  return 0;
}

}  // namespace dangbo::bench
