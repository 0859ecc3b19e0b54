// Migration 0004 "change log": which members changed, in commit order, so that a process
// holding an in-memory view of the registry (the server's member index) can follow writes
// made by any process — its own requests, the CLI, other servers on the same PostgreSQL.
#include "store/schema_parts.h"

namespace dangbo::store::schema {

const char* ChangeLog() {
  return R"sql(
-- One row per insert, update or delete of a member or of one of its spans; written by
-- triggers, so no write path can forget it. seq only grows (AUTOINCREMENT on SQLite:
-- deleting old rows never lets a number come back).
@SQLITE@
CREATE TABLE member_change (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id BIGINT NOT NULL
);
CREATE TRIGGER member_change_ins AFTER INSERT ON member
BEGIN INSERT INTO member_change (member_id) VALUES (NEW.id); END;
CREATE TRIGGER member_change_upd AFTER UPDATE ON member
BEGIN INSERT INTO member_change (member_id) VALUES (NEW.id); END;
CREATE TRIGGER member_change_del AFTER DELETE ON member
BEGIN INSERT INTO member_change (member_id) VALUES (OLD.id); END;
CREATE TRIGGER member_span_change_ins AFTER INSERT ON member_span
BEGIN INSERT INTO member_change (member_id) VALUES (NEW.member_id); END;
CREATE TRIGGER member_span_change_upd AFTER UPDATE ON member_span
BEGIN INSERT INTO member_change (member_id) VALUES (NEW.member_id); END;
CREATE TRIGGER member_span_change_del AFTER DELETE ON member_span
BEGIN INSERT INTO member_change (member_id) VALUES (OLD.member_id); END;
@END@@POSTGRES@
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

}  // namespace dangbo::store::schema
