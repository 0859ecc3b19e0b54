// Migration 0002 "registry": the organization tree with its history, host units,
// committees, and the member registry with its sub-records, events and spans.
//
// History model (docs/ARCHITECTURE.md, "History"):
//   org          the tree now (projection)
//   org_span     what an organization was (parent, kind, name, path) from valid_from
//                (inclusive) to valid_to (exclusive; NULL = still so)
//   org_event    the dated decisions that changed the tree
//   member       the record now (projection)
//   member_span  which unit and status a member had from which date to which date
//   member_event the dated facts of a member's life (append-only; voided, never deleted)
// Dates are 'YYYY-MM-DD'. Stocks at a date D join member_span and org_span valid at D.
#include "store/schema_parts.h"

namespace dangbo::store::schema {

const char* Registry() {
  return R"sql(
CREATE TABLE host_unit (
  id @PK@,
  name TEXT NOT NULL,
  -- agency | public_unit | state_enterprise | non_state_enterprise | private_enterprise
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX host_unit_name_idx ON host_unit(name);

ALTER TABLE org ADD COLUMN host_unit_id BIGINT REFERENCES host_unit(id);
ALTER TABLE org ADD COLUMN established_on TEXT;
ALTER TABLE org ADD COLUMN ended_on TEXT;
ALTER TABLE org ADD COLUMN name_key TEXT;

CREATE TABLE org_span (
  org_id BIGINT NOT NULL REFERENCES org(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  parent_id BIGINT,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  path TEXT @BYTES@ NOT NULL,
  PRIMARY KEY (org_id, valid_from)
);
-- Covering for the subtree-at-a-date scans (tree, stocks): no table lookups per span.
CREATE INDEX org_span_path_idx ON org_span(path, valid_from, valid_to, org_id, kind);
CREATE INDEX org_span_parent_idx ON org_span(parent_id, valid_from);

CREATE TABLE org_event (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  -- established | renamed | upgraded | moved | merged | absorbed | split | split_from | dissolved
  kind TEXT NOT NULL,
  effective_on TEXT NOT NULL,
  decision_no TEXT,
  decision_date TEXT,
  detail_json TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX org_event_org_idx ON org_event(org_id, effective_on);
CREATE INDEX org_event_date_idx ON org_event(effective_on);

-- The committee (cấp ủy) of an organization for a term.
CREATE TABLE org_committee_member (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  term TEXT NOT NULL,
  person_name TEXT NOT NULL,
  member_id BIGINT,
  -- secretary | deputy_secretary | standing_member | member
  position TEXT NOT NULL,
  heads_host_unit INTEGER NOT NULL DEFAULT 0,
  from_date TEXT,
  to_date TEXT
);
CREATE INDEX org_committee_org_idx ON org_committee_member(org_id, term);

CREATE TABLE member (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  status TEXT NOT NULL,
  full_name TEXT NOT NULL,
  other_name TEXT,
  sex TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  birth_place TEXT,
  home_town TEXT,
  residence TEXT,
  ethnicity TEXT NOT NULL,
  religion TEXT NOT NULL,
  national_id TEXT,
  occupation TEXT,
  job_title TEXT,
  general_education TEXT,
  professional_level TEXT,
  theory_level TEXT,
  state_mgmt_level TEXT,
  foreign_language TEXT,
  it_level TEXT,
  admitted_on TEXT,
  admitting_org TEXT,
  introducers TEXT,
  official_on TEXT,
  card_no TEXT,
  card_issued_on TEXT,
  record_no TEXT,
  party_position TEXT,
  income_note TEXT,
  name_key TEXT NOT NULL,
  sort_key TEXT @BYTES@ NOT NULL,
  org_path TEXT @BYTES@ NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX member_path_sort_idx ON member(org_path, sort_key);
CREATE INDEX member_sort_idx ON member(sort_key);
CREATE INDEX member_org_idx ON member(org_id);
CREATE INDEX member_birth_idx ON member(name_key, birth_date);
CREATE INDEX member_national_id_idx ON member(national_id);
CREATE UNIQUE INDEX member_card_idx ON member(card_no) WHERE card_no IS NOT NULL;
CREATE UNIQUE INDEX member_record_idx ON member(record_no) WHERE record_no IS NOT NULL;

-- One row per folded word of a member's name, for diacritic-free, any-order search.
-- org_path is the member's (member.org_path, kept in step by the trigger below), so that
-- one word's postings inside a subtree are one range of the key: (token, org_path).
-- Stored in key order (SQLite): the key is the whole row, no separate rowid table.
CREATE TABLE member_name_token (
  token TEXT @BYTES@ NOT NULL,
  org_path TEXT @BYTES@ NOT NULL,
  member_id BIGINT NOT NULL REFERENCES member(id),
  PRIMARY KEY (token, org_path, member_id)
) @WITHOUT_ROWID@;
CREATE INDEX member_name_token_member_idx ON member_name_token(member_id, token);
@SQLITE@
CREATE TRIGGER member_name_token_path AFTER UPDATE OF org_path ON member
  FOR EACH ROW WHEN NEW.org_path <> OLD.org_path
BEGIN
  UPDATE member_name_token SET org_path = NEW.org_path WHERE member_id = NEW.id;
END;
@END@@POSTGRES@
CREATE FUNCTION member_name_token_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE member_name_token SET org_path = NEW.org_path WHERE member_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER member_name_token_path AFTER UPDATE OF org_path ON member
  FOR EACH ROW WHEN (NEW.org_path IS DISTINCT FROM OLD.org_path)
  EXECUTE FUNCTION member_name_token_path();
@END@

CREATE TABLE member_span (
  member_id BIGINT NOT NULL REFERENCES member(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  org_id BIGINT NOT NULL REFERENCES org(id),
  status TEXT NOT NULL,
  PRIMARY KEY (member_id, valid_from)
) @WITHOUT_ROWID@;
-- Covering for counts per unit at a date (stocks): the open spans (valid_to IS NULL) and
-- those closed after the date are two ranges per unit.
CREATE INDEX member_span_org_idx ON member_span(org_id, valid_to, valid_from, status);

CREATE TABLE member_event (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  kind TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  org_id BIGINT REFERENCES org(id),
  decision_no TEXT,
  decision_date TEXT,
  detail_json TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT
);
CREATE INDEX member_event_member_idx ON member_event(member_id, occurred_on);
CREATE INDEX member_event_kind_idx ON member_event(kind, occurred_on);

-- Sub-records of the member's file (mẫu 2-HSĐV): kind = work | training | reward | family.
CREATE TABLE member_record (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  kind TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT,
  title TEXT NOT NULL,
  detail TEXT,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX member_record_member_idx ON member_record(member_id, kind, position);

-- Org spans for organizations created before this migration.
INSERT INTO org_span (org_id, valid_from, valid_to, parent_id, kind, name, path)
  SELECT id, substr(created_at, 1, 10), NULL, parent_id, kind, name, path FROM org;
UPDATE org SET established_on = substr(created_at, 1, 10);
)sql";
}

}  // namespace dangbo::store::schema
