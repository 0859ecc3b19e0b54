// The data of a MemberIndex: appending member versions, killing old ones, keeping the
// paths sorted and the list order merged, and compacting dead slots away.
#include "memindex/index_data.h"

#include <algorithm>
#include <numeric>

namespace dangbo::memindex {

uint16_t Dict::Code(const std::string& s) {
  const auto it = codes_.find(s);
  if (it != codes_.end()) return it->second;
  if (names_.size() >= kOverflow) {  // full: the rest share the last code, read as ""
    if (names_.size() == kOverflow) names_.emplace_back();
    return kOverflow;
  }
  const auto code = static_cast<uint16_t>(names_.size());
  codes_.emplace(s, code);
  names_.push_back(s);
  return code;
}

int Dict::Find(const std::string& s) const {
  const auto it = codes_.find(s);
  return it == codes_.end() ? -1 : it->second;
}

void Posting::Add(uint32_t s) {
  slots.push_back(s);
  if (HasBits()) {
    if ((s >> 6) >= bits.size()) bits.resize((s >> 6) + 1 + bits.size() / 8, 0);
    bits[s >> 6] |= uint64_t{1} << (s & 63);
  }
}

void Posting::BuildBits(size_t slot_count) {
  bits.assign(slot_count / 64 + 1, 0);
  for (const uint32_t s : slots) bits[s >> 6] |= uint64_t{1} << (s & 63);
}

int32_t DateNumber(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return 0;
  int32_t n = 0;
  for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    n = n * 10 + (iso[i] - '0');
  }
  return n;
}

int64_t Data::SlotOf(int64_t member_id) const {
  if (member_id <= 0 || static_cast<uint64_t>(member_id) >= slot_of_id.size()) return -1;
  const uint32_t s = slot_of_id[static_cast<size_t>(member_id)];
  return s == 0 ? -1 : static_cast<int64_t>(s) - 1;
}

void Data::SetState(uint32_t s, uint8_t st) {
  if (s >= state.size()) state.resize(s + 1, 0);
  const uint8_t was = state[s];
  const uint64_t bit = uint64_t{1} << (s & 63);
  if (was != 0) status_bits[was - 1][s >> 6] &= ~bit;
  state[s] = st;
  if (st == 0) return;
  if (status_bits.size() < st) status_bits.resize(st);
  std::vector<uint64_t>& bits = status_bits[st - 1];
  if (bits.size() <= (s >> 6)) bits.resize((s >> 6) + 1 + bits.size() / 8, 0);
  bits[s >> 6] |= bit;
}

void Data::Kill(int64_t member_id) {
  const int64_t s = SlotOf(member_id);
  if (s < 0) return;
  SetState(static_cast<uint32_t>(s), 0);
  slot_of_id[static_cast<size_t>(member_id)] = 0;
  ++dead;
}

uint32_t Data::Append(const MemberRow& row, std::unordered_map<std::string, uint32_t>& path_codes) {
  Kill(row.id);
  const auto s = static_cast<uint32_t>(id.size());
  id.push_back(row.id);
  auto [it, added] = path_codes.try_emplace(row.org_path, static_cast<uint32_t>(paths.size()));
  if (added) {
    paths_sorted = paths_sorted && (paths.empty() || paths.back() < row.org_path);
    paths.push_back(row.org_path);
  }
  Info in;
  in.path = it->second;
  in.sex = static_cast<uint8_t>(sexes.Code(row.sex));
  in.ethnicity = ethnicities.Code(row.ethnicity);
  in.religion = religions.Code(row.religion);
  in.theory = theories.Code(row.theory_level);
  in.education = educations.Code(row.general_education);
  in.professional = professionals.Code(row.professional_level);
  in.state_mgmt = state_mgmts.Code(row.state_mgmt_level);
  in.birth = DateNumber(row.birth_date);
  in.admitted = DateNumber(row.admitted_on);
  info.push_back(in);
  SetState(s, static_cast<uint8_t>(1 + statuses.Code(row.status)));
  key_at.push_back(keys.size());
  key_len.push_back(static_cast<uint32_t>(row.sort_key.size()));
  keys += row.sort_key;
  const auto need = static_cast<size_t>(row.id) + 1;
  if (slot_of_id.size() < need) slot_of_id.resize(std::max(need, slot_of_id.size() * 3 / 2), 0);
  slot_of_id[static_cast<size_t>(row.id)] = s + 1;
  for (const std::string& t : row.tokens) {
    auto pt = tokens.find(t);
    if (pt == tokens.end()) pt = tokens.emplace(t, Posting{}).first;
    pt->second.Add(s);
  }
  for (const SpanRow& span : row.spans) AddSpan(s, span);
  return s;
}

void Data::AddSpan(uint32_t s, const SpanRow& span) {
  if (span.org_id <= 0) return;
  const auto org = static_cast<size_t>(span.org_id);
  if (spans_by_org.size() <= org) spans_by_org.resize(org + 1 + org / 8);
  spans_by_org[org].push_back({DateNumber(span.from), DateNumber(span.to), s,
                               static_cast<uint8_t>(statuses.Code(span.status))});
}

void Data::SortPaths(std::unordered_map<std::string, uint32_t>& path_codes) {
  if (paths_sorted) return;
  paths_sorted = true;
  std::vector<uint32_t> by_path(paths.size());
  std::iota(by_path.begin(), by_path.end(), 0);
  std::sort(by_path.begin(), by_path.end(),
            [&](uint32_t a, uint32_t b) { return paths[a] < paths[b]; });
  std::vector<uint32_t> remap(paths.size());
  std::vector<std::string> sorted(paths.size());
  for (size_t i = 0; i < by_path.size(); ++i) {
    remap[by_path[i]] = static_cast<uint32_t>(i);
    sorted[i] = std::move(paths[by_path[i]]);
  }
  paths = std::move(sorted);
  for (Info& in : info) in.path = remap[in.path];
  for (auto& [_, code] : path_codes) code = remap[code];
}

void Data::RenumberRanks() {
  const uint64_t room = uint64_t{UINT32_MAX} / (order.size() + 1);
  const uint64_t step = std::max<uint64_t>(1, std::min<uint64_t>(rank_spacing, room));
  for (size_t r = 0; r < order.size(); ++r) {
    info[order[r]].rank = static_cast<uint32_t>((r + 1) * step);
  }
}

void Data::MergeOrder(size_t first_new_slot) {
  std::vector<uint32_t> fresh;
  for (size_t s = first_new_slot; s < slots(); ++s) {
    if (Alive(static_cast<uint32_t>(s))) fresh.push_back(static_cast<uint32_t>(s));
  }
  const auto before = [this](uint32_t a, uint32_t b) { return Before(a, b); };
  std::sort(fresh.begin(), fresh.end(), before);
  if (fresh.size() <= kFewNew && !order.empty()) {
    // A few new slots (the usual catch-up): each goes between its neighbours, with a rank
    // between theirs; dead slots stay in the order until compaction (queries skip them).
    // Renumbering every rank costs a cache miss per member: only when no gap is left.
    for (const uint32_t s : fresh) {
      const auto at = std::upper_bound(order.begin(), order.end(), s, before);
      const uint64_t lo = at == order.begin() ? 0 : info[*(at - 1)].rank;
      const uint64_t hi = at == order.end() ? uint64_t{UINT32_MAX} + 1 : info[*at].rank;
      order.insert(at, s);
      if (hi - lo >= 2) {
        info[s].rank = static_cast<uint32_t>(lo + (hi - lo) / 2);
      } else {
        RenumberRanks();
      }
    }
    return;
  }
  order.erase(std::remove_if(order.begin(), order.end(), [&](uint32_t s) { return !Alive(s); }),
              order.end());
  const size_t mid = order.size();
  order.insert(order.end(), fresh.begin(), fresh.end());
  std::inplace_merge(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(mid), order.end(),
                     before);
  RenumberRanks();
}

void Data::BuildLargeBits() {
  // A list longer than 1/64 of the slots costs less as a bitmap test than as a search.
  const size_t large = LargeList();
  for (auto& [_, p] : tokens) {
    if (p.slots.size() >= large) {
      p.BuildBits(slots());
    } else {
      p.bits.clear();
    }
  }
}

void Data::Compact() {
  std::vector<uint32_t> live;
  live.reserve(slots() - dead);
  for (size_t s = 0; s < slots(); ++s) {
    if (Alive(static_cast<uint32_t>(s))) live.push_back(static_cast<uint32_t>(s));
  }
  std::sort(live.begin(), live.end(), [this](uint32_t a, uint32_t b) {
    return info[a].path != info[b].path ? info[a].path < info[b].path : id[a] < id[b];
  });
  std::vector<uint32_t> remap(slots(), UINT32_MAX);
  for (size_t i = 0; i < live.size(); ++i) remap[live[i]] = static_cast<uint32_t>(i);
  auto gather = [&](auto& column) {
    std::remove_reference_t<decltype(column)> out;
    out.reserve(live.size());
    for (const uint32_t s : live) out.push_back(column[s]);
    column = std::move(out);
  };
  std::string packed;
  packed.reserve(keys.size());
  std::vector<uint64_t> at;
  at.reserve(live.size());
  for (const uint32_t s : live) {
    at.push_back(packed.size());
    packed.append(Key(s));
  }
  keys = std::move(packed);
  key_at = std::move(at);
  std::vector<uint8_t> states;
  states.reserve(live.size());
  for (const uint32_t s : live) states.push_back(state[s]);
  gather(info), gather(key_len), gather(id);
  state.clear();
  for (auto& bits : status_bits) bits.clear();
  for (size_t i = 0; i < states.size(); ++i) SetState(static_cast<uint32_t>(i), states[i]);
  for (auto it = tokens.begin(); it != tokens.end();) {
    std::vector<uint32_t>& v = it->second.slots;
    size_t w = 0;
    for (const uint32_t s : v) {
      if (remap[s] != UINT32_MAX) v[w++] = remap[s];
    }
    v.resize(w);
    std::sort(v.begin(), v.end());
    it = v.empty() ? tokens.erase(it) : std::next(it);
  }
  for (auto& list : spans_by_org) {
    size_t w = 0;
    for (const Span& span : list) {
      if (remap[span.slot] == UINT32_MAX) continue;
      list[w] = span;
      list[w++].slot = remap[span.slot];
    }
    list.resize(w);
  }
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](uint32_t s) { return remap[s] == UINT32_MAX; }),
              order.end());
  for (uint32_t& s : order) s = remap[s];
  std::fill(slot_of_id.begin(), slot_of_id.end(), 0);
  for (size_t i = 0; i < id.size(); ++i) slot_of_id[static_cast<size_t>(id[i])] = i + 1;
  dead = 0;
  clustered = live.size();
  BuildLargeBits();
  // Room to grow: without it the first member appended after a load or a compaction copies
  // every column (hundreds of MB at national scale) inside somebody's search.
  const size_t room = live.size() + live.size() / 8 + 1024;
  info.reserve(room), state.reserve(room), id.reserve(room), key_at.reserve(room);
  key_len.reserve(room), order.reserve(room);
  keys.reserve(keys.size() + keys.size() / 8 + 65536);
}

}  // namespace dangbo::memindex
