// An in-memory index of the member registry for name search and member lists at national
// scale: name-token posting lists, the fields the list filters use, and the list order.
// It follows the member_change log, so writes by any process show at the next query.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/database.h"

namespace dangbo::memindex {

// What a member must satisfy to be listed. Empty strings mean "any".
struct Filter {
  std::string path_lo, path_hi;       // member.org_path in [path_lo, path_hi)
  std::vector<std::string> statuses;  // any of these; empty = any status
  std::string sex, ethnicity, religion, theory_level, general_education;
  std::string born_on_or_before, born_after;   // ISO dates
  std::string admitted_from, admitted_before;  // admitted_on in [from, before)
  // Also these members when their org_path is in range, whatever the conditions above (a
  // year's rating list: members active at its end, and those rated who have left since).
  // Lists without name words only: ignored when the name query has words.
  std::vector<int64_t> plus;
};

// A name query: every word must be a prefix of one of the member's name tokens (any
// order), or the member is one of `also` (found by an exact number elsewhere).
struct NameQuery {
  std::vector<std::string> words;  // folded; empty = no name condition at all
  std::vector<int64_t> also;
};

struct Page {
  std::vector<int64_t> ids;  // in list order: sort_key, then id
  int64_t total = 0;         // every match, not only this page
};

class MemberIndex {
 public:
  MemberIndex();
  ~MemberIndex();
  MemberIndex(const MemberIndex&) = delete;
  MemberIndex& operator=(const MemberIndex&) = delete;

  // Reads the whole registry (seconds at national scale). Ready() turns true at the end;
  // until then callers use SQL. Safe to call from a background thread.
  void Load(store::Database& db);
  bool Ready() const;

  // Applies what the member_change log recorded since the last call, reading through `tx`
  // (a read transaction of the caller). Call before Find for read-your-writes.
  void CatchUp(store::Transaction& tx);

  // The page [offset, offset + limit) of the matches in list order, and their count.
  Page Find(const NameQuery& name, const Filter& filter, size_t offset, size_t limit) const;

  // Members by status in a span valid on `date` (ISO) in any of the units `org_ids`: the
  // member part of the stocks at a date.
  std::map<std::string, int64_t> CountAt(const std::vector<int64_t>& org_ids,
                                         const std::string& date) const;

  // What the quality tables read of a member, as the member file records it now: the text
  // fields as the index's own strings (valid during the call only; equal values share one
  // string), dates as YYYYMMDD (0: none), and the unit of the span on the date asked.
  struct Facts {
    int64_t org_id = 0;
    const std::string *sex = nullptr, *ethnicity = nullptr, *religion = nullptr,
                      *theory_level = nullptr, *general_education = nullptr,
                      *professional_level = nullptr, *state_mgmt_level = nullptr;
    int32_t birth = 0, admitted = 0;
  };
  // Calls `fn` for each member whose span on `date` (ISO) is in one of the units `org_ids`
  // with one of `statuses`, and returns true; false, calling nothing, when a text field has
  // more distinct values than the index tells apart. `fn` must not call into the index.
  bool EachAt(const std::vector<int64_t>& org_ids, const std::string& date,
              const std::vector<std::string>& statuses,
              const std::function<void(const Facts&)>& fn) const;

  struct Stats {
    size_t members = 0;     // live
    size_t dead_slots = 0;  // replaced or deleted, awaiting compaction
    size_t tokens = 0;
    int64_t last_seq = 0;
  };
  Stats GetStats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dangbo::memindex
