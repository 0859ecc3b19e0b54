// Internal: the data of a MemberIndex — one slot per version of a member, columns per
// field, token posting lists — and the operations that keep it in step with the database.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "memindex/member_index.h"

namespace dangbo::memindex {

// Small string <-> code tables for low-cardinality fields (status, ethnicity, ...).
class Dict {
 public:
  // Adds unknown strings. Past 65.535 distinct ones (free text), every new string gets one
  // shared code whose name is "": full() says so.
  uint16_t Code(const std::string& s);
  bool full() const { return names_.size() > kOverflow; }
  static constexpr size_t kOverflow = 65535;
  // -1 when `s` was never seen (no member has that value).
  int Find(const std::string& s) const;
  const std::string& Name(size_t code) const { return names_[code]; }
  size_t size() const { return names_.size(); }

 private:
  std::unordered_map<std::string, uint16_t> codes_;
  std::vector<std::string> names_;
};

// The slots holding a token, ascending. Slots may be dead (see Data::alive); large lists
// also keep a bitmap over all slots so that a membership test is one bit.
struct Posting {
  std::vector<uint32_t> slots;
  std::vector<uint64_t> bits;  // empty unless the list is large

  bool HasBits() const { return !bits.empty(); }
  bool TestBit(uint32_t s) const {
    return (s >> 6) < bits.size() && ((bits[s >> 6] >> (s & 63)) & 1) != 0;
  }
  void Add(uint32_t s);
  void BuildBits(size_t slot_count);
};

// A member's span: in unit `org_id` with `status` from `from` (inclusive) to `to`
// (exclusive; empty = still).
struct SpanRow {
  std::string from, to, status;
  int64_t org_id = 0;
};

// One member as read from the database.
struct MemberRow {
  int64_t id = 0;
  std::string org_path, status, sex, ethnicity, religion, theory_level, general_education;
  std::string professional_level, state_mgmt_level;
  std::string birth_date, admitted_on, sort_key;
  std::vector<std::string> tokens;
  std::vector<SpanRow> spans;
};

// "YYYY-MM-DD" -> YYYYMMDD; 0 for empty or malformed.
int32_t DateNumber(std::string_view iso);

struct Data {
  // Invariants: a member id maps to at most one live slot; slots only grow between
  // compactions, so every posting list is ascending; `order` holds exactly the live slots,
  // sorted by (sort_key, id); `paths` is sorted and every slot's path indexes it; slots
  // [0, clustered) are sorted by (path, id), so a subtree is one range of them (slots
  // appended since the last compaction follow, in no particular order).
  // What a query tests of a slot, together: one cache line serves the whole filter.
  struct Info {
    uint32_t path = 0;                // index into `paths`
    uint32_t rank = 0;                // position in `order` (live slots only)
    int32_t birth = 0, admitted = 0;  // YYYYMMDD; 0 = none
    uint16_t ethnicity = 0, religion = 0, theory = 0, education = 0;
    uint16_t professional = 0, state_mgmt = 0;  // read by the quality tables only
    uint8_t sex = 0;
  };
  std::vector<Info> info;
  // 0 for a dead slot, else 1 + the status code: what nearly every query tests of every
  // candidate, 64 slots to a cache line.
  std::vector<uint8_t> state;
  // By status code, a bitmap of the live slots with that status (queries AND them in).
  std::vector<std::vector<uint64_t>> status_bits;
  std::vector<int64_t> id;
  std::vector<uint64_t> key_at;  // offset of the slot's sort key in `keys`
  std::vector<uint32_t> key_len;
  std::string keys;

  std::vector<uint32_t> slot_of_id;  // id -> slot + 1; 0 = not indexed
  std::vector<std::string> paths;
  bool paths_sorted = true;
  Dict statuses, sexes, ethnicities, religions, theories, educations, professionals, state_mgmts;
  std::map<std::string, Posting, std::less<>> tokens;
  // The spans of every slot by unit id, for stocks at a date (dead slots' spans stay
  // until compaction and are skipped).
  struct Span {
    int32_t from = 0, to = 0;  // YYYYMMDD; to 0 = open
    uint32_t slot = 0;
    uint8_t status = 0;
  };
  std::vector<std::vector<Span>> spans_by_org;
  // Slots in list order; may hold dead slots between compactions (queries skip them).
  std::vector<uint32_t> order;
  size_t dead = 0;
  size_t clustered = 0;
  // A page of name matches is found by walking the list order from the first match for at
  // most walk_budget steps per match, else by sorting the matches (0: always sort). A list
  // without a name over more than list_walk_width slots is counted in slot order and paged
  // by a walk. Settings so that tests reach every way.
  size_t walk_budget = 16;
  size_t list_walk_width = 200'000;
  // Lists with at least max(bitmap_min, slots / 64) postings get a bitmap (a setting so
  // that tests reach bitmaps with few members).
  size_t bitmap_min = 4096;
  size_t LargeList() const { return std::max(bitmap_min, slots() / 64); }
  // Intersecting words by walking the rarest one's postings costs about this many times
  // more per posting and other word (a random probe) than ANDing bitmaps costs per 64
  // slots or per posting set (sequential); the cheaper way is taken. Tests set 0 or a
  // huge value to force either.
  size_t probe_cost = 10;

  size_t slots() const { return id.size(); }
  bool Alive(uint32_t s) const { return state[s] != 0; }
  // Sets slot s's state (0 = dead, else 1 + status code), keeping status_bits in step.
  void SetState(uint32_t s, uint8_t st);
  std::string_view Key(uint32_t s) const { return {keys.data() + key_at[s], key_len[s]}; }
  // List order by key (for slots not yet ranked).
  bool Before(uint32_t a, uint32_t b) const {
    const int c = Key(a).compare(Key(b));
    return c != 0 ? c < 0 : id[a] < id[b];
  }
  // The live slot of member `member_id`, or -1.
  int64_t SlotOf(int64_t member_id) const;

  void AddSpan(uint32_t s, const SpanRow& span);
  // Appends a slot for `row` (killing the member's previous slot). Paths not yet in
  // `paths` are appended unsorted: call SortPaths before the next query.
  uint32_t Append(const MemberRow& row, std::unordered_map<std::string, uint32_t>& path_codes);
  void Kill(int64_t member_id);
  void SortPaths(std::unordered_map<std::string, uint32_t>& path_codes);
  // Puts the live slots appended since `first_new_slot` into `order` and gives them ranks:
  // one by one between their neighbours when they are few, else by a merge that also drops
  // dead slots and renumbers every rank.
  void MergeOrder(size_t first_new_slot);
  void RenumberRanks();
  static constexpr size_t kFewNew = 64;
  // Ranks are spread this far apart (at most), leaving room for slots inserted later; a
  // setting so that tests run out of room.
  uint64_t rank_spacing = 1024;
  void BuildLargeBits();
  // Renumbers the live slots densely, sorted by (path, id): drops dead slots and makes
  // every slot clustered.
  void Compact();
};

// The page of `q`'s matches that pass `f`, in list order (find.cc).
Page FindIn(const Data& d, const NameQuery& q, const Filter& f, size_t offset, size_t limit);

}  // namespace dangbo::memindex
