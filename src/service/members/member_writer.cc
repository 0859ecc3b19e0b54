// MemberWriter: buffered, multi-row INSERTs with ids allocated by the writer; and the
// deferred index maintenance for bulk loads.
#include "service/members/member_writer.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <stdexcept>

#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

store::Value Nullable(const std::string& s) {
  return s.empty() ? store::Value(nullptr) : store::Value(s);
}

const std::vector<std::pair<const char*, std::vector<SubRecord> MemberInput::*>>& RecordLists() {
  static const std::vector<std::pair<const char*, std::vector<SubRecord> MemberInput::*>> kLists = {
      {"work", &MemberInput::work},
      {"training", &MemberInput::training},
      {"reward", &MemberInput::rewards},
      {"family", &MemberInput::family}};
  return kLists;
}

void InsertRecords(store::Transaction& tx, int64_t id, const MemberInput& in) {
  for (const auto& [kind, list] : RecordLists()) {
    int64_t pos = 0;
    for (const auto& r : in.*list) {
      tx.Exec(
          "INSERT INTO member_record (member_id, kind, from_date, to_date, title, detail, "
          "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {id, std::string(kind), Nullable(r.from_date), Nullable(r.to_date), r.title,
           Nullable(r.detail), pos++});
    }
  }
}

void InsertHistory(store::Transaction& tx, int64_t id, int64_t org_id, const MemberRows& rows,
                   const std::string& recorded_by, const std::string& now) {
  for (size_t i = 0; i < rows.spans.size(); ++i) {
    const bool last = i + 1 == rows.spans.size();
    tx.Exec(
        "INSERT INTO member_span (member_id, valid_from, valid_to, org_id, status, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {id, rows.spans[i].from,
         last ? store::Value(nullptr) : store::Value(rows.spans[i + 1].from), org_id,
         rows.spans[i].status, now});
  }
  for (const auto& e : rows.events) {
    tx.Exec(
        "INSERT INTO member_event (member_id, kind, occurred_on, org_id, detail_json, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, e.kind, e.on, org_id, e.detail_json.empty() ? e.detail.dump() : e.detail_json,
         recorded_by, now});
  }
}

}  // namespace

void ReplaceMemberTokens(store::Transaction& tx, int64_t id,
                         const std::vector<std::string>& tokens) {
  tx.Exec("DELETE FROM member_name_token WHERE member_id = ?", {id});
  for (const auto& t : tokens) {
    tx.Exec(
        "INSERT INTO member_name_token (token, org_path, member_id) "
        "SELECT ?, org_path, id FROM member WHERE id = ?",
        {t, id});
  }
}

void ReplaceMemberRecords(store::Transaction& tx, int64_t id, const MemberInput& in) {
  tx.Exec("DELETE FROM member_record WHERE member_id = ?", {id});
  InsertRecords(tx, id, in);
}

void ReplaceDerivedHistory(store::Transaction& tx, int64_t id, int64_t org_id,
                           const MemberRows& rows, const std::string& recorded_by,
                           const std::string& now) {
  RetireSpans(tx, SpanTable::kMember, "member_id = ?", {id}, now);
  tx.Exec("DELETE FROM member_span WHERE member_id = ?", {id});
  tx.Exec(
      "UPDATE member_event SET voided_at = ?, void_reason = ? WHERE member_id = ? AND "
      "voided_at IS NULL AND kind IN ('admitted', 'recognized', 'card_issued')",
      {now, std::string("Sửa ngày trong hồ sơ"), id});
  InsertHistory(tx, id, org_id, rows, recorded_by, now);
  tx.Exec("UPDATE member SET status = ? WHERE id = ?", {rows.status, id});
}

MemberRows DeriveMemberRows(const MemberInput& in, const std::string& unit_established_on) {
  MemberRows r;
  r.events.reserve(3);
  r.status = in.official_on.empty() ? "probationary" : "official";
  r.name_key = text::Fold(in.full_name);
  r.sort_key = text::NameSortKey(in.full_name);
  std::set<std::string> tokens;
  for (auto& w : text::FoldedWords(in.full_name)) tokens.insert(std::move(w));
  for (auto& w : text::FoldedWords(in.other_name)) tokens.insert(std::move(w));
  r.tokens.assign(tokens.begin(), tokens.end());
  const std::string start = std::max(in.admitted_on, unit_established_on);
  const std::string official_from = in.official_on.empty() ? "" : std::max(in.official_on, start);
  if (official_from.empty() || official_from > start) r.spans.push_back({start, "probationary"});
  if (!official_from.empty()) r.spans.push_back({official_from, "official"});
  r.events.push_back(
      {"admitted", in.admitted_on, {{"source", "registry"}, {"admitting_org", in.admitting_org}}});
  if (!in.official_on.empty()) {
    r.events.push_back({"recognized", in.official_on, {{"source", "registry"}}});
  }
  if (!in.card_no.empty()) {
    r.events.push_back({"card_issued",
                        in.card_issued_on.empty() ? in.official_on : in.card_issued_on,
                        {{"source", "registry"}, {"card_no", in.card_no}}});
  }
  for (auto& e : r.events) e.detail_json = e.detail.dump();
  return r;
}

// ---- BulkInsert ----

BulkInsert::BulkInsert(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {
  // Well below SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
  constexpr size_t kMaxParams = 16000;
  constexpr size_t kMaxRows = 256;
  while (max_rows_ * 2 <= kMaxRows && max_rows_ * 2 * columns_.size() <= kMaxParams) {
    max_rows_ *= 2;
  }
}

void BulkInsert::Flush(store::Transaction& tx) {
  const size_t n = rows();
  size_t done = 0;
  store::Params chunk;
  while (done < n) {
    size_t size = max_rows_;
    while (size > n - done) size /= 2;
    chunk.clear();
    const auto first = values_.begin() + static_cast<std::ptrdiff_t>(done * columns_.size());
    chunk.insert(
        chunk.end(), std::make_move_iterator(first),
        std::make_move_iterator(first + static_cast<std::ptrdiff_t>(size * columns_.size())));
    tx.Exec(Sql(size), chunk);
    done += size;
  }
  values_.clear();
}

const std::string& BulkInsert::Sql(size_t rows) {
  size_t log = 0;
  while ((size_t{1} << log) < rows) ++log;
  if (sql_.size() <= log) sql_.resize(log + 1);
  std::string& sql = sql_[log];
  if (sql.empty()) {
    std::string cols, marks = "(";
    for (const auto& c : columns_) {
      cols += (cols.empty() ? "" : ", ") + c;
      marks += marks.size() == 1 ? "?" : ", ?";
    }
    marks += ")";
    sql = "INSERT INTO " + table_ + " (" + cols + ") VALUES ";
    sql.reserve(sql.size() + rows * (marks.size() + 2));
    for (size_t i = 0; i < rows; ++i) {
      if (i > 0) sql += ", ";
      sql += marks;
    }
  }
  return sql;
}

// ---- MemberWriter ----

namespace {

std::vector<std::string> MemberColumns() {
  std::vector<std::string> cols = {"id",       "org_id",   "status",     "name_key",
                                   "sort_key", "org_path", "created_at", "updated_at"};
  for (const auto& f : MemberFields()) cols.emplace_back(f.name);
  return cols;
}

// The MemberInput members behind MemberFields(), in that order (checked once by name).
const std::vector<std::string MemberInput::*>& FieldPointers() {
  static const std::vector<std::string MemberInput::*> kPtrs = [] {
    using P = std::string MemberInput::*;
    const std::vector<P> all = {&MemberInput::full_name,
                                &MemberInput::other_name,
                                &MemberInput::sex,
                                &MemberInput::birth_date,
                                &MemberInput::birth_place,
                                &MemberInput::home_town,
                                &MemberInput::residence,
                                &MemberInput::ethnicity,
                                &MemberInput::religion,
                                &MemberInput::national_id,
                                &MemberInput::occupation,
                                &MemberInput::job_title,
                                &MemberInput::general_education,
                                &MemberInput::professional_level,
                                &MemberInput::theory_level,
                                &MemberInput::state_mgmt_level,
                                &MemberInput::foreign_language,
                                &MemberInput::it_level,
                                &MemberInput::admitted_on,
                                &MemberInput::admitting_org,
                                &MemberInput::introducers,
                                &MemberInput::official_on,
                                &MemberInput::card_no,
                                &MemberInput::card_issued_on,
                                &MemberInput::record_no,
                                &MemberInput::party_position,
                                &MemberInput::income_note};
    std::vector<P> out;
    for (const auto& f : MemberFields()) {
      MemberInput probe;
      SetMemberField(probe, f.name, "?");
      const auto it = std::find_if(all.begin(), all.end(), [&](P p) { return probe.*p == "?"; });
      if (it == all.end()) throw std::logic_error(std::string("MemberWriter: no field ") + f.name);
      out.push_back(*it);
    }
    return out;
  }();
  return kPtrs;
}

}  // namespace

struct MemberWriter::Impl {
  Impl(store::Transaction& t, std::string by, std::string at, MemberWriterOptions o)
      : tx(t),
        recorded_by(std::move(by)),
        now(std::move(at)),
        options(o),
        member("member", MemberColumns()),
        token("member_name_token", {"token", "org_path", "member_id"}),
        record("member_record",
               {"member_id", "kind", "from_date", "to_date", "title", "detail", "position"}),
        span("member_span", {"member_id", "valid_from", "valid_to", "org_id", "status"}),
        event("member_event", {"member_id", "kind", "occurred_on", "org_id", "detail_json",
                               "recorded_by", "recorded_at"}) {
    if (options.batch_members == 0) options.batch_members = 1;
  }

  // The next member id (see the class comment).
  int64_t NextId() {
    if (tx.engine() == store::Engine::kSqlite) {
      if (next_id == 0) next_id = tx.QueryRow("SELECT COALESCE(MAX(id), 0) + 1 FROM member").Int(0);
      return next_id++;
    }
    if (reserved.empty()) {
      // Reserve a block from the identity sequence: 1 id at first (a single entry wastes
      // none), then doubling up to the batch size.
      const int64_t n = std::min<int64_t>(std::max<int64_t>(1, 2 * last_block),
                                          static_cast<int64_t>(options.batch_members));
      last_block = n;
      tx.Each("SELECT nextval(pg_get_serial_sequence('member', 'id')) FROM generate_series(1, ?)",
              {n}, [&](const store::Row& r) { reserved.push_back(r.Int(0)); });
      std::reverse(reserved.begin(), reserved.end());
    }
    const int64_t id = reserved.back();
    reserved.pop_back();
    return id;
  }

  int64_t Add(const MemberInput& in, const MemberRows& rows, const std::string& org_path) {
    if (failed) throw store::Error(store::Error::Kind::kOther, "MemberWriter: a flush failed");
    const int64_t id = NextId();
    const int64_t org_id = in.org_id;
    store::Params& m = member.values();
    m.reserve(m.size() + member.columns());
    m.emplace_back(id);
    m.emplace_back(org_id);
    m.emplace_back(rows.status);
    m.emplace_back(rows.name_key);
    m.emplace_back(rows.sort_key);
    m.emplace_back(org_path);
    m.emplace_back(now);
    m.emplace_back(now);
    for (auto ptr : FieldPointers()) m.push_back(Nullable(in.*ptr));

    store::Params& t = token.values();
    for (const auto& w : rows.tokens) {
      t.emplace_back(w);
      t.emplace_back(org_path);
      t.emplace_back(id);
    }
    store::Params& rec = record.values();
    for (const auto& [kind, list] : RecordLists()) {
      int64_t pos = 0;
      for (const auto& r : in.*list) {
        rec.emplace_back(id);
        rec.emplace_back(std::string(kind));
        rec.push_back(Nullable(r.from_date));
        rec.push_back(Nullable(r.to_date));
        rec.emplace_back(r.title);
        rec.push_back(Nullable(r.detail));
        rec.emplace_back(pos++);
      }
    }
    store::Params& sp = span.values();
    for (size_t i = 0; i < rows.spans.size(); ++i) {
      const bool last = i + 1 == rows.spans.size();
      sp.emplace_back(id);
      sp.emplace_back(rows.spans[i].from);
      sp.push_back(last ? store::Value(nullptr) : store::Value(rows.spans[i + 1].from));
      sp.emplace_back(org_id);
      sp.emplace_back(rows.spans[i].status);
    }
    store::Params& ev = event.values();
    for (const auto& e : rows.events) {
      ev.emplace_back(id);
      ev.emplace_back(e.kind);
      ev.emplace_back(e.on);
      ev.emplace_back(org_id);
      ev.emplace_back(e.detail_json.empty() ? e.detail.dump() : e.detail_json);
      ev.emplace_back(recorded_by);
      ev.emplace_back(now);
    }
    ++added;
    if (member.rows() >= options.batch_members) Flush();
    return id;
  }

  // Writes what is buffered. On failure the buffers are dropped and the caller's
  // transaction is rolled back (part of a batch may be written: the transaction must not
  // commit), and the error propagates; the writer refuses further use.
  void Flush() {
    if (failed) throw store::Error(store::Error::Kind::kOther, "MemberWriter: a flush failed");
    try {
      // Parents first: foreign keys are checked per statement.
      for (BulkInsert* b : {&member, &token, &record, &span, &event}) b->Flush(tx);
    } catch (...) {
      failed = true;
      for (BulkInsert* b : {&member, &token, &record, &span, &event}) b->values().clear();
      try {
        if (tx.active()) tx.Rollback();
      } catch (...) {
      }
      throw;
    }
  }

  bool Pending() const {
    return member.rows() + token.rows() + record.rows() + span.rows() + event.rows() > 0;
  }

  store::Transaction& tx;
  std::string recorded_by;
  std::string now;
  MemberWriterOptions options;
  BulkInsert member, token, record, span, event;
  int64_t next_id = 0;            // SQLite
  std::vector<int64_t> reserved;  // PostgreSQL, in reverse order
  int64_t last_block = 0;
  int64_t added = 0;
  bool failed = false;
};

MemberWriter::MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now)
    : MemberWriter(tx, std::move(recorded_by), std::move(now), MemberWriterOptions{}) {}

MemberWriter::MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now,
                           MemberWriterOptions options)
    : impl_(std::make_unique<Impl>(tx, std::move(recorded_by), std::move(now), options)) {}

MemberWriter::~MemberWriter() {
  if (impl_->failed || !impl_->Pending()) return;
  try {
    impl_->Flush();
  } catch (...) {
    // Nobody can hear the error here; Flush() has rolled the transaction back, so it cannot
    // commit without the rows (Commit() on an ended transaction throws).
  }
}

void MemberWriter::Flush() { impl_->Flush(); }

int64_t MemberWriter::added() const { return impl_->added; }

int64_t MemberWriter::Add(const MemberInput& in, const MemberRows& rows,
                          const std::string& org_path) {
  return impl_->Add(in, rows, org_path);
}

// ---- DeferredMemberIndexes ----

namespace {

constexpr const char* kMemberTables =
    "('member', 'member_name_token', 'member_span', 'member_event', 'member_record')";

}  // namespace

DeferredMemberIndexes::DeferredMemberIndexes(store::Transaction& tx,
                                             const std::vector<std::string>& keep) {
  const std::string sql =
      tx.engine() == store::Engine::kSqlite
          ? std::string(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                "sql IS NOT NULL AND tbl_name IN ") +
                kMemberTables + " ORDER BY name"
          : std::string(
                "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                "WHERE t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary "
                "AND t.relname IN ") +
                kMemberTables + " ORDER BY i.relname";
  tx.Each(sql, {}, [&](const store::Row& r) {
    if (std::find(keep.begin(), keep.end(), r.Text(0)) != keep.end()) return;
    names_.push_back(r.Text(0));
    std::string create = r.Text(1);
    const size_t at = create.find("INDEX ");
    if (at != std::string::npos) create.insert(at + 6, "IF NOT EXISTS ");
    create_sql_.push_back(std::move(create));
  });
  for (const auto& n : names_) tx.ExecuteScript("DROP INDEX " + n);
  if (tx.engine() == store::Engine::kSqlite) {
    // The change triggers, and the coded-column checks (store/schema_codes.cc): each is a
    // trigger program per row on SQLite that costs more than the row; the writer's codes
    // come from the vocabulary tables.
    tx.Each(
        std::string("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND ((name LIKE "
                    "'%change%' AND tbl_name IN ('member', 'member_span')) OR (name LIKE "
                    "'%\\_code\\_%' ESCAPE '\\' AND tbl_name IN ") +
            kMemberTables + ")) ORDER BY name",
        {}, [&](const store::Row& r) {
          triggers_off_.push_back("DROP TRIGGER " + r.Text(0));
          triggers_on_.push_back(r.Text(1));
        });
  } else {
    for (const char* t : {"member", "member_span"}) {
      const std::string table = t,
                        trigger = table == "member" ? "member_change" : "member_span_change";
      triggers_off_.push_back("ALTER TABLE " + table + " DISABLE TRIGGER " + trigger);
      triggers_on_.push_back("ALTER TABLE " + table + " ENABLE TRIGGER " + trigger);
    }
  }
  for (const auto& sql : triggers_off_) tx.ExecuteScript(sql);
}

void DeferredMemberIndexes::Restore(store::Transaction& tx,
                                    const std::function<void(const std::string&)>& done) {
  for (size_t i = 0; i < create_sql_.size(); ++i) {
    tx.ExecuteScript(create_sql_[i]);
    if (done) done(names_[i]);
  }
  for (const auto& sql : triggers_on_) tx.ExecuteScript(sql);
  triggers_on_.clear();
  tx.Exec("INSERT INTO member_change (member_id) VALUES (0)");  // 0: reload everything
}

}  // namespace dangbo::service
