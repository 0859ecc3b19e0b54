// Keeping the versions of rows: the column lists of the versioned tables as data.
#include "service/core/span_history.h"

#include <stdexcept>
#include <vector>

namespace dangbo::service {

namespace {

struct VersionedTable {
  const char* table;
  std::string columns;  // every column but recorded_at
};
const std::vector<VersionedTable>& VersionedTables() {
  static const std::vector<VersionedTable> kAll = {
      {"member_span", "member_id, valid_from, valid_to, org_id, status"},
      {"org_span", "org_id, valid_from, valid_to, parent_id, kind, name, path"},
      {"inspection_case",
       "id, programme_id, org_id, handling_org_id, kind, subject, member_id, title, team, "
       "started_on, planned_end_on, documents, status, concluded_on, violation, conclusion, "
       "remedies, fix_due_on, closed_on, version, created_at, updated_at, voided_at"},
      {"discipline_case",
       "id, subject, member_id, org_id, handling_org_id, inspection_case_id, form, "
       "member_status, post, violation_on, violation, decision_no, decided_on, received_on, "
       "status, appeal_on, appeal_outcome, appeal_decided_on, appeal_decision_no, changed_form, "
       "effect_event_id, note, recorded_by, version, created_at, updated_at, voided_at"},
      {"dues_tally", "org_id, month, on_date, kind, amount"},
      {"rating", std::string(kRatingColumns) + ", voided_at"},
      {"badge", std::string(kBadgeColumns) + ", voided_at"},
      {"meeting", std::string(kMeetingColumns) + ", voided_at"},
      {"meeting_attendance", std::string(kAttendanceColumns) + ", voided_at"},
      {"training_class", std::string(kTrainingClassColumns) + ", voided_at"},
      {"training_learner", std::string(kLearnerColumns) + ", voided_at"},
      {"propaganda_activity", std::string(kActivityColumns) + ", voided_at"},
      {"directive05_model", std::string(kModelColumns) + ", voided_at"},
      {"opinion_collaborator", std::string(kCollaboratorColumns) + ", voided_at"},
      {"culture_unit", kCultureUnitColumns},
      {"document_implementation", kImplementationColumns},
  };
  return kAll;
}

}  // namespace

void RetireVersions(store::Transaction& tx, std::string_view table, const std::string& where,
                    const store::Params& params, const std::string& now) {
  for (const VersionedTable& c : VersionedTables()) {
    if (table != c.table) continue;
    store::Params all{now};
    all.insert(all.end(), params.begin(), params.end());
    tx.Exec(std::string("INSERT INTO ") + c.table + "_retired (" + c.columns +
                ", recorded_at, retired_at) SELECT " + c.columns + ", recorded_at, ? FROM " +
                c.table + " WHERE " + where,
            all);
    return;
  }
  throw std::logic_error("RetireVersions: " + std::string(table) + " keeps no versions");
}

void UpdateVersion(store::Transaction& tx, std::string_view table, int64_t id,
                   const std::string& set, store::Params params, const std::string& now) {
  RetireVersions(tx, table, "id = ?", {id}, now);
  params.push_back(now);
  params.push_back(id);
  tx.Exec("UPDATE " + std::string(table) + " SET " + set + ", recorded_at = ? WHERE id = ?",
          params);
}

void RetireSpans(store::Transaction& tx, SpanTable t, const std::string& where,
                 const store::Params& params, const std::string& now) {
  RetireVersions(tx, t == SpanTable::kMember ? "member_span" : "org_span", where, params, now);
}

}  // namespace dangbo::service
