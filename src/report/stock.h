// The stock engine: counts at a date for a subtree as it was on that date — organizations
// by kind (org_span) and members by status (member_span joined to org_span). A later
// restructuring only adds spans after the date, so a past figure never changes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "memindex/member_index.h"
#include "store/database.h"

namespace dangbo::report {

using Counts = std::map<std::string, int64_t>;

// One organization as it was on a date (one org_span row).
struct OrgSpan {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string kind;
  std::string name;
  std::string path;
  std::string valid_from;
};

// The columns and condition that read org_span rows valid on a date (two `?`: the date).
inline constexpr const char* kOrgSpanAtSql =
    "SELECT org_id, parent_id, kind, name, path, valid_from FROM org_span "
    "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";
OrgSpan OrgSpanFromRow(const store::Row& r);

// The organization as it was on `date`, if it existed then.
std::optional<OrgSpan> OrgSpanAt(store::Transaction& tx, int64_t org_id, const Date& date);

// The direct children of `org_id` as they were on `date`, by path.
std::vector<OrgSpan> ChildrenAt(store::Transaction& tx, int64_t org_id, const Date& date);

// The condition selecting, from org_span `alias`, the grassroots organizations (TCCSĐ)
// strictly inside a subtree on a date; its four parameters: the date twice, then the
// subtree root's path on that date and that path + "~".
std::string GrassrootsInSubtreeSql(const std::string& alias);

// The grassroots organizations (TCCSĐ: grassroots committees and branches) strictly inside
// the subtree of `org_id` as it was on `date`, by path; none when it did not exist then.
std::vector<OrgSpan> GrassrootsAt(store::Transaction& tx, int64_t org_id, const Date& date);

// The answer when a stock is asked for a date the organization did not exist on (404).
Error OrgNotExisting(int64_t org_id, const Date& date);

// The units of the subtree of `org` on `date` (itself included) and its descendants by
// kind: one read of org_span, for the counts that use the member index.
struct SubtreeUnits {
  std::vector<int64_t> ids;
  std::vector<std::string> paths;  // each id's path on the date, in the same order
  Counts by_kind;                  // descendants only; the five kinds always present
};
SubtreeUnits ReadSubtreeUnits(store::Transaction& tx, const OrgSpan& org, const Date& date);

// The descendants of `org` on `date` by kind code: the five kinds always present (0 when
// none), any other kind found under its own code. `org` itself is not counted.
// REQUIRES: `org` is the span of its organization valid on `date`.
// With `units` (read for the same org and date) nothing more is read.
Counts OrgsByKindAt(store::Transaction& tx, const OrgSpan& org, const Date& date,
                    const SubtreeUnits* units = nullptr);

// Members of the subtree on `date` by status: probationary, official, exempt (always
// present). From `index` when it is given and ready, else from SQL; both agree.
// REQUIRES: `org` is the span of its organization valid on `date`.
// With the index, `units` (read for the same org and date) saves reading the units again.
Counts MembersByStatusAt(store::Transaction& tx, memindex::MemberIndex* index, const OrgSpan& org,
                         const Date& date, const SubtreeUnits* units = nullptr);

// The organization kinds and the member statuses a stock counts, in report order.
const std::vector<std::string>& OrgKindCodes();
const std::vector<std::string>& ActiveStatusCodes();

}  // namespace dangbo::report
