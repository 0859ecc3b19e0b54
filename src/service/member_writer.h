// The one write path for new member files: the member row and everything derived from
// the input (search tokens, sub-records, spans from the admission and official dates,
// registry events). CreateMember, the import and the demo generator all use it, so a
// file entered by hand, imported or generated is stored the same way.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "service/members.h"
#include "store/database.h"

namespace dangbo::service {

// What a new member file writes besides its own columns, derived from the input alone.
struct MemberRows {
  std::string status;               // probationary | official
  std::string name_key;             // text::Fold(full_name)
  std::string sort_key;             // text::NameSortKey(full_name)
  std::vector<std::string> tokens;  // distinct folded words of full and other name
  struct Span {
    std::string from;
    std::string status;
  };
  std::vector<Span> spans;  // consecutive, the last one open
  struct Event {
    std::string kind;
    std::string on;
    nlohmann::json detail;
  };
  std::vector<Event> events;
};

// `unit_established_on`: the member's history in the unit starts no earlier than this.
MemberRows DeriveMemberRows(const MemberInput& in, const std::string& unit_established_on);

// Replace a member's search tokens / sub-records (for edits of an existing file).
void ReplaceMemberTokens(store::Transaction& tx, int64_t id,
                         const std::vector<std::string>& tokens);
void ReplaceMemberRecords(store::Transaction& tx, int64_t id, const MemberInput& in);
// Rewrites the spans and registry events derived from the dates (for edits of a file whose
// history is still only the derived one).
void ReplaceDerivedHistory(store::Transaction& tx, int64_t id, int64_t org_id,
                           const MemberRows& rows, const std::string& recorded_by,
                           const std::string& now);

// Writes new member files inside the caller's write transaction. Add() may buffer; the
// ids it returns are final. Flush() (also run by the destructor) writes what is buffered;
// call it before reading the rows back or committing.
class MemberWriter {
 public:
  MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now);
  ~MemberWriter();
  MemberWriter(const MemberWriter&) = delete;
  MemberWriter& operator=(const MemberWriter&) = delete;

  int64_t Add(const MemberInput& in, const MemberRows& rows, const std::string& org_path);
  void Flush();

 private:
  store::Transaction& tx_;
  std::string recorded_by_;
  std::string now_;
};

}  // namespace dangbo::service
