// Cadre planning in the report engine: the people in a plan on the date (added on or
// before it, not removed by then) in the subtree as it was on that date, by post, and those
// whose roadmap is complete or has overdue items (progress read from the training records as
// of the date). Every figure is confidential to readers of cadre planning.
#include "service/cadre/cadre_indicators.h"

#include <string>

#include "report/indicator.h"
#include "service/cadre/cadre.h"
#include "service/cadre/cadre_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kPeople = "người";

// Rows ('member', id, name, the post's organization, added_on, post label); keys: the post,
// then "complete" or "overdue" by the plan's progress on the date.
void EachPlanned(report::Scope& s, const report::RowCallback& fn) {
  const std::string d = s.at.Iso();
  std::vector<std::pair<store::Row, CadrePlan>> rows;
  s.tx->Each(
      std::string("SELECT 'member', p.member_id, m.full_name, os.name, p.added_on, p.post, p.id, "
                  "p.target_theory, p.theory_by, m.theory_level FROM cadre_plan p JOIN member m "
                  "ON m.id = p.member_id JOIN org_span os ON os.org_id = p.org_id AND "
                  "os.valid_from <= ? AND (os.valid_to IS NULL OR os.valid_to > ?) JOIN org_span "
                  "x ON x.org_id = ? AND x.valid_from <= ? AND (x.valid_to IS NULL OR x.valid_to "
                  "> ?) WHERE os.path >= x.path AND os.path < x.path || '~' AND p.voided_at IS "
                  "NULL AND p.added_on <= ? AND (p.removed_on IS NULL OR p.removed_on > ?) ORDER "
                  "BY os.path, p.post, m.sort_key, p.id"),
      {d, d, s.org_id, d, d, d, d}, [&rows](const store::Row& r) {
        CadrePlan p;
        p.id = r.Int(6);
        p.member_id = r.Int(1);
        p.target_theory = r.OptText(7).value_or("");
        p.theory_by = r.OptText(8).value_or("");
        p.theory_level = r.OptText(9).value_or("");
        rows.emplace_back(r, std::move(p));
      });
  for (auto& [r, p] : rows) {
    cadre_internal::ReadProgress(*s.tx, p, d);
    fn(r.Text(5), r);
    if (p.progress == "complete") fn("complete", r);
    if (p.progress == "overdue") fn("overdue", r);
  }
}

void Add(const std::string& code, const std::string& label, const std::vector<std::string>& keys) {
  report::Indicator i =
      report::SumOf(code, label, report::Shape::kStock, kPeople, "cadre_plan", keys, true);
  i.confidential = true;
  report::Register(std::move(i));
}

}  // namespace

void RegisterCadreIndicators() {
  std::vector<std::string> posts, keys;
  for (const auto& p : vocab::Table<CadrePost>()) posts.emplace_back(p.code);
  keys = posts;
  keys.push_back("complete");
  keys.push_back("overdue");
  report::RegisterSource(
      report::VisitedSource("cadre_plan", report::Shape::kStock, keys, EachPlanned, 5));
  Add("cadre.planned", "Cán bộ trong quy hoạch", posts);
  for (const auto& p : vocab::Table<CadrePost>()) {
    Add("cadre.planned_" + std::string(p.code),
        "Cán bộ quy hoạch chức danh " + text::LowerFirst(std::string(p.label)),
        {std::string(p.code)});
  }
  Add("cadre.roadmap_complete", "Cán bộ quy hoạch đã hoàn thành lộ trình đào tạo", {"complete"});
  Add("cadre.roadmap_overdue", "Cán bộ quy hoạch có nội dung đào tạo quá hạn", {"overdue"});
}

}  // namespace dangbo::service
