// MemberIndex: loading the registry, following the member_change log, and answering
// name searches and filtered lists from memory.
#include "memindex/member_index.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>

#include "memindex/index_data.h"

namespace dangbo::memindex {

namespace {

constexpr const char* kMemberColumns =
    "SELECT id, org_path, status, sex, ethnicity, religion, theory_level, general_education, "
    "birth_date, admitted_on, sort_key, professional_level, state_mgmt_level FROM member";

MemberRow FromRow(const store::Row& r) {
  MemberRow m;
  m.id = r.Int(0);
  m.org_path = r.Text(1);
  m.status = r.Text(2);
  m.sex = r.Text(3);
  m.ethnicity = r.Text(4);
  m.religion = r.Text(5);
  m.theory_level = r.OptText(6).value_or("");
  m.general_education = r.OptText(7).value_or("");
  m.birth_date = r.Text(8);
  m.admitted_on = r.OptText(9).value_or("");
  m.sort_key = r.Text(10);
  m.professional_level = r.OptText(11).value_or("");
  m.state_mgmt_level = r.OptText(12).value_or("");
  return m;
}

// From (member_id, valid_from, valid_to, org_id, status).
SpanRow SpanFrom(const store::Row& r) {
  return {r.Text(1), r.OptText(2).value_or(""), r.Text(4), r.Int(3)};
}

// A sequence number PostgreSQL may still commit (an older transaction holds it) is kept
// as a hole and asked for again, until it is this old; SQLite commits in sequence order.
constexpr auto kHoleLife = std::chrono::seconds(120);
// A logged member id 0 means "everything may have changed": bulk loaders write it instead
// of a row per member (see service::DeferredMemberIndexes).
constexpr int64_t kReloadAll = 0;
// Changes are read and applied in chunks of this many members.
constexpr size_t kChunk = 500;

}  // namespace

struct MemberIndex::Impl {
  mutable std::shared_mutex mu;
  std::mutex catch_up;  // one catch-up at a time; queries go on meanwhile until it applies
  std::atomic<bool> ready{false};
  Data d;
  std::unordered_map<std::string, uint32_t> path_codes;
  int64_t last_seq = 0;
  std::map<int64_t, std::chrono::steady_clock::time_point> holes;

  // Reads the whole registry through tx and replaces the data.
  void LoadFrom(store::Transaction& tx);
  // Reads members `ids` (and their tokens) through tx; ids not found were deleted.
  std::vector<MemberRow> Read(store::Transaction& tx, const std::vector<int64_t>& ids) const;
  void Apply(const std::vector<int64_t>& ids, std::vector<MemberRow> rows);
};

MemberIndex::MemberIndex() : impl_(std::make_unique<Impl>()) {}
MemberIndex::~MemberIndex() = default;

bool MemberIndex::Ready() const { return impl_->ready.load(std::memory_order_acquire); }

void MemberIndex::Load(store::Database& db) {
  store::Transaction tx = db.BeginRead();
  impl_->LoadFrom(tx);
  tx.Rollback();
  impl_->ready.store(true, std::memory_order_release);
}

void MemberIndex::Impl::LoadFrom(store::Transaction& tx) {
  Data fresh;
  std::unordered_map<std::string, uint32_t> path_codes;
  // The log's position first: whatever commits after it is read again by CatchUp (applying
  // a change twice is harmless).
  const int64_t last = tx.QueryRow("SELECT COALESCE(MAX(seq), 0) FROM member_change").Int(0);
  tx.Each(std::string(kMemberColumns) + " ORDER BY id", {},
          [&](const store::Row& r) { fresh.Append(FromRow(r), path_codes); });
  // Tokens in member order: the slots of one member are consecutive, so each posting list
  // is filled in ascending slot order.
  tx.Each("SELECT member_id, token FROM member_name_token ORDER BY member_id, token", {},
          [&](const store::Row& r) {
            const int64_t s = fresh.SlotOf(r.Int(0));
            if (s < 0) return;
            const std::string t = r.Text(1);
            auto pt = fresh.tokens.find(t);
            if (pt == fresh.tokens.end()) pt = fresh.tokens.emplace(t, Posting{}).first;
            pt->second.Add(static_cast<uint32_t>(s));
          });
  tx.Each("SELECT member_id, valid_from, valid_to, org_id, status FROM member_span", {},
          [&](const store::Row& r) {
            const int64_t s = fresh.SlotOf(r.Int(0));
            if (s >= 0) fresh.AddSpan(static_cast<uint32_t>(s), SpanFrom(r));
          });
  fresh.SortPaths(path_codes);
  fresh.Compact();
  fresh.MergeOrder(0);
  std::unique_lock lock(mu);
  d = std::move(fresh);
  this->path_codes = std::move(path_codes);
  last_seq = last;
  holes.clear();
}

std::vector<MemberRow> MemberIndex::Impl::Read(store::Transaction& tx,
                                               const std::vector<int64_t>& ids) const {
  std::vector<MemberRow> rows;
  std::string marks;
  store::Params params;
  for (const int64_t id : ids) {
    marks += marks.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  std::map<int64_t, size_t> at;
  tx.Each(std::string(kMemberColumns) + " WHERE id IN (" + marks + ")", params,
          [&](const store::Row& r) {
            at[r.Int(0)] = rows.size();
            rows.push_back(FromRow(r));
          });
  tx.Each("SELECT member_id, token FROM member_name_token WHERE member_id IN (" + marks +
              ") ORDER BY member_id, token",
          params, [&](const store::Row& r) {
            const auto it = at.find(r.Int(0));
            if (it != at.end()) rows[it->second].tokens.push_back(r.Text(1));
          });
  tx.Each(
      "SELECT member_id, valid_from, valid_to, org_id, status FROM member_span "
      "WHERE member_id IN (" +
          marks + ")",
      params, [&](const store::Row& r) {
        const auto it = at.find(r.Int(0));
        if (it != at.end()) rows[it->second].spans.push_back(SpanFrom(r));
      });
  return rows;
}

void MemberIndex::Impl::Apply(const std::vector<int64_t>& ids, std::vector<MemberRow> rows) {
  const size_t first_new = d.slots();
  for (const int64_t id : ids) d.Kill(id);
  for (const MemberRow& row : rows) d.Append(row, path_codes);
  d.SortPaths(path_codes);
  d.MergeOrder(first_new);
  for (auto& [_, p] : d.tokens) {
    if (!p.HasBits() && p.slots.size() >= d.LargeList()) {
      p.BuildBits(d.slots());
    }
  }
  if (d.dead > std::max<size_t>(100'000, d.slots() / 4)) d.Compact();
}

void MemberIndex::CatchUp(store::Transaction& tx) {
  if (!Ready()) return;
  std::lock_guard serial(impl_->catch_up);
  Impl& m = *impl_;
  std::string sql = "SELECT seq, member_id FROM member_change WHERE seq > ?";
  store::Params params{m.last_seq};
  const auto now = std::chrono::steady_clock::now();
  for (auto it = m.holes.begin(); it != m.holes.end();) {
    if (now - it->second > kHoleLife) {
      it = m.holes.erase(it);
      continue;
    }
    sql += params.size() == 1 ? " OR seq IN (?" : ", ?";
    params.emplace_back(it->first);
    ++it;
  }
  if (params.size() > 1) sql += ")";
  std::set<int64_t> changed;
  int64_t newest = m.last_seq;
  std::set<int64_t> seen;
  // No ORDER BY: SQLite would answer it (with the OR) by scanning the whole log.
  tx.Each(sql, params, [&](const store::Row& r) {
    const int64_t seq = r.Int(0);
    changed.insert(r.Int(1));
    seen.insert(seq);
    newest = std::max(newest, seq);
  });
  if (changed.empty()) return;
  if (changed.count(kReloadAll) != 0) {  // a bulk load wrote without logging each member
    m.LoadFrom(tx);
    return;
  }
  for (const int64_t seq : seen) m.holes.erase(seq);
  if (tx.engine() == store::Engine::kPostgres) {
    for (int64_t seq = m.last_seq + 1; seq < newest; ++seq) {
      if (!seen.count(seq)) m.holes.emplace(seq, now);
    }
  }
  // Read outside the exclusive lock (queries go on), then apply under it.
  const std::vector<int64_t> ids(changed.begin(), changed.end());
  std::vector<MemberRow> rows;
  for (size_t i = 0; i < ids.size(); i += kChunk) {
    const std::vector<int64_t> part(
        ids.begin() + static_cast<std::ptrdiff_t>(i),
        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + kChunk)));
    auto got = m.Read(tx, part);
    std::move(got.begin(), got.end(), std::back_inserter(rows));
  }
  std::unique_lock lock(m.mu);
  m.Apply(ids, std::move(rows));
  m.last_seq = newest;
}

std::map<std::string, int64_t> MemberIndex::CountAt(const std::vector<int64_t>& org_ids,
                                                    const std::string& date) const {
  std::shared_lock lock(impl_->mu);
  const Data& d = impl_->d;
  const int32_t day = DateNumber(date);
  std::vector<int64_t> by_code(d.statuses.size(), 0);
  for (const int64_t org : org_ids) {
    if (org <= 0 || static_cast<size_t>(org) >= d.spans_by_org.size()) continue;
    for (const Data::Span& span : d.spans_by_org[static_cast<size_t>(org)]) {
      if (span.from <= day && (span.to == 0 || span.to > day) && d.Alive(span.slot)) {
        ++by_code[span.status];
      }
    }
  }
  std::map<std::string, int64_t> out;
  for (size_t code = 0; code < by_code.size(); ++code) {
    if (by_code[code] != 0) out[d.statuses.Name(code)] = by_code[code];
  }
  return out;
}

bool MemberIndex::EachAt(const std::vector<int64_t>& org_ids, const std::string& date,
                         const std::vector<std::string>& statuses,
                         const std::function<void(const Facts&)>& fn) const {
  std::shared_lock lock(impl_->mu);
  const Data& d = impl_->d;
  for (const Dict* dict : {&d.sexes, &d.ethnicities, &d.religions, &d.theories, &d.educations,
                           &d.professionals, &d.state_mgmts}) {
    if (dict->full()) return false;
  }
  const int32_t day = DateNumber(date);
  uint64_t wanted = 0;
  for (const std::string& st : statuses) {
    const int code = d.statuses.Find(st);
    if (code >= 0 && code < 64) wanted |= uint64_t{1} << code;
  }
  Facts f;
  for (const int64_t org : org_ids) {
    if (org <= 0 || static_cast<size_t>(org) >= d.spans_by_org.size()) continue;
    f.org_id = org;
    for (const Data::Span& span : d.spans_by_org[static_cast<size_t>(org)]) {
      if (span.from > day || (span.to != 0 && span.to <= day) || !d.Alive(span.slot) ||
          ((wanted >> span.status) & 1) == 0) {
        continue;
      }
      const Data::Info& in = d.info[span.slot];
      f.sex = &d.sexes.Name(in.sex);
      f.ethnicity = &d.ethnicities.Name(in.ethnicity);
      f.religion = &d.religions.Name(in.religion);
      f.theory_level = &d.theories.Name(in.theory);
      f.general_education = &d.educations.Name(in.education);
      f.professional_level = &d.professionals.Name(in.professional);
      f.state_mgmt_level = &d.state_mgmts.Name(in.state_mgmt);
      f.birth = in.birth;
      f.admitted = in.admitted;
      fn(f);
    }
  }
  return true;
}

MemberIndex::Stats MemberIndex::GetStats() const {
  std::shared_lock lock(impl_->mu);
  Stats s;
  s.members = impl_->d.slots() - impl_->d.dead;
  s.dead_slots = impl_->d.dead;
  s.tokens = impl_->d.tokens.size();
  s.last_seq = impl_->last_seq;
  return s;
}

Page MemberIndex::Find(const NameQuery& name, const Filter& filter, size_t offset,
                       size_t limit) const {
  std::shared_lock lock(impl_->mu);
  return FindIn(impl_->d, name, filter, offset, limit);
}

}  // namespace dangbo::memindex
