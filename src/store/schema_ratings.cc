// Migration 0010 "ratings_badges": yearly ratings of members and organizations (one row per
// subject and year, each step dated with who recorded it) and party badges (proposal →
// decision → award). Both follow the dated-fact column standard (org_id, a date, voided_at).
#include "store/schema_parts.h"

namespace dangbo::store::schema {

const char* RatingsBadges() {
  return R"sql(
-- Đánh giá, xếp loại chất lượng: a member's or an organization's rating for a year. The
-- levels of each step are codes of the rating levels; `level` is the latest step's.
CREATE TABLE rating (
  id @PK@,
  year INTEGER NOT NULL,
  -- member | org
  subject TEXT NOT NULL,
  member_id BIGINT REFERENCES member(id),
  -- the member's unit when rated, or the organization rated
  org_id BIGINT NOT NULL REFERENCES org(id),
  -- the TCCSĐ the "xuất sắc" cap is counted in (the organization itself for a TCCSĐ)
  grassroots_id BIGINT REFERENCES org(id),
  -- the year as a date (31/12), for flows over periods
  rated_on TEXT NOT NULL,
  -- quota | score: the scheme of the rule set in force for the year
  scheme TEXT NOT NULL,
  -- self | proposed | decided | approved
  stage TEXT NOT NULL,
  self_level TEXT,
  self_score INTEGER,
  self_on TEXT,
  self_by TEXT,
  proposed_level TEXT,
  proposed_score INTEGER,
  proposed_on TEXT,
  proposed_by TEXT,
  decided_level TEXT,
  decided_score INTEGER,
  decided_on TEXT,
  decided_by TEXT,
  approved_on TEXT,
  approved_by TEXT,
  approval_no TEXT,
  level TEXT NOT NULL,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  CHECK ((subject = 'member') = (member_id IS NOT NULL)),
  CHECK (year BETWEEN 1930 AND 2200)
);
CREATE UNIQUE INDEX rating_member_year_idx ON rating(member_id, year)
  WHERE voided_at IS NULL AND member_id IS NOT NULL;
CREATE UNIQUE INDEX rating_org_year_idx ON rating(org_id, year)
  WHERE voided_at IS NULL AND subject = 'org';
CREATE INDEX rating_org_date_idx ON rating(org_id, rated_on);
CREATE INDEX rating_grassroots_idx ON rating(grassroots_id, year);

-- Huy hiệu Đảng: a member proposed for a milestone at an award round, then decided and
-- awarded (decision number and date).
CREATE TABLE badge (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  -- the member's unit when proposed
  org_id BIGINT NOT NULL REFERENCES org(id),
  milestone INTEGER NOT NULL,
  round_on TEXT NOT NULL,
  -- regular | illness | posthumous
  basis TEXT NOT NULL,
  -- proposed | decided | awarded
  status TEXT NOT NULL,
  party_age_years INTEGER NOT NULL,
  party_age_months INTEGER NOT NULL,
  proposed_on TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  decision_no TEXT,
  decision_on TEXT,
  decided_by TEXT,
  awarded_on TEXT,
  awarded_by TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  voided_at TEXT,
  CHECK (milestone BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX badge_member_milestone_idx ON badge(member_id, milestone)
  WHERE voided_at IS NULL;
CREATE INDEX badge_org_proposed_idx ON badge(org_id, proposed_on);
CREATE INDEX badge_org_awarded_idx ON badge(org_id, awarded_on);
CREATE INDEX badge_round_idx ON badge(round_on);
)sql";
}

}  // namespace dangbo::store::schema
