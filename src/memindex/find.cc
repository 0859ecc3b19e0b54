// Answering a query from the index data: the name words' posting lists intersected (the
// shortest drives, the others are tested by bitmap or galloping search), the filter, and
// the page in list order.
#include <algorithm>
#include <optional>

#include "memindex/index_data.h"

namespace dangbo::memindex {

namespace {

// The filter with its strings turned into codes and numbers. `impossible` when a value no
// member has was asked for.
struct Compiled {
  bool impossible = false;
  uint32_t path_lo = 0, path_hi = 0;
  uint64_t status_mask = 0;  // 0 = any
  int sex = -1, ethnicity = -1, religion = -1, theory = -1, education = -1;
  int32_t born_max = 0, born_min = 0;  // birth <= born_max (if set), birth > born_min
  int32_t admitted_from = 0, admitted_before = 0;
  // The clustered slots of the scope: their path is in range without looking.
  uint32_t scope_lo = 0, scope_hi = 0;
  bool needs_info = false;     // a filter beyond scope and status
  std::vector<uint64_t> plus;  // Filter::plus as a bitmap over slots; empty when none
};

Compiled Compile(const Data& d, const Filter& f, bool with_plus) {
  Compiled c;
  if (with_plus && !f.plus.empty()) {
    c.plus.assign(d.slots() / 64 + 1, 0);
    for (const int64_t id : f.plus) {
      const int64_t s = d.SlotOf(id);
      if (s >= 0) c.plus[static_cast<size_t>(s) >> 6] |= uint64_t{1} << (s & 63);
    }
  }
  c.path_lo = static_cast<uint32_t>(std::lower_bound(d.paths.begin(), d.paths.end(), f.path_lo) -
                                    d.paths.begin());
  c.path_hi = static_cast<uint32_t>(std::lower_bound(d.paths.begin(), d.paths.end(), f.path_hi) -
                                    d.paths.begin());
  for (const std::string& st : f.statuses) {
    const int code = d.statuses.Find(st);
    if (code >= 0 && code < 64) c.status_mask |= uint64_t{1} << code;
  }
  if (!f.statuses.empty() && c.status_mask == 0) c.impossible = true;
  auto code = [&](const Dict& dict, const std::string& value, int& out) {
    if (value.empty()) return;
    out = dict.Find(value);
    if (out < 0) c.impossible = true;
  };
  code(d.sexes, f.sex, c.sex);
  code(d.ethnicities, f.ethnicity, c.ethnicity);
  code(d.religions, f.religion, c.religion);
  code(d.theories, f.theory_level, c.theory);
  code(d.educations, f.general_education, c.education);
  c.born_max = DateNumber(f.born_on_or_before);
  c.born_min = DateNumber(f.born_after);
  c.admitted_from = DateNumber(f.admitted_from);
  c.admitted_before = DateNumber(f.admitted_before);
  c.needs_info = c.sex >= 0 || c.ethnicity >= 0 || c.religion >= 0 || c.theory >= 0 ||
                 c.education >= 0 || c.born_max != 0 || c.born_min != 0 || c.admitted_from != 0 ||
                 c.admitted_before != 0;
  const auto begin = d.info.begin();
  const auto end = begin + static_cast<std::ptrdiff_t>(d.clustered);
  const auto below = [](const Data::Info& in, uint32_t path) { return in.path < path; };
  c.scope_lo = static_cast<uint32_t>(std::lower_bound(begin, end, c.path_lo, below) - begin);
  c.scope_hi = static_cast<uint32_t>(std::lower_bound(begin, end, c.path_hi, below) - begin);
  return c;
}

bool Matches(const Data& d, const Compiled& c, uint32_t s) {
  const uint8_t state = d.state[s];
  if (state == 0) return false;
  if (c.status_mask != 0 && ((c.status_mask >> (state - 1)) & 1) == 0) return false;
  if (!c.needs_info && s >= c.scope_lo && s < c.scope_hi) return true;
  const Data::Info& in = d.info[s];
  if (in.path < c.path_lo || in.path >= c.path_hi) return false;
  if (c.sex >= 0 && in.sex != c.sex) return false;
  if (c.ethnicity >= 0 && in.ethnicity != c.ethnicity) return false;
  if (c.religion >= 0 && in.religion != c.religion) return false;
  if (c.theory >= 0 && in.theory != c.theory) return false;
  if (c.education >= 0 && in.education != c.education) return false;
  if (c.born_max != 0 && in.birth > c.born_max) return false;
  if (c.born_min != 0 && in.birth <= c.born_min) return false;
  if (c.admitted_from != 0 && in.admitted < c.admitted_from) return false;
  if (c.admitted_before != 0 && (in.admitted == 0 || in.admitted >= c.admitted_before)) {
    return false;
  }
  return true;
}

bool Passes(const Data& d, const Compiled& c, uint32_t s) {
  if (!c.impossible && Matches(d, c, s)) return true;
  if (c.plus.empty() || ((c.plus[s >> 6] >> (s & 63)) & 1) == 0 || d.state[s] == 0) return false;
  const uint32_t path = d.info[s].path;
  return path >= c.path_lo && path < c.path_hi;
}

// A word: the posting lists of the tokens it is a prefix of. Tested in ascending slot
// order, each list keeps a cursor; a word of many lists is turned into one bitmap.
class Word {
 public:
  Word(const Data& d, const std::string& w) {
    const auto end = d.tokens.lower_bound(w + "~");
    for (auto it = d.tokens.lower_bound(w); it != end; ++it) {
      lists_.push_back(&it->second);
      size_ += it->second.slots.size();
    }
    cursor_.assign(lists_.size(), 0);
  }
  size_t size() const { return size_; }
  // The word's one list when it is a single token with a bitmap, else null.
  const Posting* OnlyBitmap() const {
    return lists_.size() == 1 && lists_[0]->HasBits() ? lists_[0] : nullptr;
  }
  bool empty() const { return size_ == 0; }

  // Many lists: one bitmap over all slots instead of a cursor per list.
  void Flatten(size_t slot_count) {
    if (lists_.size() <= 4) return;
    own_.assign(slot_count / 64 + 1, 0);
    for (const Posting* p : lists_) {
      if (p->HasBits()) {  // 64 slots a step instead of one posting at a time
        const size_t n = std::min(own_.size(), p->bits.size());
        for (size_t w = 0; w < n; ++w) own_[w] |= p->bits[w];
        continue;
      }
      for (const uint32_t s : p->slots) own_[s >> 6] |= uint64_t{1} << (s & 63);
    }
    lists_.clear();
  }

  // How many of the word's postings fall in the slot ranges (a member may count twice).
  size_t CountIn(const std::vector<std::pair<uint32_t, uint32_t>>& ranges) const {
    size_t n = 0;
    for (const Posting* p : lists_) n += CountIn(*p, ranges);
    return n;
  }
  // The work of OrInto over the ranges: words of 64 slots for a bitmap, else postings.
  size_t OrCost(const std::vector<std::pair<uint32_t, uint32_t>>& ranges) const {
    size_t n = 0;
    for (const Posting* p : lists_) {
      if (!p->HasBits()) {
        n += CountIn(*p, ranges);
        continue;
      }
      for (const auto& [lo, hi] : ranges) n += (hi - lo) / 64 + 1;
    }
    return n;
  }

  // ORs the word's slots in [lo, hi) into `out`, whose element i holds slots
  // 64 * (w0 + i) ... 64 * (w0 + i) + 63. Call before Flatten.
  void OrInto(std::vector<uint64_t>& out, size_t w0, uint32_t lo, uint32_t hi) const {
    for (const Posting* p : lists_) {
      if (p->HasBits()) {
        const size_t w1 = std::min(w0 + out.size(), p->bits.size());
        for (size_t w = w0; w < w1; ++w) out[w - w0] |= p->bits[w];
        continue;
      }
      const auto b = std::lower_bound(p->slots.begin(), p->slots.end(), lo);
      const auto e = std::lower_bound(b, p->slots.end(), hi);
      for (auto it = b; it != e; ++it) out[(*it >> 6) - w0] |= uint64_t{1} << (*it & 63);
    }
  }

  // Whether slot `s` holds one of the tokens; calls must come in ascending `s`.
  bool Has(uint32_t s) {
    if (!own_.empty()) return ((own_[s >> 6] >> (s & 63)) & 1) != 0;
    for (size_t i = 0; i < lists_.size(); ++i) {
      const Posting& p = *lists_[i];
      if (p.HasBits()) {
        if (p.TestBit(s)) return true;
        continue;
      }
      if (Gallop(p.slots, cursor_[i], s)) return true;
    }
    return false;
  }

  // The slots of this word inside the slot ranges, ascending, without repeats.
  template <typename Fn>
  void Each(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, Fn&& fn) const {
    auto part = [](const std::vector<uint32_t>& v, uint32_t lo, uint32_t hi) {
      return std::make_pair(std::lower_bound(v.begin(), v.end(), lo),
                            std::lower_bound(v.begin(), v.end(), hi));
    };
    if (lists_.size() == 1) {
      for (const auto& [lo, hi] : ranges) {
        const auto [b, e] = part(lists_[0]->slots, lo, hi);
        for (auto it = b; it != e; ++it) fn(*it);
      }
      return;
    }
    if (lists_.size() > 8) {  // a short prefix: a bitmap of each range, read in order
      std::vector<uint64_t> bits;
      for (const auto& [lo, hi] : ranges) {
        bits.assign((hi - lo) / 64 + 1, 0);
        for (const Posting* p : lists_) {
          const auto [b, e] = part(p->slots, lo, hi);
          for (auto it = b; it != e; ++it)
            bits[(*it - lo) >> 6] |= uint64_t{1} << ((*it - lo) & 63);
        }
        for (size_t w = 0; w < bits.size(); ++w) {
          for (uint64_t x = bits[w]; x != 0; x &= x - 1) {
            fn(lo + static_cast<uint32_t>(w * 64 + static_cast<size_t>(__builtin_ctzll(x))));
          }
        }
      }
      return;
    }
    // A few lists: merged on the fly, range by range (each list is ascending).
    using It = std::vector<uint32_t>::const_iterator;
    std::vector<std::pair<It, It>> heads;
    for (const auto& [lo, hi] : ranges) {
      heads.clear();
      for (const Posting* p : lists_) {
        const auto [b, e] = part(p->slots, lo, hi);
        if (b != e) heads.emplace_back(b, e);
      }
      while (!heads.empty()) {
        uint32_t low = UINT32_MAX;
        for (const auto& h : heads) low = std::min(low, *h.first);
        fn(low);
        for (size_t i = 0; i < heads.size();) {
          if (*heads[i].first == low && ++heads[i].first == heads[i].second) {
            heads[i] = heads.back();
            heads.pop_back();
          } else {
            ++i;
          }
        }
      }
    }
  }

 private:
  static size_t CountIn(const Posting& p,
                        const std::vector<std::pair<uint32_t, uint32_t>>& ranges) {
    size_t n = 0;
    for (const auto& [lo, hi] : ranges) {
      n += static_cast<size_t>(std::lower_bound(p.slots.begin(), p.slots.end(), hi) -
                               std::lower_bound(p.slots.begin(), p.slots.end(), lo));
    }
    return n;
  }

  // Advances `pos` to the first element >= x (exponential then binary search); true if it
  // is x.
  static bool Gallop(const std::vector<uint32_t>& v, size_t& pos, uint32_t x) {
    size_t lo = pos, step = 1;
    while (lo + step < v.size() && v[lo + step] < x) {
      lo += step;
      step *= 2;
    }
    const size_t hi = std::min(v.size(), lo + step + 1);
    pos = static_cast<size_t>(std::lower_bound(v.begin() + static_cast<std::ptrdiff_t>(lo),
                                               v.begin() + static_cast<std::ptrdiff_t>(hi), x) -
                              v.begin());
    return pos < v.size() && v[pos] == x;
  }

  std::vector<const Posting*> lists_;
  std::vector<size_t> cursor_;
  std::vector<uint64_t> own_;
  size_t size_ = 0;
};

// The slot ranges that can hold members of the filter's subtree: its part of the clustered
// slots, and the slots appended since.
using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;
Ranges ScopeRanges(const Data& d, const Compiled& c) {
  return {{c.scope_lo, c.scope_hi},
          {static_cast<uint32_t>(d.clustered), static_cast<uint32_t>(d.slots())}};
}

size_t Width(const Ranges& r) {
  size_t n = 0;
  for (const auto& [lo, hi] : r) n += hi - lo;
  return n;
}

// The slots in `scope` holding every word, by ANDing the words' bitmaps 64 slots a step:
// for dense words (common names over a large scope).
void DenseHits(const Data& d, const Compiled& c, const Ranges& scope,
               const std::vector<Word>& words, std::vector<uint32_t>& hits) {
  std::vector<uint64_t> all, one;
  for (size_t r = 0; r < scope.size(); ++r) {
    const auto [lo, hi] = scope[r];
    if (lo >= hi) continue;
    const size_t w0 = lo >> 6, n = ((hi - 1) >> 6) - w0 + 1;
    // The live slots with a wanted status...
    all.assign(n, 0);
    for (size_t k = 0; k < d.status_bits.size(); ++k) {
      if (c.status_mask != 0 && ((c.status_mask >> k) & 1) == 0) continue;
      const std::vector<uint64_t>& bits = d.status_bits[k];
      for (size_t i = 0; i < n && w0 + i < bits.size(); ++i) all[i] |= bits[w0 + i];
    }
    // ...holding every word.
    for (const Word& w : words) {
      if (const Posting* p = w.OnlyBitmap()) {  // AND its bitmap in place
        const size_t m = p->bits.size() > w0 ? std::min(n, p->bits.size() - w0) : 0;
        for (size_t i = 0; i < m; ++i) all[i] &= p->bits[w0 + i];
        std::fill(all.begin() + static_cast<std::ptrdiff_t>(m), all.end(), 0);
        continue;
      }
      one.assign(n, 0);
      w.OrInto(one, w0, lo, hi);
      for (size_t i = 0; i < n; ++i) all[i] &= one[i];
    }
    // In the scope's clustered range only the other filters are left to test.
    const bool done = r == 0 && !c.needs_info;
    for (size_t i = 0; i < n; ++i) {
      for (uint64_t x = all[i]; x != 0; x &= x - 1) {
        const auto s =
            static_cast<uint32_t>((w0 + i) * 64 + static_cast<size_t>(__builtin_ctzll(x)));
        if (s >= lo && s < hi && (done || Passes(d, c, s))) hits.push_back(s);
      }
    }
  }
}

// The same by walking the postings of the word with the fewest and testing the others:
// for sparse words or small scopes.
void SparseHits(const Data& d, const Compiled& c, const Ranges& scope, std::vector<Word>& words,
                size_t drive, std::vector<uint32_t>& hits) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (i != drive) words[i].Flatten(d.slots());
  }
  words[drive].Each(scope, [&](uint32_t s) {
    for (size_t i = 0; i < words.size(); ++i) {
      if (i != drive && !words[i].Has(s)) return;
    }
    if (Passes(d, c, s)) hits.push_back(s);
  });
}

// The matching slots of a name query, ascending.
std::vector<uint32_t> NameHits(const Data& d, const Compiled& c, const NameQuery& q) {
  std::vector<uint32_t> hits;
  std::vector<Word> words;
  words.reserve(q.words.size());
  bool none = false;
  for (const std::string& w : q.words) {
    words.emplace_back(d, w);
    none = none || words.back().empty();
  }
  if (!none) {
    const Ranges scope = ScopeRanges(d, c);
    size_t drive = 0;
    for (size_t i = 1; i < words.size(); ++i) {
      if (words[i].size() < words[drive].size()) drive = i;
    }
    size_t dense = 0;
    for (const Word& w : words) dense += w.OrCost(scope) + Width(scope) / 64;
    const size_t sparse = words[drive].CountIn(scope) * (words.size() - 1) * d.probe_cost;
    if (dense < sparse) {
      DenseHits(d, c, scope, words, hits);
    } else {
      SparseHits(d, c, scope, words, drive, hits);
    }
  }
  for (const int64_t id : q.also) {
    const int64_t s = d.SlotOf(id);
    if (s < 0 || !Passes(d, c, static_cast<uint32_t>(s))) continue;
    const auto at = std::lower_bound(hits.begin(), hits.end(), static_cast<uint32_t>(s));
    if (at == hits.end() || *at != s) hits.insert(at, static_cast<uint32_t>(s));
  }
  return hits;
}

// The ids of the page [offset, offset + limit) of the slots `in` accepts, walking the list
// order from position `from` only as far as the page's end; nullopt if that takes more
// than `budget` steps. `in` must refuse dead slots (the order may hold them).
template <typename Accept>
std::optional<std::vector<int64_t>> Walk(const Data& d, size_t offset, size_t limit, Accept&& in,
                                         size_t from = 0, size_t budget = SIZE_MAX) {
  std::vector<int64_t> ids;
  size_t n = 0;
  const size_t end = d.order.size() - from > budget ? from + budget : d.order.size();
  for (size_t r = from; r < end; ++r) {
    const uint32_t s = d.order[r];
    if (!in(s)) continue;
    if (n++ < offset) continue;
    ids.push_back(d.id[s]);
    if (ids.size() == limit) return ids;
  }
  if (end < d.order.size()) return std::nullopt;
  return ids;
}

}  // namespace

Page FindIn(const Data& d, const NameQuery& q, const Filter& f, size_t offset, size_t limit) {
  const Compiled c = Compile(d, f, q.words.empty());
  if (c.impossible && c.plus.empty()) return {};
  std::vector<uint32_t> hits;
  if (q.words.empty()) {
    const Ranges scope = ScopeRanges(d, c);
    if (Width(scope) > d.list_walk_width) {
      // A large scope: count it in slot order (sequential memory), then walk the list
      // order for the page alone.
      Page page;
      for (const auto& [lo, hi] : scope) {
        for (uint32_t s = lo; s < hi; ++s) page.total += Passes(d, c, s) ? 1 : 0;
      }
      if (offset < static_cast<size_t>(page.total)) {
        page.ids = *Walk(d, offset, limit, [&](uint32_t s) { return Passes(d, c, s); });
      }
      return page;
    }
    for (const auto& [lo, hi] : scope) {
      for (uint32_t s = lo; s < hi; ++s) {
        if (Passes(d, c, s)) hits.push_back(s);
      }
    }
  } else {
    hits = NameHits(d, c, q);
  }
  Page page;
  page.total = static_cast<int64_t>(hits.size());
  if (offset >= hits.size()) return page;
  if (d.walk_budget > 0) {
    // Matches of a name cluster in the list order (it is by given name): walking it from
    // the first match usually fills the page sooner than sorting the matches would, which
    // costs a cache miss each. The walk gives up past walk_budget steps per match.
    std::vector<uint64_t> bits(d.slots() / 64 + 1, 0);
    uint32_t first = UINT32_MAX;
    for (const uint32_t s : hits) {
      bits[s >> 6] |= uint64_t{1} << (s & 63);
      first = std::min(first, d.info[s].rank);
    }
    const auto start =
        std::lower_bound(d.order.begin(), d.order.end(), first,
                         [&d](uint32_t s, uint32_t rank) { return d.info[s].rank < rank; });
    auto walked = Walk(
        d, offset, limit, [&](uint32_t s) { return ((bits[s >> 6] >> (s & 63)) & 1) != 0; },
        static_cast<size_t>(start - d.order.begin()), d.walk_budget * hits.size());
    if (walked) {
      page.ids = std::move(*walked);
      return page;
    }
  }
  const auto before = [&d](uint32_t a, uint32_t b) { return d.info[a].rank < d.info[b].rank; };
  const size_t end = std::min(hits.size(), offset + limit);
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(end), hits.end(),
                    before);
  for (size_t i = offset; i < end; ++i) page.ids.push_back(d.id[hits[i]]);
  return page;
}

}  // namespace dangbo::memindex
