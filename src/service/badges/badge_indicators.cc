// Badges in the report engine: proposals (dated when proposed) and awards (dated when
// awarded) as facts in the member's unit, counted in all and by milestone.
#include "service/badges/badge_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "rules/ruleset.h"
#include "service/core/span_history.h"

namespace dangbo::service {

namespace {

// Badges (those `where` keeps) dated by `date_col`, their kind "m<milestone>".
report::FactTable BadgeFacts(const char* name, const char* date_col, const char* where) {
  report::FactTable t;
  t.name = name;
  t.from = std::string("(SELECT b.org_id, b.") + date_col +
           ", 'm' || CAST(b.milestone AS TEXT) "
           "AS kind, b.voided_at, b.member_id, b.decision_no FROM badge b" +
           where + ")";
  t.date_col = date_col;
  t.voided_col = "voided_at";
  t.list_select =
      std::string("'member', m.id, m.full_name, o.name, e.") + date_col + ", e.decision_no";
  t.list_joins = " JOIN member m ON m.id = e.member_id";
  return t;
}

}  // namespace

void RegisterBadgeIndicators() {
  constexpr const char* kMembers = "đảng viên";
  // Every step keeps the version it replaces (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("badge"));
  report::RegisterFactTable(BadgeFacts("badge_proposed", "proposed_on", ""));
  report::RegisterFactTable(
      BadgeFacts("badge_awarded", "awarded_on", " WHERE b.status = 'awarded'"));
  report::Register(report::SumOf("badges.proposed", "Đảng viên được đề nghị tặng Huy hiệu Đảng",
                                 report::Shape::kFlow, kMembers, "badge_proposed", {""}, true));
  report::Register(report::SumOf("badges.awarded", "Đảng viên được trao Huy hiệu Đảng",
                                 report::Shape::kFlow, kMembers, "badge_awarded", {""}, true));
  for (int years : rules::BadgeRules{}.milestones_years) {
    const std::string y = std::to_string(years);
    report::Register(report::SumOf("badges.awarded_" + y, "Huy hiệu " + y + " năm tuổi Đảng",
                                   report::Shape::kFlow, kMembers, "badge_awarded", {"m" + y},
                                   true));
  }
}

}  // namespace dangbo::service
