// Migration 0003 "lifecycle": what the member lifecycle needs beyond the registry — the
// holiday table (working days, Tết by the lunar calendar; data editable by admins),
// candidates for admission with their steps, yearly admission targets, and transfers with
// their pending → confirmed state.
#include "store/schema_parts.h"

namespace dangbo::store::schema {

const char* Lifecycle() {
  return R"sql(
-- Days off (holidays and compensatory days) and working Saturdays, by date.
CREATE TABLE holiday (
  day TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- holiday | compensatory | working_saturday
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  updated_by TEXT,
  updated_at TEXT
);

-- Quần chúng ưu tú: a person a branch prepares for admission, step by step.
CREATE TABLE candidate (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  full_name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  sex TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  national_id TEXT,
  ethnicity TEXT NOT NULL,
  religion TEXT NOT NULL,
  general_education TEXT,
  occupation TEXT,
  job_title TEXT,
  home_town TEXT,
  residence TEXT,
  identified_on TEXT NOT NULL,
  class_certificate_no TEXT,
  class_completed_on TEXT,
  dossier_completed_on TEXT,
  introducer1_id BIGINT REFERENCES member(id),
  introducer1_since TEXT,
  introducer2_id BIGINT REFERENCES member(id),
  introducer2_since TEXT,
  branch_vote_on TEXT,
  votes_for INTEGER,
  votes_total INTEGER,
  committee_proposal_on TEXT,
  decision_no TEXT,
  decision_on TEXT,
  ceremony_on TEXT,
  -- preparing | voted | proposed | decided | admitted | refused | withdrawn
  status TEXT NOT NULL,
  member_id BIGINT REFERENCES member(id),
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX candidate_org_idx ON candidate(org_id, status);
CREATE INDEX candidate_name_idx ON candidate(name_key);

CREATE TABLE admission_target (
  org_id BIGINT NOT NULL REFERENCES org(id),
  year INTEGER NOT NULL,
  target INTEGER NOT NULL,
  PRIMARY KEY (org_id, year)
);

-- Transfers: out of the tree, in from outside, internal (between two units of the tree),
-- temporary (away and back; the member stays counted in the home unit). A transfer whose
-- other side is inside the tree waits (pending) until the receiving side confirms it.
CREATE TABLE member_transfer (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  -- out | in | internal | temporary
  kind TEXT NOT NULL,
  from_org_id BIGINT REFERENCES org(id),
  to_org_id BIGINT REFERENCES org(id),
  -- the other side when it is outside the tree (another province, a ministry's committee)
  external_unit TEXT,
  -- giấy giới thiệu sinh hoạt đảng
  letter_no TEXT,
  letter_date TEXT,
  decision_no TEXT,
  decision_date TEXT,
  effective_on TEXT NOT NULL,
  until_on TEXT,
  -- work | study (temporary transfers)
  purpose TEXT,
  -- pending | confirmed | returned | cancelled | voided
  state TEXT NOT NULL,
  confirmed_on TEXT,
  confirmed_by TEXT,
  returned_on TEXT,
  cancel_reason TEXT,
  note TEXT,
  -- the member_event written on confirmation (transferred_*, temporary_out) and on return
  event_id BIGINT REFERENCES member_event(id),
  return_event_id BIGINT REFERENCES member_event(id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX member_transfer_member_idx ON member_transfer(member_id, effective_on);
CREATE INDEX member_transfer_state_idx ON member_transfer(state, kind);
CREATE INDEX member_transfer_to_idx ON member_transfer(to_org_id, state);
CREATE INDEX member_transfer_from_idx ON member_transfer(from_org_id, state);
)sql";
}

}  // namespace dangbo::store::schema
