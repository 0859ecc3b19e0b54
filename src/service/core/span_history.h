// Tables that keep every version they had: the spans (member_span, org_span, migration 0008),
// the inspection and discipline cases and the dues tallies (0019), ratings and badges (0025),
// meetings and their attendance (0026), training classes and learners (0027), propaganda's
// activities, models and collaborators (0028), culture units and documents' implementation
// (0029). A row about to be
// changed or deleted is first copied to <table>_retired with the moment, and every row written
// carries recorded_at. Reports "as recorded on" a past moment read them.
#pragma once

#include <string>
#include <string_view>

#include "store/database.h"

namespace dangbo::service {

enum class SpanTable { kMember, kOrg };

// The columns of the versioned rating and badge rows but recorded_at and voided_at (what a
// reading as recorded selects beside recorded_at).
inline constexpr const char* kRatingColumns =
    "id, year, subject, member_id, org_id, grassroots_id, rated_on, scheme, stage, self_level, "
    "self_score, self_on, self_by, proposed_level, proposed_score, proposed_on, proposed_by, "
    "decided_level, decided_score, decided_on, decided_by, approved_on, approved_by, "
    "approval_no, level, note, version, created_at, updated_at";
inline constexpr const char* kBadgeColumns =
    "id, member_id, org_id, milestone, round_on, basis, status, party_age_years, "
    "party_age_months, proposed_on, proposed_by, decision_no, decision_on, decided_by, "
    "awarded_on, awarded_by, note, version, created_at, updated_at";
// The same of meetings (the minutes file left out: versions do not keep it) and attendance.
inline constexpr const char* kMeetingColumns =
    "id, org_id, kind, status, planned_on, held_on, topic, chair_member_id, chair_name, "
    "recorder_member_id, recorder_name, higher_member_id, higher_name, resolution, quality, "
    "minutes_name, minutes_type, minutes_size, present_count, late_count, excused_count, "
    "unexcused_count, version, created_at, updated_at, void_reason";
inline constexpr const char* kAttendanceColumns =
    "meeting_id, member_id, org_id, occurred_on, status, home_org_id";
// The same of training classes and their learners.
inline constexpr const char* kTrainingClassColumns =
    "id, org_id, kind, title, starts_on, ends_on, place, note, version, created_at, updated_at, "
    "void_reason";
inline constexpr const char* kLearnerColumns =
    "id, class_id, member_id, candidate_id, org_id, result, grade, certificate_no, "
    "certificate_on, effects, created_at, updated_at";
// The same of propaganda activities, Directive 05 models and public-opinion collaborators.
inline constexpr const char* kActivityColumns =
    "id, org_id, kind, held_on, ends_on, title, document_no, document_kind, invited, attended, "
    "points, entries, prizes, opinions, topics, summary, note, version, created_at, updated_at, "
    "void_reason";
inline constexpr const char* kModelColumns =
    "id, org_id, year, kind, member_id, name, registered_on, recognized_on, note, version, "
    "created_at, updated_at, void_reason";
inline constexpr const char* kCollaboratorColumns =
    "id, org_id, member_id, from_on, to_on, decision_no, note, version, created_at, updated_at, "
    "void_reason";
// The same of rows rewritten whole: a host unit's cultural standard of a year, a TCCSĐ's
// implementation of a higher document.
inline constexpr const char* kCultureUnitColumns =
    "id, host_unit_id, org_id, year, registered, result, decision_no, decided_on, note, "
    "created_at, updated_at";
inline constexpr const char* kImplementationColumns =
    "id, document_id, org_id, studied_on, plan_on, plan_no, resolution_on, resolution_no, note, "
    "updated_at";

// Copies the rows of `table` matching `where` (SQL over the table's columns, with `params`)
// to its retired table, retired at `now` (a FormatTimestamp string).
// REQUIRES: `table` keeps its versions (listed in span_history.cc); called in the
// transaction that then updates (setting recorded_at = now) or deletes exactly those rows.
void RetireVersions(store::Transaction& tx, std::string_view table, const std::string& where,
                    const store::Params& params, const std::string& now);

// Changes row `id` of a versioned table with an `id` column (a case): its current version
// retired, then "UPDATE <table> SET <set>, recorded_at = <now> WHERE id = <id>", `params`
// for the placeholders of `set`.
void UpdateVersion(store::Transaction& tx, std::string_view table, int64_t id,
                   const std::string& set, store::Params params, const std::string& now);

// RetireVersions for a span table.
void RetireSpans(store::Transaction& tx, SpanTable t, const std::string& where,
                 const store::Params& params, const std::string& now);

}  // namespace dangbo::service
