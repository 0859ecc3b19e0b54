// Demo congress targets: the current term's ten targets of the bloc committee's resolution —
// seven computed from the catalogue's indicators (admissions, members and grassroots
// organizations rated "tốt" or better, committee members trained, cultural units registered,
// collectives awarded, "Dân vận khéo" models) and three typed each year —, with plans from the
// seeds (lowered where the demo's smaller bloc falls short), so that a year reads "9/10 chỉ
// tiêu đạt và vượt": the thematic-resolution target is the one missed.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "report/indicator.h"
#include "service/report/indicators.h"
#include "service/targets/targets.h"

namespace dangbo::demo::internal {

namespace {

constexpr const char* kTerm = "2025-2030";

struct Computed {
  const char* title;
  const char* unit;
  const char* indicator;
  double seed;  // the plan the seeds quote
};
constexpr Computed kComputed[] = {
    {"Kết nạp đảng viên mới mỗi năm", "đảng viên", "flows.admitted", 120},
    {"Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "ratings.members_good_percent", 90},
    {"Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%",
     "ratings.grassroots_good_percent", 90},
    {"Tỷ lệ bí thư, cấp ủy viên được bồi dưỡng nghiệp vụ", "%",
     "training.committee_trained_percent", 90},
    {"Tỷ lệ cơ quan, đơn vị đăng ký xây dựng đơn vị văn hóa", "%", "culture.registered_percent",
     85},
    {"Tập thể được khen thưởng mỗi năm", "tập thể", "rewards.collective", 8},
    {"Mô hình \"Dân vận khéo\" mỗi năm", "mô hình", "emulation.dan_van_kheo", 3},
};

struct Typed {
  const char* title;
  double plan, actual;
};
constexpr Typed kTyped[] = {
    {"Tỷ lệ cấp ủy ban hành quy chế làm việc nhiệm kỳ", 100, 100},
    {"Tỷ lệ đảng viên tham gia học tập, quán triệt nghị quyết", 95, 97.8},
    {"Tỷ lệ tổ chức cơ sở đảng ban hành nghị quyết chuyên đề", 70, 62},
};

std::string Text(double v) {
  std::string s = std::to_string(std::round(v * 10) / 10);
  s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  return s;
}

// The lowest value of each computed target's indicator over the term's years so far, one
// evaluation a year (absent: never measured).
std::map<std::string, double> Lowest(Context& ctx, int64_t root_id) {
  std::vector<const report::Indicator*> asked;
  for (const Computed& c : kComputed) {
    if (const report::Indicator* i = report::Find(c.indicator)) asked.push_back(i);
  }
  std::map<std::string, double> low;
  for (int year = 2025; year <= ctx.today.year(); ++year) {
    auto a = service::Indicators(ctx.env, ctx.op,
                                 {.org_id = root_id,
                                  .at = std::min(Date(year, 12, 31), ctx.today),
                                  .period = *report::ParsePeriod(std::to_string(year)),
                                  .indicators = asked});
    if (!a.ok()) continue;
    for (const report::Value& v : a->values) {
      if (v.is_percent() && !v.percent) continue;
      const double x = v.is_percent() ? *v.percent : static_cast<double>(v.count);
      const auto [it, fresh] = low.emplace(v.indicator->code, x);
      if (!fresh) it->second = std::min(it->second, x);
    }
  }
  return low;
}

}  // namespace

Status BuildTargets(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Chỉ tiêu Nghị quyết Đại hội…");
  service::IndicatorCatalogue();
  int position = 0;
  const std::map<std::string, double> low = Lowest(ctx, root_id);
  for (const Computed& c : kComputed) {
    double plan = c.seed;
    if (const auto it = low.find(c.indicator); it != low.end() && it->second < plan) {
      plan = std::floor(it->second);  // the demo's smaller bloc: a plan it reaches
    }
    service::TargetInput in{kTerm,       c.title,    c.unit,    "at_least",
                            c.indicator, Text(plan), ++position};
    if (auto t = service::CreateTarget(ctx.env, ctx.op, root_id, in); !t.ok()) return t.error();
  }
  for (const Typed& x : kTyped) {
    service::TargetInput in{kTerm, x.title, "%", "at_least", "", Text(x.plan), ++position};
    auto t = service::CreateTarget(ctx.env, ctx.op, root_id, in);
    if (!t.ok()) return t.error();
    for (int year = 2025; year <= std::min(ctx.today.year(), 2030); ++year) {
      (void)service::SetTargetYear(ctx.env, ctx.op, t->id, year, {"", Text(x.actual), ""});
    }
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
