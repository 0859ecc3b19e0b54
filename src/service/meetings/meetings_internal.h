// Internal to the meetings domain: loading a meeting row and the roster of a unit on a date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "store/database.h"

namespace dangbo::service {
// "Không tìm thấy buổi sinh hoạt có mã N." — missing, voided or outside the scope alike.
Error MeetingNotFound(int64_t id);
}  // namespace dangbo::service

namespace dangbo::service::meetings_internal {

// The meeting with its attendance counts; `path` gets its unit's path.
std::optional<Meeting> LoadMeeting(store::Transaction& tx, int64_t id, std::string* path);

// The unit's expected attendees on `on` (status left empty).
std::vector<Attendee> RosterOf(store::Transaction& tx, int64_t org_id, const std::string& on);

// The meeting kinds an organization of `org_kind` holds.
bool KindFits(const std::string& org_kind, const std::string& meeting_kind);

// Whether the actor's roles may read meetings (they name members): member.read.
Status CheckReader(const Actor& actor);

// The checks of a meeting's input alone (meeting_writes.cc).
Status CheckMeetingInput(const MeetingInput& in, const Date& today);

// Members of the subtree `r` (active now) with at least `line` unexcused absences in `year`,
// most absences first. The rows can be found from the subtree's members or from the year's
// absences; both give the same list, the cheaper depends on the subtree's size
// (kBySize: from the absences for the root of the tree, else from the members).
enum class AbsenceRead { kBySize, kFromMembers, kFromAbsences };
std::vector<AbsenceWarning> AbsencesIn(store::Transaction& tx, const PathRange& r, int year,
                                       int64_t line, int64_t removal, AbsenceRead how);

// Branch-like organization kinds, as an SQL list: "'grassroots_branch','branch'".
inline constexpr const char* kBranchKinds = "'grassroots_branch','branch'";

}  // namespace dangbo::service::meetings_internal
