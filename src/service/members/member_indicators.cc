// Registers member_span (a stock by status) and its indicators; the headings are made from
// the statuses' vocabulary labels ("Dự bị" → "Đảng viên dự bị").
#include "service/members/member_indicators.h"

#include <cctype>

#include "report/indicator.h"
#include "service/core/kinds.h"

namespace dangbo::service {

namespace {

constexpr const char* kMembers = "đảng viên";

// "Dự bị" → "Đảng viên dự bị". REQUIRES: the label starts with an ASCII letter.
std::string MembersHeading(std::string_view status_label) {
  std::string rest(status_label);
  rest[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(rest[0])));
  return "Đảng viên " + rest;
}

}  // namespace

void RegisterMemberIndicators() {
  report::RegisterSource({"member_span", report::Shape::kStock, [](report::Scope& s) {
                            return report::MembersByStatusAt(*s.tx, s.index, *s.org_at, s.at,
                                                             s.units ? &*s.units : nullptr);
                          }});
  report::Register(report::SumOf("members.total", "Tổng số đảng viên", report::Shape::kStock,
                                 kMembers, "member_span", {""}, false));
  for (const auto& k : vocab::Table<MemberStatus>()) {
    if ((k.flags & kStatusActive) == 0) continue;
    report::Register(report::SumOf("members." + std::string(k.code), MembersHeading(k.label),
                                   report::Shape::kStock, kMembers, "member_span",
                                   {std::string(k.code)}, false));
  }
}

}  // namespace dangbo::service
