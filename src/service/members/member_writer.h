// The one write path for new member files: the member row and everything derived from
// the input (search tokens, sub-records, spans from the admission and official dates,
// registry events). CreateMember, the import and the demo generator all use it, so a
// file entered by hand, imported or generated is stored the same way.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "service/members/members.h"
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
    std::string detail_json;  // detail.dump(), done by DeriveMemberRows (off the writer)
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

// Multi-row INSERTs into one table, for bulk writers: append columns() values per row to
// values(); Flush() writes them with statements of power-of-two row counts (a handful of
// statements per table gets prepared and cached, whatever the last batch leaves over).
class BulkInsert {
 public:
  BulkInsert(std::string table, std::vector<std::string> columns);
  size_t columns() const { return columns_.size(); }
  size_t rows() const { return values_.size() / columns_.size(); }
  store::Params& values() { return values_; }
  void Flush(store::Transaction& tx);

 private:
  const std::string& Sql(size_t rows);

  std::string table_;
  std::vector<std::string> columns_;
  size_t max_rows_ = 1;
  store::Params values_;
  std::vector<std::string> sql_;  // by log2 of the row count
};

// Writes new member files inside the caller's write transaction. Add() may buffer; the
// ids it returns are final. Flush() (also run by the destructor) writes what is buffered;
// call it before reading the rows back or committing.
//
// Rows are written in batches with multi-row INSERTs. Member ids are allocated by the
// writer: on SQLite max(id)+1 under the transaction's write lock, on PostgreSQL reserved
// from the identity sequence. While a writer holds unflushed members, the caller must not
// insert members by other means in the same transaction. A constraint violation (e.g. a
// duplicate card number) surfaces as store::Error from the Add() that fills a batch or
// from Flush(), for the whole batch: check uniqueness before Add() when it matters. A
// failed flush rolls the caller's transaction back (part of the batch may have been
// written) and the writer refuses further use.
struct MemberWriterOptions {
  // Members buffered before a flush; 1 writes every member at once (no buffering).
  size_t batch_members = 256;
};

class MemberWriter {
 public:
  MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now);
  MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now,
               MemberWriterOptions options);
  // Flushes what is left; a failure here cannot be reported, but it rolls the transaction
  // back, so a later Commit() throws instead of committing without the rows.
  ~MemberWriter();
  MemberWriter(const MemberWriter&) = delete;
  MemberWriter& operator=(const MemberWriter&) = delete;

  int64_t Add(const MemberInput& in, const MemberRows& rows, const std::string& org_path);
  void Flush();

  // Members added so far (flushed or not).
  int64_t added() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// For bulk loads into an empty (or nearly empty) registry: drops the secondary indexes of
// the member tables (member, member_name_token, member_span, member_event,
// member_record; primary keys stay) inside `tx`, and recreates them, each in one sorted
// pass, on Restore(). Building an index once after the load is much cheaper than keeping
// it up to date row by row. Until Restore() the unique indexes on card and record numbers
// do not check anything, and searches are slow: use it only inside the loading
// transaction(s) of a generator or an import into an empty registry. DDL is transactional
// on both engines, so a rollback before Restore() brings the indexes back; if the loader
// commits before Restore() (periodic commits), a crash leaves the indexes missing until
// Restore() is run again (it is idempotent: CREATE INDEX IF NOT EXISTS).
// The member_change triggers are off for the same time (a row per member would cost more
// than the load), and on SQLite the coded-column check triggers of the member tables (the
// loader's codes come from the vocabulary tables); Restore() turns them back on and logs one
// "reload everything" change, so processes holding a member index rebuild it.
class DeferredMemberIndexes {
 public:
  // `keep`: index names to leave in place (e.g. those a loader fills in key order, which
  // cost less to maintain than to rebuild); unknown names are ignored.
  explicit DeferredMemberIndexes(store::Transaction& tx, const std::vector<std::string>& keep = {});
  // Recreates the dropped indexes in `tx` (may be a later transaction than the dropping one);
  // `done` is called after each with its name.
  void Restore(store::Transaction& tx,
               const std::function<void(const std::string&)>& done = nullptr);
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
  std::vector<std::string> create_sql_;
  std::vector<std::string> triggers_off_, triggers_on_;  // SQL to run
};

}  // namespace dangbo::service
