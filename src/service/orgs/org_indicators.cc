// Registers org_span (a stock by kind) and org_event (a dated-fact table) with their
// indicators; labels are the vocabulary's.
#include "service/orgs/org_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/calendar/reference.h"
#include "service/core/kinds.h"
#include "service/core/roles.h"
#include "service/core/span_history.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kOrgs = "tổ chức";

// The organizations of the subtree (not its root) of one kind on the date ("" = every kind),
// with the kind as the detail.
std::vector<report::ListEntry> ListByKind(report::Scope& s, const std::string& kind) {
  const std::string d = s.at.Iso();
  std::vector<report::ListEntry> out;
  store::Params params = {d, d, s.org_at->path, s.org_at->path + "~"};
  if (!kind.empty()) params.push_back(kind);
  s.tx->Each(
      "SELECT 'org', c.org_id, c.name, p.name, c.valid_from, c.kind FROM org_span c LEFT JOIN "
      "org_span p ON p.org_id = c.parent_id AND p.valid_from <= c.valid_from AND (p.valid_to "
      "IS NULL OR p.valid_to > c.valid_from) WHERE c.valid_from <= ? AND (c.valid_to IS NULL OR "
      "c.valid_to > ?) AND c.path > ? AND c.path < ?" +
          std::string(kind.empty() ? "" : " AND c.kind = ?") + " ORDER BY c.path",
      params, [&](const store::Row& r) {
        report::ListEntry e = report::ListEntryFromRow(r);
        if (const auto* k = vocab::FindCode<OrgKind>(e.detail)) e.detail = std::string(k->label);
        out.push_back(std::move(e));
      });
  return out;
}

void RegisterStock() {
  report::RegisterSource({"org_span", report::Shape::kStock,
                          [](report::Scope& s) {
                            return report::OrgsByKindAt(*s.tx, *s.org_at, s.at,
                                                        s.units ? &*s.units : nullptr);
                          },
                          ListByKind});
  const auto stock = [](std::string code, std::string label, std::vector<std::string> keys) {
    report::Register(report::SumOf(std::move(code), std::move(label), report::Shape::kStock, kOrgs,
                                   "org_span", keys, false));
  };
  stock("orgs.total", "Tổng số tổ chức đảng trực thuộc", {""});
  stock("orgs.grassroots", "Tổ chức cơ sở đảng",
        {std::string(vocab::Code(OrgKind::kGrassrootsCommittee)),
         std::string(vocab::Code(OrgKind::kGrassrootsBranch))});
  for (const auto& k : vocab::Table<OrgKind>()) {
    stock("orgs." + std::string(k.code), std::string(k.label), {std::string(k.code)});
  }
}

// The TCCSĐ of the subtree on the date, each with its secretary in office then (if any):
// "heads" (the secretary heads the host unit), "secretary" (has one), "no_secretary"; and
// "complete" when a secretary and a deputy secretary are both in office, else "incomplete"
// (Điều lệ: every TCCSĐ elects at least a secretary and a deputy). `fn` gets the key and the row
// ('org', id, name, NULL, valid_from, secretary's name). An organization with two secretary seats
// in office on the date counts once (the first).
void EachCommittee(report::Scope& s, const report::RowCallback& fn) {
  const std::string d = s.at.Iso();
  int64_t last = 0;
  constexpr const char* kInOffice =
      "(%.from_date IS NULL OR %.from_date <= ?) AND (%.to_date IS NULL OR %.to_date > ?)";
  const auto in_office = [&](const std::string& alias) {
    std::string out;
    for (const char* p = kInOffice; *p != '\0'; ++p) out += *p == '%' ? alias : std::string(1, *p);
    return out;
  };
  s.tx->Each(
      "SELECT 'org', c.org_id, c.name, NULL, c.valid_from, k.person_name, k.heads_host_unit, "
      "CASE WHEN EXISTS (SELECT 1 FROM org_committee_member dp WHERE dp.org_id = c.org_id AND "
      "dp.position = 'deputy_secretary' AND " +
          in_office("dp") +
          ") THEN 1 ELSE 0 END FROM org_span c LEFT JOIN org_committee_member k ON k.org_id = "
          "c.org_id AND k.position = 'secretary' AND " +
          in_office("k") + " WHERE " + report::GrassrootsInSubtreeSql("c") +
          " ORDER BY c.path, k.id",
      {d, d, d, d, d, d, s.org_at->path, s.org_at->path + "~"}, [&](const store::Row& r) {
        if (r.Int(1) == last) return;
        last = r.Int(1);
        const bool secretary = !r.IsNull(5);
        fn(secretary && r.Int(7) != 0 ? "complete" : "incomplete", r);
        if (!secretary) {
          fn("no_secretary", r);
          return;
        }
        fn("secretary", r);
        if (r.Int(6) != 0) fn("heads", r);
      });
}

void RegisterCommittees() {
  report::RegisterSource(report::VisitedSource(
      "org_committee", report::Shape::kStock,
      {"heads", "secretary", "no_secretary", "complete", "incomplete"}, EachCommittee, 5));
  const auto stock = [](std::string code, std::string label, std::string key) {
    report::Register(report::SumOf(std::move(code), std::move(label), report::Shape::kStock, kOrgs,
                                   "org_committee", {std::move(key)}, false));
  };
  stock("orgs.secretary_heads_unit", "Tổ chức cơ sở đảng có bí thư là thủ trưởng đơn vị", "heads");
  stock("orgs.with_secretary", "Tổ chức cơ sở đảng có bí thư", "secretary");
  stock("orgs.without_secretary", "Tổ chức cơ sở đảng chưa có bí thư", "no_secretary");
  stock("orgs.committee_complete", "Tổ chức cơ sở đảng có đủ bí thư, phó bí thư", "complete");
  stock("orgs.committee_incomplete", "Tổ chức cơ sở đảng chưa đủ bí thư, phó bí thư", "incomplete");
  report::Indicator pct =
      report::SumOf("orgs.secretary_heads_percent", "Tỷ lệ bí thư là thủ trưởng đơn vị",
                    report::Shape::kStock, "%", "org_committee", {"heads"}, false);
  pct.per = {{"org_committee", "secretary"}, {"org_committee", "no_secretary"}};
  report::Register(pct);
}

// The TCCSĐ of the subtree on the date by the kind of their host unit (cơ quan, đơn vị sự
// nghiệp, doanh nghiệp…; "none" without one), with the host unit's name as the detail.
void EachHostKind(report::Scope& s, const report::RowCallback& fn) {
  const std::string d = s.at.Iso();
  s.tx->Each(
      "SELECT 'org', c.org_id, c.name, NULL, c.valid_from, h.name, COALESCE(h.kind, 'none') "
      "FROM org_span c JOIN org o ON o.id = c.org_id LEFT JOIN host_unit h ON h.id = "
      "o.host_unit_id WHERE " +
          report::GrassrootsInSubtreeSql("c") + " ORDER BY c.path",
      {d, d, s.org_at->path, s.org_at->path + "~"}, [&](const store::Row& r) { fn(r.Text(6), r); });
}

void RegisterHostKinds() {
  std::vector<std::string> keys = {"none"};
  for (const auto& k : HostUnitKinds()) keys.push_back(k.code);
  report::RegisterSource(
      report::VisitedSource("org_host_kind", report::Shape::kStock, keys, EachHostKind, 5));
  for (const auto& k : HostUnitKinds()) {
    report::Register(report::SumOf("orgs.host." + k.code,
                                   "Tổ chức cơ sở đảng ở " + text::LowerFirst(k.label),
                                   report::Shape::kStock, kOrgs, "org_host_kind", {k.code}, false));
  }
  report::Register(report::SumOf("orgs.host.none", "Tổ chức cơ sở đảng chưa gắn đơn vị",
                                 report::Shape::kStock, kOrgs, "org_host_kind", {"none"}, false));
}

void RegisterEvents() {
  report::FactTable t;
  t.name = "org_event";
  t.from = "org_event";
  t.date_col = "effective_on";
  t.may_end_unit = true;
  t.voided_col = "voided_at";
  t.list_select = "'org', e.org_id, o.name, NULL, e.effective_on, e.decision_no";
  report::RegisterFactTable(t);
  for (const auto& k : vocab::Table<OrgEventKind>()) {
    report::Register(report::SumOf("org_events." + std::string(k.code), std::string(k.label),
                                   report::Shape::kFlow, kOrgs, "org_event", {std::string(k.code)},
                                   false));
  }
}

}  // namespace

void RegisterOrgIndicators() {
  report::RegisterRecordedTable(VersionedReading("org_span"));
  report::RegisterRecordedTable({"org_event",
                                 "id, org_id, kind, effective_on, decision_no, decision_date, "
                                 "detail_json, recorded_by, recorded_at, void_reason",
                                 "", "voided_at"});
  RegisterStock();
  RegisterCommittees();
  RegisterHostKinds();
  RegisterEvents();
}

}  // namespace dangbo::service
