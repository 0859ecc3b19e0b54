// Migration 0004 "change log": which members changed, in commit order, so that a process
// holding an in-memory view of the registry (the server's member index) can follow writes
// made by any process — its own requests, the CLI, other servers on the same PostgreSQL.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

// SQLite: one trigger per table and operation, each logging the member the row is about.
std::string SqliteTriggers() {
  struct Table {
    const char* name;
    const char* member_column;
  };
  struct Op {
    const char* verb;
    const char* suffix;
    const char* row;  // the row a DELETE leaves is OLD
  };
  std::string out;
  for (const Table t : {Table{"member", "id"}, Table{"member_span", "member_id"}}) {
    for (const Op op :
         {Op{"INSERT", "ins", "NEW"}, Op{"UPDATE", "upd", "NEW"}, Op{"DELETE", "del", "OLD"}}) {
      out += std::string("CREATE TRIGGER ") + t.name + "_change_" + op.suffix + " AFTER " +
             op.verb + " ON " + t.name + "\nBEGIN INSERT INTO member_change (member_id) VALUES (" +
             op.row + "." + t.member_column + "); END;\n";
    }
  }
  return out;
}

std::string Render() {
  return R"sql(
-- One row per insert, update or delete of a member or of one of its spans; written by
-- triggers, so no write path can forget it. seq only grows (AUTOINCREMENT on SQLite:
-- deleting old rows never lets a number come back).
@SQLITE@
CREATE TABLE member_change (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id BIGINT NOT NULL
);
)sql" + SqliteTriggers() +
         R"sql(@END@@POSTGRES@
CREATE TABLE member_change (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id BIGINT NOT NULL
);
CREATE FUNCTION member_change_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r RECORD;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'member' THEN
    INSERT INTO member_change (member_id) VALUES (r.id);
  ELSE
    INSERT INTO member_change (member_id) VALUES (r.member_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER member_change AFTER INSERT OR UPDATE OR DELETE ON member
  FOR EACH ROW EXECUTE FUNCTION member_change_log();
CREATE TRIGGER member_span_change AFTER INSERT OR UPDATE OR DELETE ON member_span
  FOR EACH ROW EXECUTE FUNCTION member_change_log();
@END@
)sql";
}

}  // namespace

const char* ChangeLog() {
  static const std::string kSql = Render();
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
