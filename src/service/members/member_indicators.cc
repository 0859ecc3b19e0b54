// Registers member_span (a stock by status, with the members behind each count) and its
// indicators; the headings are made from the statuses' vocabulary labels ("Dự bị" →
// "Đảng viên dự bị").
#include "service/members/member_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/kinds.h"
#include "service/members/member_quality.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kMembers = "đảng viên";

// "Dự bị" → "Đảng viên dự bị".
std::string MembersHeading(std::string_view status_label) {
  return "Đảng viên " + text::LowerFirst(status_label);
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

// Members carried across the subtree's edge with their unit when the tree was restructured
// in the period (a unit moved under another parent, a merged organization's branches): on
// each day a unit's span changed path, its active members then, "in" when the new path is
// inside the subtree (as it was that day) and the old one was not (as it was the day
// before), "out" the other way round. No member event records these moves. `fn` gets the
// side and the row ('member', id, name, the unit, the date, NULL).
void EachUnitMove(report::Scope& s, const report::RowCallback& fn) {
  const auto inside = [](const char* span, const char* root) {
    return std::string("(") + span + ".path >= " + root + ".path AND " + span + ".path < " + root +
           ".path || '~')";
  };
  s.tx->Each(
      "SELECT 'member', m.id, m.full_name, n.name, n.valid_from, NULL, CASE WHEN " +
          inside("n", "x") + " THEN 1 ELSE 0 END, CASE WHEN xo.path IS NOT NULL AND " +
          inside("p", "xo") +
          " THEN 1 ELSE 0 END FROM org_span n JOIN org_span p ON p.org_id = n.org_id AND "
          "p.valid_to = n.valid_from AND p.path <> n.path JOIN member_span ms ON ms.org_id = "
          "n.org_id AND ms.valid_from <= n.valid_from AND (ms.valid_to IS NULL OR ms.valid_to > "
          "n.valid_from) AND ms.status IN " +
          ActiveStatusesSql() +
          " JOIN member m ON m.id = ms.member_id JOIN org_span x ON x.org_id = ? AND "
          "x.valid_from <= n.valid_from AND (x.valid_to IS NULL OR x.valid_to > n.valid_from) "
          "LEFT JOIN org_span xo ON xo.org_id = x.org_id AND xo.valid_from < n.valid_from AND "
          "(xo.valid_to IS NULL OR xo.valid_to >= n.valid_from) WHERE n.valid_from >= ? AND "
          "n.valid_from <= ? ORDER BY n.valid_from, m.sort_key, m.id",
      {s.org_id, s.period.from.Iso(), s.period.to.Iso()}, [&](const store::Row& r) {
        const bool now = r.Int(6) != 0, before = r.Int(7) != 0;
        if (now != before) fn(now ? "in" : "out", r);
      });
}

// The period's opening (the day before it starts) and closing stocks, for the balance
// "đầu kỳ + tăng − giảm = cuối kỳ".
void RegisterBalance() {
  report::RegisterSource(report::VisitedSource("member_unit_moves", report::Shape::kFlow,
                                               {"in", "out"}, EachUnitMove));
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
  report::RegisterRecordedTable({"member_span",
                                 "member_id, valid_from, valid_to, org_id, status, recorded_at",
                                 "member_span_retired", ""});
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
