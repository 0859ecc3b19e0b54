// Stocks at a date. Counts use FILTER instead of GROUP BY: no temporary B-tree over every
// row (it cost more than the scan at national scale), and both queries read covering
// indexes only: org_span_path_idx (path, valid_from, valid_to, org_id, kind) and
// member_span_org_idx (org_id, valid_to, valid_from, status).
#include "report/stock.h"

#include <vector>

namespace dangbo::report {

namespace {

constexpr const char* kValidOn = "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

// Counts of `column` equal to each of `codes`, one FILTER clause each ("SELECT COUNT(*)
// FILTER (WHERE c = 'a'), ...").
std::string FilterCounts(const std::string& column, const std::vector<std::string>& codes) {
  std::string sql;
  for (const auto& c : codes) {
    sql += (sql.empty() ? "" : ", ") + std::string("COUNT(*) FILTER (WHERE ") + column + " = '" +
           c + "')";
  }
  return sql;
}

}  // namespace

const std::vector<std::string>& OrgKindCodes() {
  static const std::vector<std::string> kKinds = {"superior_committee", "grassroots_committee",
                                                  "grassroots_branch", "sub_committee", "branch"};
  return kKinds;
}

const std::vector<std::string>& ActiveStatusCodes() {
  static const std::vector<std::string> kActive = {"probationary", "official", "exempt"};
  return kActive;
}

OrgSpan OrgSpanFromRow(const store::Row& r) {
  return {r.Int(0), r.OptInt(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5)};
}

std::optional<OrgSpan> OrgSpanAt(store::Transaction& tx, int64_t org_id, const Date& date) {
  const std::string d = date.Iso();
  const auto row = tx.QueryOne(std::string(kOrgSpanAtSql) + " AND org_id = ?", {d, d, org_id});
  if (!row) return std::nullopt;
  return OrgSpanFromRow(*row);
}

std::vector<OrgSpan> ChildrenAt(store::Transaction& tx, int64_t org_id, const Date& date) {
  const std::string d = date.Iso();
  std::vector<OrgSpan> out;
  tx.Each(std::string(kOrgSpanAtSql) + " AND parent_id = ? ORDER BY path", {d, d, org_id},
          [&](const store::Row& r) { out.push_back(OrgSpanFromRow(r)); });
  return out;
}

std::string GrassrootsInSubtreeSql(const std::string& alias) {
  const std::string a = alias.empty() ? "" : alias + ".";
  return a + "valid_from <= ? AND (" + a + "valid_to IS NULL OR " + a + "valid_to > ?) AND " + a +
         "path > ? AND " + a + "path < ? AND " + a +
         "kind IN ('grassroots_committee', 'grassroots_branch')";
}

std::vector<OrgSpan> GrassrootsAt(store::Transaction& tx, int64_t org_id, const Date& date) {
  const auto org = OrgSpanAt(tx, org_id, date);
  if (!org) return {};
  const std::string d = date.Iso();
  std::vector<OrgSpan> out;
  tx.Each("SELECT org_id, parent_id, kind, name, path, valid_from FROM org_span WHERE " +
              GrassrootsInSubtreeSql("") + " ORDER BY path",
          {d, d, org->path, org->path + "~"},
          [&](const store::Row& r) { out.push_back(OrgSpanFromRow(r)); });
  return out;
}

Error OrgNotExisting(int64_t org_id, const Date& date) {
  return Error::Make(ErrorKind::kNotFound, "org_not_existing", "Tổ chức chưa tồn tại",
                     "Tổ chức mã " + std::to_string(org_id) + " không tồn tại vào ngày " +
                         date.Vietnamese() + ".");
}

SubtreeUnits ReadSubtreeUnits(store::Transaction& tx, const OrgSpan& org, const Date& date) {
  const std::string d = date.Iso();
  SubtreeUnits out;
  for (const auto& k : OrgKindCodes()) out.by_kind[k] = 0;
  tx.Each(std::string("SELECT org_id, kind, path FROM org_span WHERE ") + kValidOn +
              " AND path >= ? AND path < ?",
          {d, d, org.path, org.path + "~"}, [&](const store::Row& r) {
            out.ids.push_back(r.Int(0));
            out.paths.push_back(r.Text(2));
            if (r.Int(0) != org.id) ++out.by_kind[r.Text(1)];
          });
  return out;
}

Counts OrgsByKindAt(store::Transaction& tx, const OrgSpan& org, const Date& date,
                    const SubtreeUnits* units) {
  if (units != nullptr) return units->by_kind;
  const std::string d = date.Iso();
  const std::string lo = org.path, hi = org.path + "~";
  const auto& kinds = OrgKindCodes();
  const std::string where =
      std::string(" FROM org_span WHERE ") + kValidOn + " AND path > ? AND path < ?";
  const auto row =
      tx.QueryOne("SELECT COUNT(*), " + FilterCounts("kind", kinds) + where, {d, d, lo, hi});
  Counts out;
  int64_t known = 0;
  for (size_t i = 0; i < kinds.size(); ++i) {
    out[kinds[i]] = row->Int(i + 1);
    known += row->Int(i + 1);
  }
  if (known != row->Int(0)) {  // a kind outside the five codes: count them all by name
    tx.Each("SELECT kind, COUNT(*)" + where + " GROUP BY kind", {d, d, lo, hi},
            [&](const store::Row& r) { out[r.Text(0)] = r.Int(1); });
  }
  return out;
}

Counts MembersByStatusAt(store::Transaction& tx, memindex::MemberIndex* index, const OrgSpan& org,
                         const Date& date, const SubtreeUnits* units) {
  const std::string d = date.Iso();
  const std::string lo = org.path, hi = org.path + "~";
  const auto& statuses = ActiveStatusCodes();
  Counts out;
  if (index != nullptr && index->Ready()) {
    // The units of the subtree on d from org_span; their members from the index's spans.
    const SubtreeUnits read = units != nullptr ? SubtreeUnits{} : ReadSubtreeUnits(tx, org, date);
    index->CatchUp(tx);
    const auto counts = index->CountAt(units != nullptr ? units->ids : read.ids, d);
    for (const auto& st : statuses) {
      const auto it = counts.find(st);
      out[st] = it == counts.end() ? 0 : it->second;
    }
    return out;
  }
  // The open spans (valid_to IS NULL) and the spans closed after d are two ranges of
  // member_span_org_idx per unit; one OR over both would scan every span of the unit.
  const std::string select = "SELECT " + FilterCounts("ms.status", statuses) +
                             " FROM org_span os JOIN member_span ms ON ms.org_id = os.org_id AND ";
  const std::string rest =
      " AND ms.valid_from <= ? WHERE os.valid_from <= ? AND (os.valid_to IS NULL OR "
      "os.valid_to > ?) AND os.path >= ? AND os.path < ?";
  const auto open = tx.QueryOne(select + "ms.valid_to IS NULL" + rest, {d, d, d, lo, hi});
  const auto closed = tx.QueryOne(select + "ms.valid_to > ?" + rest, {d, d, d, d, lo, hi});
  for (size_t i = 0; i < statuses.size(); ++i) out[statuses[i]] = open->Int(i) + closed->Int(i);
  return out;
}

}  // namespace dangbo::report
