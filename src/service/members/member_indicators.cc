// Registers member_span (a stock by status, with the members behind each count) and its
// indicators; the headings are made from the statuses' vocabulary labels ("Dự bị" →
// "Đảng viên dự bị").
#include "service/members/member_indicators.h"

#include <cctype>

#include "report/indicator.h"
#include "service/core/kinds.h"
#include "service/members/member_quality.h"
#include "service/members/member_spans.h"

namespace dangbo::service {

namespace {

constexpr const char* kMembers = "đảng viên";

// "Dự bị" → "Đảng viên dự bị". REQUIRES: the label starts with an ASCII letter.
std::string MembersHeading(std::string_view status_label) {
  std::string rest(status_label);
  rest[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(rest[0])));
  return "Đảng viên " + rest;
}

std::vector<report::ListEntry> ListByStatus(report::Scope& s, const std::string& status) {
  std::vector<report::ListEntry> out;
  EachActiveMemberAt(*s.tx, s.org_at->path, s.at, "", [&](const store::Row& r) {
    if (!status.empty() && r.Text(4) != status) return;
    report::ListEntry e = report::ListEntryFromRow(r);
    e.detail = StatusLabel(e.detail);
    out.push_back(std::move(e));
  });
  return out;
}

// Members of the subtree as it was on `date` (0 when it did not exist then).
int64_t MembersOn(report::Scope& s, const Date& date) {
  const auto org = report::OrgSpanAt(*s.tx, s.org_id, date);
  if (!org) return 0;
  int64_t n = 0;
  for (const auto& [status, count] : report::MembersByStatusAt(*s.tx, s.index, *org, date)) {
    n += count;
  }
  return n;
}

// The period's opening (the day before it starts) and closing stocks, for the balance
// "đầu kỳ + tăng − giảm = cuối kỳ".
void RegisterBalance() {
  report::RegisterSource({"member_balance", report::Shape::kFlow, [](report::Scope& s) {
                            return report::Counts{
                                {"opening", MembersOn(s, s.period.from.AddDays(-1))},
                                {"closing", MembersOn(s, s.period.to)}};
                          }});
  report::Register(report::SumOf("balance.opening", "Đảng viên đầu kỳ", report::Shape::kFlow,
                                 kMembers, "member_balance", {"opening"}, false));
  report::Register(report::SumOf("balance.closing", "Đảng viên cuối kỳ", report::Shape::kFlow,
                                 kMembers, "member_balance", {"closing"}, false));
}

}  // namespace

void EachActiveMemberAt(store::Transaction& tx, const std::string& path, const Date& at,
                        const std::string& more, const std::function<void(const store::Row&)>& fn) {
  const std::string d = at.Iso();
  tx.Each(
      "SELECT 'member', m.id, m.full_name, os.name, ms.valid_from, ms.status" + more +
          " FROM org_span os JOIN member_span ms ON ms.org_id = os.org_id AND ms.valid_from <= "
          "? AND (ms.valid_to IS NULL OR ms.valid_to > ?) JOIN member m ON m.id = ms.member_id "
          "WHERE os.valid_from <= ? AND (os.valid_to IS NULL OR os.valid_to > ?) AND os.path >= "
          "? AND os.path < ? AND ms.status IN " +
          ActiveStatusesSql() + " ORDER BY m.sort_key, m.id",
      {d, d, d, d, path, path + "~"}, fn);
}

void RegisterMemberIndicators() {
  report::RegisterSource({"member_span", report::Shape::kStock,
                          [](report::Scope& s) {
                            return report::MembersByStatusAt(*s.tx, s.index, *s.org_at, s.at,
                                                             s.units ? &*s.units : nullptr);
                          },
                          ListByStatus});
  report::Register(report::SumOf("members.total", "Tổng số đảng viên", report::Shape::kStock,
                                 kMembers, "member_span", {""}, false));
  for (const auto& k : vocab::Table<MemberStatus>()) {
    if ((k.flags & kStatusActive) == 0) continue;
    report::Register(report::SumOf("members." + std::string(k.code), MembersHeading(k.label),
                                   report::Shape::kStock, kMembers, "member_span",
                                   {std::string(k.code)}, false));
  }
  RegisterBalance();
  RegisterQualityIndicators();
}

}  // namespace dangbo::service
