// Internal to the meetings domain: loading a meeting row and the roster of a unit on a date.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

// Branch-like organization kinds, as an SQL list: "'grassroots_branch','branch'".
inline constexpr const char* kBranchKinds = "'grassroots_branch','branch'";

}  // namespace dangbo::service::meetings_internal
