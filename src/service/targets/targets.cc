// Congress targets: the vocabulary, numbers as typed, the reads — a term's targets of an
// organization with every year filled, computed actuals evaluated from the catalogue's
// indicators for the organization's subtree and the year — and their JSON.
#include "service/targets/targets.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "base/date.h"
#include "service/core/access.h"
#include "service/orgs/orgs.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"
#include "service/targets/targets_internal.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<TargetComparison>, 2> kComparisons = {{
    {TargetComparison::kAtLeast, "at_least", "Đạt trở lên (≥)"},
    {TargetComparison::kAtMost, "at_most", "Không vượt quá (≤)"},
}};
static_assert(vocab::WellFormed<TargetComparison>(kComparisons));

constexpr const char* kTargetSelect =
    "SELECT t.id, t.org_id, o.name, t.term, t.title, t.unit, t.comparison, t.indicator, "
    "t.position, t.term_plan, o.path FROM congress_target t JOIN org o ON o.id = t.org_id ";

CongressTarget TargetFromRow(const store::Row& r) {
  CongressTarget t;
  t.id = r.Int(0);
  t.org_id = r.Int(1);
  t.org_name = r.Text(2);
  t.term = r.Text(3);
  t.title = r.Text(4);
  t.unit = r.OptText(5).value_or("");
  t.comparison = r.Text(6);
  t.indicator = r.OptText(7).value_or("");
  t.position = static_cast<int>(r.Int(8));
  if (!r.IsNull(9)) t.term_plan = r.Double(9);
  IndicatorCatalogue();  // registered before it is searched
  if (const report::Indicator* i = t.indicator.empty() ? nullptr : report::Find(t.indicator)) {
    t.indicator_label = i->label;
  }
  return t;
}

// The computed actuals of `targets` for each year up to today's, one evaluation a year.
void Compute(const Env& env, const Actor& actor, int64_t org_id,
             std::vector<CongressTarget>& targets) {
  std::vector<const report::Indicator*> asked;
  std::set<std::string> seen;
  for (const CongressTarget& t : targets) {
    const report::Indicator* i = t.indicator.empty() ? nullptr : report::Find(t.indicator);
    if (i != nullptr && seen.insert(t.indicator).second) asked.push_back(i);
  }
  if (asked.empty() || targets.empty()) return;
  const Date today = Today(env);
  for (size_t k = 0; k < targets.front().years.size(); ++k) {
    const int year = targets.front().years[k].year;
    if (year > today.year()) break;
    auto period = report::ParsePeriod(std::to_string(year));
    auto answer = Indicators(env, actor,
                             {.org_id = org_id,
                              .at = std::min(Date(year, 12, 31), today),
                              .period = *period,
                              .indicators = asked});
    if (!answer.ok()) continue;  // not readable by this actor: left empty
    std::map<std::string, double> values;
    for (const report::Value& v : answer->values) {
      if (v.is_percent() && !v.percent) continue;
      values[v.indicator->code] = v.is_percent() ? *v.percent : static_cast<double>(v.count);
    }
    for (CongressTarget& t : targets) {
      if (t.indicator.empty() || k >= t.years.size()) continue;
      TargetYear& y = t.years[k];
      y.computed = true;
      y.actual.reset();
      if (const auto it = values.find(t.indicator); it != values.end()) y.actual = it->second;
    }
  }
}

void Judge(CongressTarget& t) {
  for (TargetYear& y : t.years) {
    if (!y.plan) y.plan = t.term_plan;
    if (t.indicator.empty() == false) y.computed = true;
    y.met.reset();
    if (y.plan && y.actual) y.met = targets_internal::Meets(t.comparison, *y.actual, *y.plan);
  }
}

nlohmann::json Number(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::span<const vocab::Entry<TargetComparison>> VocabOf(TargetComparison) { return kComparisons; }

std::optional<double> ParseTargetNumber(const std::string& text) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  double value = 0, scale = 1;
  bool negative = false, digits = false, fraction = false;
  int decimals = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-' && i == 0) {
      negative = true;
    } else if ((c == ',' || c == '.') && !fraction && digits) {
      fraction = true;
    } else if (c >= '0' && c <= '9') {
      digits = true;
      if (!fraction) {
        value = value * 10 + (c - '0');
      } else {
        if (++decimals > 4) return std::nullopt;
        scale /= 10;
        value += (c - '0') * scale;
      }
    } else {
      return std::nullopt;
    }
  }
  if (!digits || (fraction && decimals == 0) || value > 1e12) return std::nullopt;
  return negative ? -value : value;
}

namespace targets_internal {

Error TargetNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy chỉ tiêu có mã " + std::to_string(id) + ".");
}

const report::CongressTerm* TermOf(const std::string& code) {
  for (const report::CongressTerm& t : report::CongressTerms()) {
    if (code == std::to_string(t.first_year) + "-" + std::to_string(t.last_year)) return &t;
  }
  return nullptr;
}

bool Meets(const std::string& comparison, double actual, double plan) {
  return comparison == "at_most" ? actual <= plan + 1e-9 : actual + 1e-9 >= plan;
}

std::optional<CongressTarget> LoadVisibleTarget(store::Transaction& tx, const Actor& actor,
                                                int64_t id) {
  const auto r =
      tx.QueryOne(std::string(kTargetSelect) + "WHERE t.id = ? AND t.voided_at IS NULL", {id});
  if (!r || !InScope(actor, r->Text(10)) || !RoleAllows(actor, Action::kReportRead)) {
    return std::nullopt;
  }
  return TargetFromRow(*r);
}

void LoadYears(store::Transaction& tx, CongressTarget& t) {
  const report::CongressTerm* term = TermOf(t.term);
  t.years.clear();
  if (term == nullptr) return;
  for (int y = term->first_year; y <= term->last_year; ++y) t.years.push_back({.year = y});
  tx.Each("SELECT year, plan, actual, note FROM congress_target_year WHERE target_id = ?", {t.id},
          [&t, term](const store::Row& r) {
            const int64_t y = r.Int(0);
            if (y < term->first_year || y > term->last_year) return;
            TargetYear& ty = t.years[static_cast<size_t>(y - term->first_year)];
            if (!r.IsNull(1)) ty.plan = r.Double(1);
            if (!r.IsNull(2)) ty.actual = r.Double(2);
            ty.note = r.OptText(3).value_or("");
          });
}

}  // namespace targets_internal

using namespace targets_internal;  // NOLINT: this domain's own helpers

Result<TargetBoard> GetTargets(const Env& env, const Actor& actor, int64_t org_id,
                               const std::string& term, int year) {
  const report::CongressTerm* t = TermOf(term);
  if (t == nullptr) {
    return Error::Invalid("Nhiệm kỳ không hợp lệ: hãy chọn một nhiệm kỳ đại hội (2025-2030).",
                          {{"term", "Nhiệm kỳ không hợp lệ."}});
  }
  if (year != 0 && (year < t->first_year || year > t->last_year)) {
    return Error::Invalid("Năm phải thuộc nhiệm kỳ " + term + ".", {{"year", "Ngoài nhiệm kỳ."}});
  }
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  TargetBoard board;
  board.term = term;
  board.year = year != 0 ? year : std::clamp(Today(env).year(), t->first_year, t->last_year);
  {
    store::Transaction tx = env.db.BeginRead();
    tx.Each(std::string(kTargetSelect) +
                "WHERE t.org_id = ? AND t.term = ? AND t.voided_at IS NULL ORDER BY t.position, "
                "t.id",
            {org_id, term},
            [&board](const store::Row& r) { board.targets.push_back(TargetFromRow(r)); });
    for (CongressTarget& x : board.targets) LoadYears(tx, x);
  }
  Compute(env, actor, org_id, board.targets);
  for (CongressTarget& x : board.targets) {
    Judge(x);
    const TargetYear& y = x.years[static_cast<size_t>(board.year - t->first_year)];
    if (y.met) {
      ++board.measured;
      if (*y.met) ++board.met;
    }
  }
  return board;
}

nlohmann::json CongressTargetJson(const CongressTarget& t) {
  nlohmann::json years = nlohmann::json::array();
  for (const TargetYear& y : t.years) {
    years.push_back({{"year", y.year},
                     {"plan", Number(y.plan)},
                     {"actual", Number(y.actual)},
                     {"computed", y.computed},
                     {"met", y.met ? nlohmann::json(*y.met) : nlohmann::json(nullptr)},
                     {"note", y.note}});
  }
  return {{"id", t.id},
          {"org_id", t.org_id},
          {"org_name", t.org_name},
          {"term", t.term},
          {"position", t.position},
          {"title", t.title},
          {"unit", t.unit},
          {"comparison", t.comparison},
          {"indicator", t.indicator},
          {"indicator_label", t.indicator_label},
          {"term_plan", Number(t.term_plan)},
          {"years", std::move(years)}};
}

nlohmann::json TargetBoardJson(const TargetBoard& b) {
  nlohmann::json targets = nlohmann::json::array();
  for (const CongressTarget& t : b.targets) targets.push_back(CongressTargetJson(t));
  return {{"term", b.term},
          {"year", b.year},
          {"measured", b.measured},
          {"met", b.met},
          {"targets", std::move(targets)}};
}

}  // namespace dangbo::service
