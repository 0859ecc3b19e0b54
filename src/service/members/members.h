// The member registry: the member file (mẫu 2-HSĐV) with its sub-records, validation,
// likely-duplicate detection, scoped reads with sensitive fields masked by role, and search.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

struct SubRecord {
  std::string from_date;  // optional, YYYY-MM-DD
  std::string to_date;    // optional, YYYY-MM-DD
  std::string title;
  std::string detail;
};

// What a user enters. Empty strings mean "not given".
struct MemberInput {
  int64_t org_id = 0;  // a branch-like unit (chi bộ cơ sở / chi bộ trực thuộc)
  std::string full_name, other_name, sex, birth_date, birth_place, home_town, residence;
  std::string ethnicity, religion, national_id, occupation, job_title;
  std::string general_education, professional_level, theory_level, state_mgmt_level;
  std::string foreign_language, it_level;
  std::string admitted_on, admitting_org, introducers, official_on;
  std::string card_no, card_issued_on, record_no, party_position, income_note;
  std::vector<SubRecord> work, training, rewards, family;
  bool confirm_duplicate = false;  // accept although likely duplicates exist
};

// The fields of MemberInput by JSON name, for the API, import column mapping and export.
struct FieldInfo {
  const char* name;   // JSON / column key, e.g. "full_name"
  const char* label;  // Vietnamese column header, e.g. "Họ và tên"
  bool sensitive;     // shown only to roles that need it
};
const std::vector<FieldInfo>& MemberFields();
// Reads/writes a scalar field of MemberInput by name; false for unknown names.
bool SetMemberField(MemberInput& in, std::string_view name, std::string value);
std::string GetMemberField(const MemberInput& in, std::string_view name);

struct Member {
  int64_t id = 0;
  std::string status;
  std::string org_name;
  std::string org_path;
  MemberInput data;  // sensitive fields emptied when masked
  bool masked = false;
  int64_t version = 0;
  std::string created_at, updated_at;
};

struct Duplicate {
  int64_t id = 0;
  std::string full_name;
  std::string birth_date;
  std::string org_name;
  std::string reason;  // "Trùng số CCCD", "Trùng họ tên và ngày sinh"
  bool by_national_id = false;
};

// Checks one input on its own (no database), adding per-field Vietnamese errors.
void ValidateMember(const MemberInput& in, const Date& today, Validator& v);
// Normalizes (trims, collapses spaces in names) before validation and storage.
MemberInput NormalizeMember(MemberInput in);

Result<Member> CreateMember(const Env& env, const Actor& actor, const MemberInput& in);
Result<Member> UpdateMember(const Env& env, const Actor& actor, int64_t id, const MemberInput& in,
                            int64_t expected_version);
Result<Member> GetMember(const Env& env, const Actor& actor, int64_t id);

struct MemberEventRow {
  int64_t id = 0;
  std::string kind;
  std::string occurred_on;
  std::optional<int64_t> org_id;
  std::string org_name;
  std::string decision_no;
  std::string detail_json;
  std::string recorded_by;
  std::string voided_at;
};
Result<std::vector<MemberEventRow>> MemberTimeline(const Env& env, const Actor& actor, int64_t id);

struct MemberQuery {
  std::string q;  // name words in any order, without diacritics if wished; or card/ID/record no
  int64_t org_id = 0;  // subtree; 0 = the actor's scope
  std::string status;  // "" = active members; "all"; or one status code
  std::string sex, ethnicity, religion, theory_level, general_education;
  int age_from = -1, age_to = -1;  // in full years today
  int admitted_year = 0;
  int page = 1;
  int page_size = 50;  // up to 500; exports use Each with no paging
};

struct MemberSummary {
  int64_t id = 0;
  std::string full_name, sex, birth_date, status, org_name, card_no, admitted_on, official_on;
  std::string ethnicity, religion, theory_level, national_id;  // national_id masked by role
  int64_t org_id = 0;
};

using MemberPage = Page<MemberSummary>;

Result<MemberPage> SearchMembers(const Env& env, const Actor& actor, const MemberQuery& q);
// Streams every match (no paging) in list order; for exports.
Status EachMember(const Env& env, const Actor& actor, MemberQuery q,
                  const std::function<void(const MemberSummary&)>& fn);

nlohmann::json MemberJson(const Member& m);
nlohmann::json MemberSummaryJson(const MemberSummary& m);

// Whether the actor's roles may see national ID, family and income.
bool SeesSensitive(const Actor& actor);

// "Không tìm thấy đảng viên có mã N.": a missing member and, so that ids are no existence
// oracle, one outside the actor's scope.
Error MemberNotFound(int64_t id);
// The unit (id and path) of a member whose records the actor may read (other domains' member
// pages: ratings, badges); MemberNotFound outside the scope, kForbidden without the right.
struct MemberUnit {
  int64_t org_id = 0;
  std::string org_path;
};
Result<MemberUnit> ReadableMemberUnit(store::Transaction& tx, const Actor& actor, int64_t id);

}  // namespace dangbo::service
