// Demo cultural-standard units: three years of the host units' registrations and results at
// the seed's rates ("111/121 đăng ký, 62/121 đạt, 30 tiêu biểu" for the last full year, a
// little fewer the years before) and the current year's registrations, results pending;
// each year recorded at once through the service.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/culture/culture.h"

namespace dangbo::demo::internal {

namespace {

int Share(size_t n, double seed_count, double less) {
  return static_cast<int>(std::lround(static_cast<double>(n) * seed_count / 121.0 * less));
}

void RecordYear(Context& ctx, int64_t root_id, const std::vector<int64_t>& units, int year,
                double less, bool results) {
  std::vector<int64_t> order = units;
  // A different order each year: who registers and who achieves changes.
  for (size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[static_cast<size_t>(ctx.rng.Uniform(0, int64_t(i) - 1))]);
  }
  const int registered = Share(order.size(), 111, less);
  const int achieved = Share(order.size(), 62, less);
  const int model = Share(order.size(), 30, less);
  const std::string no = std::to_string(ctx.rng.Uniform(100, 900)) + "-QĐ/ĐUK";
  const Date on(year, 12, static_cast<int>(ctx.rng.Uniform(15, 28)));
  std::vector<service::CultureInput> items;
  for (size_t i = 0; i < order.size(); ++i) {
    service::CultureInput in;
    in.host_unit_id = order[i];
    in.registered = static_cast<int>(i) < registered;
    if (results && in.registered && on < ctx.today) {
      const int k = static_cast<int>(i);
      in.result = k < model ? "model" : k < achieved ? "achieved" : "not_achieved";
      if (k < achieved) {
        in.decision_no = no;
        in.decided_on = on.Iso();
      }
    }
    items.push_back(std::move(in));
  }
  (void)service::RecordCultureYear(ctx.env, ctx.op, root_id, year, items);
}

}  // namespace

Status BuildCulture(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Cơ quan, đơn vị văn hóa…");
  auto y = service::GetCultureYear(ctx.env, ctx.op, root_id, ctx.today.year());
  if (!y.ok()) return y.error();
  std::vector<int64_t> units;
  for (const auto& u : y->units) units.push_back(u.host_unit_id);
  if (units.empty()) return Status::Ok();
  const int last = ctx.today.year() - 1;
  RecordYear(ctx, root_id, units, last - 2, 0.9, true);
  RecordYear(ctx, root_id, units, last - 1, 0.95, true);
  RecordYear(ctx, root_id, units, last, 1.0, true);
  RecordYear(ctx, root_id, units, ctx.today.year(), 1.0, false);
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
