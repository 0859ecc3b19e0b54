// Registers member_span (a stock by status, with the members behind each count) and its
// indicators; the headings are made from the statuses' vocabulary labels ("Dự bị" →
// "Đảng viên dự bị").
#include "service/members/member_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/kinds.h"
#include "service/core/span_history.h"
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
  // The side is decided before the unit's members are joined: a restructuring of the
  // country's tree reads only the units that crossed this subtree's edge. `before`: the old
  // path inside the subtree as it was the day before.
  const std::string now = "CASE WHEN " + inside("n", "x") + " THEN 1 ELSE 0 END",
                    before =
                        "CASE WHEN EXISTS (SELECT 1 FROM org_span xo WHERE xo.org_id = x.org_id "
                        "AND xo.valid_from < n.valid_from AND (xo.valid_to IS NULL OR "
                        "xo.valid_to >= n.valid_from) AND " +
                        inside("p", "xo") + ") THEN 1 ELSE 0 END";
  s.tx->Each(
      "SELECT 'member', m.id, m.full_name, n.name, n.valid_from, NULL, " + now +
          " FROM org_span n JOIN org_span p ON p.org_id = n.org_id AND "
          "p.valid_to = n.valid_from AND p.path <> n.path JOIN org_span x ON x.org_id = ? AND "
          "x.valid_from <= n.valid_from AND (x.valid_to IS NULL OR x.valid_to > n.valid_from) "
          "JOIN member_span ms ON ms.org_id = n.org_id AND ms.valid_from <= n.valid_from AND "
          "(ms.valid_to IS NULL OR ms.valid_to > n.valid_from) AND ms.status IN " +
          ActiveStatusesSql() +
          " JOIN member m ON m.id = ms.member_id WHERE n.valid_from >= ? AND n.valid_from <= ? "
          "AND " +
          now + " <> " + before + " ORDER BY n.valid_from, m.sort_key, m.id",
      {s.org_id, s.period.from.Iso(), s.period.to.Iso()},
      [&](const store::Row& r) { fn(r.Int(6) != 0 ? "in" : "out", r); });
}

// EachUnitMove's counts for many breakdown units in one pass: each restructured unit's
// members on the day its path changed, "in" at the unit holding the new path, "out" at the
// one holding the old path the day before (nothing when one unit holds both).
std::map<int64_t, report::Counts> UnitMovesByUnit(report::Scope& s,
                                                  const std::vector<int64_t>& units) {
  const report::UnitHolders holders(*s.tx, units, s.period.from.AddDays(-1), s.period.to);
  std::map<int64_t, report::Counts> out;
  s.tx->Each(
      "SELECT n.path, p.path, n.valid_from, COUNT(*) FROM org_span n JOIN org_span p ON "
      "p.org_id = n.org_id AND p.valid_to = n.valid_from AND p.path <> n.path JOIN member_span "
      "ms ON ms.org_id = n.org_id AND ms.valid_from <= n.valid_from AND (ms.valid_to IS NULL OR "
      "ms.valid_to > n.valid_from) AND ms.status IN " +
          ActiveStatusesSql() +
          " WHERE n.valid_from >= ? AND n.valid_from <= ? GROUP BY n.path, p.path, n.valid_from",
      {s.period.from.Iso(), s.period.to.Iso()}, [&](const store::Row& r) {
        const std::string day = r.Text(2);
        const auto to = holders.Holder(r.Text(0), day);
        const auto from = holders.Holder(r.Text(1), Date::Parse(day)->AddDays(-1).Iso());
        if (to == from) return;
        if (to) out[*to]["in"] += r.Int(3);
        if (from) out[*from]["out"] += r.Int(3);
      });
  return out;
}

// The period's opening (the day before it starts) and closing stocks, for the balance
// "đầu kỳ + tăng − giảm = cuối kỳ".
void RegisterBalance() {
  report::Source moves =
      report::VisitedSource("member_unit_moves", report::Shape::kFlow, {"in", "out"}, EachUnitMove);
  moves.by_unit = UnitMovesByUnit;
  report::RegisterSource(std::move(moves));
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
                        const std::string& more, const std::function<void(const store::Row&)>& fn,
                        bool in_name_order) {
  const std::string d = at.Iso();
  tx.Each(
      "SELECT 'member', m.id, m.full_name, os.name, ms.valid_from, ms.status" + more +
          " FROM org_span os JOIN member_span ms ON ms.org_id = os.org_id AND ms.valid_from <= "
          "? AND (ms.valid_to IS NULL OR ms.valid_to > ?) JOIN member m ON m.id = ms.member_id "
          "WHERE os.valid_from <= ? AND (os.valid_to IS NULL OR os.valid_to > ?) AND os.path >= "
          "? AND os.path < ? AND ms.status IN " +
          ActiveStatusesSql() + (in_name_order ? " ORDER BY m.sort_key, m.id" : ""),
      {d, d, d, d, path, path + "~"}, fn);
}

void RegisterMemberIndicators() {
  report::RegisterRecordedTable(VersionedReading("member_span"));
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
