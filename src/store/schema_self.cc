// Migration 0016 "self_service": a user account may be a member's own (app_user.member_id),
// and members' requests to correct their file, handled by their unit.
#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {
constexpr const char* kCorrectionStates = "pending done rejected";
}  // namespace

const std::vector<CodedColumn>& SelfServiceCodedColumns() {
  static const std::vector<CodedColumn> kAll = {{"correction_request", "state", kCorrectionStates}};
  return kAll;
}

const char* SelfServiceSql() {
  static const std::string kSql = std::string(R"sql(
-- The member whose own account this is (role member): they read their file, nothing else.
ALTER TABLE app_user ADD COLUMN member_id BIGINT REFERENCES member(id);
CREATE UNIQUE INDEX app_user_member_idx ON app_user(member_id);

-- A member's request to correct a field of their file: pending until their unit's secretary
-- or staff mark it done (the file corrected through the usual edit) or rejected, with a note.
CREATE TABLE correction_request (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  user_id BIGINT NOT NULL REFERENCES app_user(id),
  field TEXT NOT NULL,
  requested TEXT NOT NULL,
  note TEXT,
  state TEXT NOT NULL CHECK (state IN ()sql") +
                                  SqlList(kCorrectionStates) + R"sql()),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT
);
CREATE INDEX correction_request_member_idx ON correction_request(member_id, state);
CREATE INDEX correction_request_state_idx ON correction_request(state, created_at);
)sql" + ExtensionSql(16);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
