// Keeping the versions of rows: the column lists of the versioned tables as data.
#include "service/core/span_history.h"

#include <stdexcept>

namespace dangbo::service {

namespace {

struct VersionedTable {
  const char* table;
  const char* columns;  // every column but recorded_at and voided_at
  bool voided;          // whether it has a voided_at
};
// The one list of versioned tables: what RetireVersions copies and VersionedReading reads.
constexpr VersionedTable kVersionedTables[] = {
    {"member_span", "member_id, valid_from, valid_to, org_id, status", false},
    {"org_span", "org_id, valid_from, valid_to, parent_id, kind, name, path", false},
    {"inspection_case",
     "id, programme_id, org_id, handling_org_id, kind, subject, member_id, title, team, "
     "started_on, planned_end_on, documents, status, concluded_on, violation, conclusion, "
     "remedies, fix_due_on, closed_on, version, created_at, updated_at",
     true},
    {"discipline_case",
     "id, subject, member_id, org_id, handling_org_id, inspection_case_id, form, member_status, "
     "post, violation_on, violation, decision_no, decided_on, received_on, status, appeal_on, "
     "appeal_outcome, appeal_decided_on, appeal_decision_no, changed_form, effect_event_id, note, "
     "recorded_by, version, created_at, updated_at",
     true},
    {"dues_tally", "org_id, month, on_date, kind, amount", false},
    {"rating",
     "id, year, subject, member_id, org_id, grassroots_id, rated_on, scheme, stage, self_level, "
     "self_score, self_on, self_by, proposed_level, proposed_score, proposed_on, proposed_by, "
     "decided_level, decided_score, decided_on, decided_by, approved_on, approved_by, "
     "approval_no, level, note, version, created_at, updated_at",
     true},
    {"badge",
     "id, member_id, org_id, milestone, round_on, basis, status, party_age_years, "
     "party_age_months, proposed_on, proposed_by, decision_no, decision_on, decided_by, "
     "awarded_on, awarded_by, note, version, created_at, updated_at",
     true},
    // The minutes file left out: versions do not keep it.
    {"meeting",
     "id, org_id, kind, status, planned_on, held_on, topic, chair_member_id, chair_name, "
     "recorder_member_id, recorder_name, higher_member_id, higher_name, resolution, quality, "
     "minutes_name, minutes_type, minutes_size, present_count, late_count, excused_count, "
     "unexcused_count, version, created_at, updated_at, void_reason",
     true},
    {"meeting_attendance", "meeting_id, member_id, org_id, occurred_on, status, home_org_id", true},
    {"training_class",
     "id, org_id, kind, title, starts_on, ends_on, place, note, version, created_at, updated_at, "
     "void_reason",
     true},
    {"training_learner",
     "id, class_id, member_id, candidate_id, org_id, result, grade, certificate_no, "
     "certificate_on, effects, created_at, updated_at",
     true},
    {"propaganda_activity",
     "id, org_id, kind, held_on, ends_on, title, document_no, document_kind, invited, attended, "
     "points, entries, prizes, opinions, topics, summary, note, version, created_at, updated_at, "
     "void_reason",
     true},
    {"directive05_model",
     "id, org_id, year, kind, member_id, name, registered_on, recognized_on, note, version, "
     "created_at, updated_at, void_reason",
     true},
    {"opinion_collaborator",
     "id, org_id, member_id, from_on, to_on, decision_no, note, version, created_at, updated_at, "
     "void_reason",
     true},
    // Rewritten whole: a host unit's cultural standard of a year, a TCCSĐ's implementation
    // of a higher document.
    {"culture_unit",
     "id, host_unit_id, org_id, year, registered, result, decision_no, decided_on, note, "
     "created_at, updated_at",
     false},
    {"document_implementation",
     "id, document_id, org_id, studied_on, plan_on, plan_no, resolution_on, resolution_no, note, "
     "updated_at",
     false},
};

const VersionedTable& Find(std::string_view table) {
  for (const VersionedTable& c : kVersionedTables) {
    if (table == c.table) return c;
  }
  throw std::logic_error("span_history: " + std::string(table) + " keeps no versions");
}

}  // namespace

void RetireVersions(store::Transaction& tx, std::string_view table, const std::string& where,
                    const store::Params& params, const std::string& now) {
  const VersionedTable& c = Find(table);
  const std::string columns = std::string(c.columns) + (c.voided ? ", voided_at" : "");
  store::Params all{now};
  all.insert(all.end(), params.begin(), params.end());
  tx.Exec(std::string("INSERT INTO ") + c.table + "_retired (" + columns +
              ", recorded_at, retired_at) SELECT " + columns + ", recorded_at, ? FROM " + c.table +
              " WHERE " + where,
          all);
}

report::RecordedTable VersionedReading(std::string_view table) {
  const VersionedTable& c = Find(table);
  return {c.table, std::string(c.columns) + ", recorded_at", std::string(c.table) + "_retired",
          c.voided ? "voided_at" : ""};
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
