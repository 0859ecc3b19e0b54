// Ratings in the report engine: decided ratings as dated facts (31/12 of the year, in the
// member's unit or the organization rated), counted by level for members and for TCCSĐ, and
// the share rated "tốt" or better against the 90% targets.
#include "service/ratings/rating_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/ratings/ratings.h"

namespace dangbo::service {

namespace {

report::FactTable RatingFacts() {
  report::FactTable t;
  t.name = "rating";
  t.from =
      "(SELECT r.org_id, r.rated_on, CASE WHEN r.subject = 'member' THEN 'member.' WHEN r.org_id "
      "= r.grassroots_id THEN 'grassroots.' ELSE 'org.' END || r.decided_level AS kind, "
      "r.voided_at, r.member_id FROM rating r WHERE r.decided_level IS NOT NULL)";
  t.date_col = "rated_on";
  t.voided_col = "voided_at";
  t.list_select =
      "CASE WHEN e.member_id IS NULL THEN 'org' ELSE 'member' END, COALESCE(e.member_id, "
      "e.org_id), COALESCE(m.full_name, o.name), o.name, e.rated_on, e.kind";
  t.list_joins = " LEFT JOIN member m ON m.id = e.member_id";
  return t;
}

// One group of subjects (`group` in the codes; `kind`, the facts' prefix): members or TCCSĐ.
// `Who` heads a label, `who` is the same inside a sentence.
void RegisterGroup(const std::string& group, const std::string& kind, const std::string& Who,
                   const std::string& who, const char* unit, bool member_data) {
  std::vector<std::string> all;
  for (rules::RatingLevel l : vocab::All<rules::RatingLevel>()) {
    all.push_back(kind + "." + std::string(vocab::Code(l)));
  }
  const std::string prefix = "ratings." + group + "_";
  report::Register(report::SumOf(prefix + "rated", Who + " được đánh giá, xếp loại",
                                 report::Shape::kFlow, unit, "rating", all, member_data));
  for (rules::RatingLevel l : vocab::All<rules::RatingLevel>()) {
    const std::string code(vocab::Code(l));
    report::Register(report::SumOf(prefix + code, Who + " xếp loại " + std::string(vocab::Label(l)),
                                   report::Shape::kFlow, unit, "rating", {kind + "." + code},
                                   member_data));
  }
  report::Indicator pct = report::SumOf(
      prefix + "good_percent",
      "Tỷ lệ " + who + " xếp loại hoàn thành tốt nhiệm vụ trở lên (chỉ tiêu ≥ 90%)",
      report::Shape::kFlow, "%", "rating", {kind + ".excellent", kind + ".good"}, member_data);
  for (const std::string& k : all) pct.per.push_back({"rating", k});
  report::Register(pct);
}

}  // namespace

void RegisterRatingIndicators() {
  // Every step keeps the version it replaces (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("rating"));
  report::RegisterFactTable(RatingFacts());
  RegisterGroup("members", "member", "Đảng viên", "đảng viên", "đảng viên", true);
  RegisterGroup("grassroots", "grassroots", "Tổ chức cơ sở đảng", "tổ chức cơ sở đảng", "tổ chức",
                false);
}

}  // namespace dangbo::service
