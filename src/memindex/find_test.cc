// The index data on its own: random members appended, replaced and deleted, compacted or
// not, must answer every query exactly as a brute-force scan of the same members does.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "memindex/index_data.h"

namespace dangbo::memindex {
namespace {

// "h" is a prefix of more than eight of them: a driver word read through a bitmap.
const char* const kWords[] = {"nguyen", "van",  "an",   "anh",  "tran", "thi",  "ha",  "hai",
                              "han",    "hang", "hanh", "hao",  "hau",  "hieu", "hoa", "hung",
                              "hong",   "le",   "minh", "ngoc", "nga",  "d",    "dang"};
const char* const kPaths[] = {"/1/", "/1/2/", "/1/2/5/", "/1/3/", "/1/3/7/", "/1/4/", "/9/"};

MemberRow RandomRow(std::mt19937& rng, int64_t id) {
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  MemberRow m;
  m.id = id;
  m.org_path = kPaths[pick(std::size(kPaths))];
  m.status = pick(4) == 0 ? "ended" : "official";
  m.sex = pick(2) ? "male" : "female";
  m.ethnicity = pick(5) ? "Kinh" : "Tày";
  m.religion = "Không";
  m.birth_date = "19" + std::to_string(50 + pick(50)) + "-0" + std::to_string(1 + pick(9)) + "-15";
  m.admitted_on = pick(3) ? "20" + std::to_string(10 + pick(10)) + "-05-01" : "";
  for (size_t i = 0, n = 2 + pick(3); i < n; ++i)
    m.tokens.push_back(kWords[pick(std::size(kWords))]);
  std::sort(m.tokens.begin(), m.tokens.end());
  m.tokens.erase(std::unique(m.tokens.begin(), m.tokens.end()), m.tokens.end());
  m.sort_key = m.tokens.back() + " " + m.tokens.front();  // ties on purpose
  return m;
}

bool Matches(const MemberRow& m, const NameQuery& q, const Filter& f) {
  if (m.org_path < f.path_lo || m.org_path >= f.path_hi) return false;
  if (q.words.empty() && std::find(f.plus.begin(), f.plus.end(), m.id) != f.plus.end()) {
    return true;
  }
  if (!f.statuses.empty() &&
      std::find(f.statuses.begin(), f.statuses.end(), m.status) == f.statuses.end()) {
    return false;
  }
  if (!f.sex.empty() && m.sex != f.sex) return false;
  if (!f.born_on_or_before.empty() && m.birth_date > f.born_on_or_before) return false;
  if (!f.admitted_from.empty() && (m.admitted_on.empty() || m.admitted_on < f.admitted_from)) {
    return false;
  }
  if (std::find(q.also.begin(), q.also.end(), m.id) != q.also.end()) return true;
  for (const std::string& w : q.words) {
    const bool any = std::any_of(m.tokens.begin(), m.tokens.end(),
                                 [&](const std::string& t) { return t.rfind(w, 0) == 0; });
    if (!any) return false;
  }
  return true;
}

Page BruteForce(const std::map<int64_t, MemberRow>& rows, const NameQuery& q, const Filter& f,
                size_t offset, size_t limit) {
  std::vector<const MemberRow*> hits;
  for (const auto& [_, m] : rows) {
    if (Matches(m, q, f)) hits.push_back(&m);
  }
  std::sort(hits.begin(), hits.end(), [](const MemberRow* a, const MemberRow* b) {
    return a->sort_key != b->sort_key ? a->sort_key < b->sort_key : a->id < b->id;
  });
  Page p;
  p.total = static_cast<int64_t>(hits.size());
  for (size_t i = offset; i < hits.size() && i < offset + limit; ++i) p.ids.push_back(hits[i]->id);
  return p;
}

TEST(FindTest, AgreesWithABruteForceScanThroughWritesAndCompactions) {
  std::mt19937 rng(3);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  Data d;
  d.bitmap_min = 300;  // the common words get bitmaps, the rare ones not
  std::unordered_map<std::string, uint32_t> codes;
  std::map<int64_t, MemberRow> rows;
  for (int64_t id = 1; id <= 3000; ++id) {
    rows[id] = RandomRow(rng, id);
    d.Append(rows[id], codes);
  }
  d.SortPaths(codes);
  d.Compact();
  d.MergeOrder(0);
  int checked = 0, nonempty = 0;
  for (int round = 0; round < 8; ++round) {
    // Writes: replacements, deletions and new members land after the clustered slots.
    const size_t first_new = d.slots();
    // Ranks without gaps (every slot put in renumbers them all) or with room.
    d.rank_spacing = round % 4 < 2 ? 1 : 1024;
    // Many writes (a merge of the order) or few (slots put in one by one).
    for (int i = 0, n = round % 2 == 0 ? 300 : 40; i < n; ++i) {
      const int64_t id = static_cast<int64_t>(1 + pick(3400));
      if (pick(5) == 0) {
        d.Kill(id);
        rows.erase(id);
      } else {
        rows[id] = RandomRow(rng, id);
        d.Append(rows[id], codes);
      }
    }
    d.SortPaths(codes);
    d.MergeOrder(first_new);
    if (round % 3 == 2) d.Compact();
    d.walk_budget = round % 3 == 1 ? 0 : round % 3 == 2 ? 2 : 1'000'000;  // every way to a page
    d.list_walk_width = round % 2 == 0 ? 100 : 200'000;
    d.probe_cost = round % 2 == 0 ? 0 : 1 << 20;  // both ways to intersect
    for (int i = 0; i < 200; ++i) {
      NameQuery q;
      for (size_t n = pick(4); n > 0; --n) q.words.push_back(kWords[pick(std::size(kWords))]);
      if (!q.words.empty() && pick(3) == 0) q.words.back().resize(1);
      if (pick(4) == 0) q.also.push_back(static_cast<int64_t>(1 + pick(3400)));
      Filter f;
      const std::string scope = pick(3) ? "/1/" : kPaths[pick(std::size(kPaths))];
      f.path_lo = scope;
      f.path_hi = scope.substr(0, scope.size() - 1) + "0";  // '/' + 1
      if (pick(2)) f.statuses = {"official"};
      if (pick(4) == 0) f.sex = "female";
      if (pick(5) == 0) f.born_on_or_before = "1975-06-30";
      if (pick(5) == 0) f.admitted_from = "2015-01-01";
      if (pick(3) == 0) {  // members let in whatever the conditions (ignored with name words)
        for (size_t n = 1 + pick(40); n > 0; --n)
          f.plus.push_back(static_cast<int64_t>(1 + pick(3400)));
      }
      const size_t offset = pick(3) == 0 ? 20 : 0, limit = 1 + pick(30);
      const Page want = BruteForce(rows, q, f, offset, limit);
      const Page got = FindIn(d, q, f, offset, limit);
      ASSERT_EQ(got.total, want.total) << "round " << round << " query " << i;
      ASSERT_EQ(got.ids, want.ids) << "round " << round << " query " << i;
      ++checked;
      nonempty += want.total > 0 ? 1 : 0;
    }
  }
  EXPECT_EQ(checked, 1600);
  EXPECT_GT(nonempty, 600);
}

}  // namespace
}  // namespace dangbo::memindex
