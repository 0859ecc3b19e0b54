// Migration 0012 "dues": party dues (đảng phí) — members' bases and reliefs with the months
// they apply from, the monthly collection (one row per member and month, corrections as new
// rows), a per-unit monthly tally for reports, remittances up the tree and retention shares.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kIncomes = "salaried pensioner student other";
constexpr const char* kReliefKinds = "exemption reduction";
constexpr const char* kReliefReasons = "party_age hardship illness other";
constexpr const char* kEntryKinds = "collection correction";
constexpr const char* kTallyKinds = "due paid extra arrears payers unpaid";

std::string In(const std::string& column, const char* codes) {
  return column + " IN (" + SqlList(codes) + ")";
}

std::string DuesTables() {
  return R"sql(
-- What a member's dues are computed from, from a month ('YYYY-MM') on: the income kind and
-- its amount in đồng. A later row supersedes; a mistake is voided, never edited.
CREATE TABLE dues_basis (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  from_month TEXT NOT NULL,
  income TEXT NOT NULL CHECK ()sql" +
         In("income", kIncomes) + R"sql(),
  amount BIGINT NOT NULL DEFAULT 0 CHECK (amount >= 0),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT,
  voided_at TEXT
);
CREATE INDEX dues_basis_member_idx ON dues_basis(member_id, from_month);

-- An exemption (percent 100) or a temporary reduction of a member's dues for the months
-- [from_month, to_month] (to_month NULL: until further notice).
CREATE TABLE dues_relief (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kReliefKinds) + R"sql(),
  reason TEXT NOT NULL CHECK ()sql" +
         In("reason", kReliefReasons) + R"sql(),
  percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
  from_month TEXT NOT NULL,
  to_month TEXT,
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT,
  voided_at TEXT
);
CREATE INDEX dues_relief_member_idx ON dues_relief(member_id, from_month);

-- The month's collection: one 'collection' row per member and month (the amount due by the
-- rules of the month, what was paid towards it, a voluntary extra, the receipt), and any
-- later 'correction' rows (differences, with a reason) — never edited in place. org_id is
-- the collecting unit, paid_on the fact's date. An unpaid month with a reason is excused.
CREATE TABLE dues_payment (
  id @PK@,
  member_id BIGINT NOT NULL REFERENCES member(id),
  org_id BIGINT NOT NULL REFERENCES org(id),
  month TEXT NOT NULL,
  paid_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kEntryKinds) + R"sql(),
  due BIGINT NOT NULL DEFAULT 0,
  paid BIGINT NOT NULL DEFAULT 0,
  extra BIGINT NOT NULL DEFAULT 0,
  receipt_no TEXT,
  reason TEXT,
  corrects_id BIGINT REFERENCES dues_payment(id),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT,
  voided_at TEXT
);
CREATE INDEX dues_payment_org_idx ON dues_payment(org_id, month);
CREATE INDEX dues_payment_member_idx ON dues_payment(member_id, month);

-- Per collecting unit and month, the sums of its sheet (amounts in đồng: due, paid, extra,
-- arrears; members: payers, unpaid), dated the month's last day: what the report engine
-- counts, so a province's year reads units × 12 rows, not members × 12. Rewritten with
-- every write to the unit's month.
CREATE TABLE dues_tally (
  org_id BIGINT NOT NULL REFERENCES org(id),
  month TEXT NOT NULL,
  on_date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK ()sql" +
         In("kind", kTallyKinds) + R"sql(),
  amount BIGINT NOT NULL,
  PRIMARY KEY (org_id, month, kind)
) @WITHOUT_ROWID@;
CREATE INDEX dues_tally_date_idx ON dues_tally(on_date, org_id);

-- A unit's remittance of a month up the tree (to_org_id NULL: beyond the tree, e.g. a bloc
-- committee to the provincial committee): the base it was computed on, the share kept, the
-- amount the rules give (expected) and the amount sent.
CREATE TABLE dues_remittance (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  to_org_id BIGINT REFERENCES org(id),
  month TEXT NOT NULL,
  remitted_on TEXT NOT NULL,
  base BIGINT NOT NULL,
  keep_percent INTEGER NOT NULL,
  expected BIGINT NOT NULL,
  amount BIGINT NOT NULL CHECK (amount >= 0),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT,
  voided_at TEXT
);
CREATE INDEX dues_remittance_org_idx ON dues_remittance(org_id, month);
CREATE INDEX dues_remittance_to_idx ON dues_remittance(to_org_id, month);
CREATE INDEX dues_remittance_date_idx ON dues_remittance(remitted_on);

-- The share a unit keeps from a month on, where its committee set one: a branch 30–50%, a
-- grassroots organization in a commune or ward 90%.
CREATE TABLE dues_retention (
  id @PK@,
  org_id BIGINT NOT NULL REFERENCES org(id),
  from_month TEXT NOT NULL,
  keep_percent INTEGER NOT NULL CHECK (keep_percent BETWEEN 0 AND 100),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT,
  voided_at TEXT
);
CREATE INDEX dues_retention_org_idx ON dues_retention(org_id, from_month);
)sql";
}

}  // namespace

const std::vector<CodedColumn>& DuesCodedColumns() {
  static const std::vector<CodedColumn> kAll = {
      {"dues_basis", "income", kIncomes},        {"dues_relief", "kind", kReliefKinds},
      {"dues_relief", "reason", kReliefReasons}, {"dues_payment", "kind", kEntryKinds},
      {"dues_tally", "kind", kTallyKinds},
  };
  return kAll;
}

const char* DuesSql() {
  static const std::string kSql = DuesTables() + ExtensionSql(12);
  return kSql.c_str();
}

namespace {

// A 'YYYY-MM' column's month as a bit of its year's mask (January 1, December 2048), and
// its year.
std::string MonthBit(const std::string& col) {
  return "(1 << (CAST(substr(" + col + ", 6, 2) AS INTEGER) - 1))";
}
std::string YearOf(const std::string& col) { return "CAST(substr(" + col + ", 1, 4) AS INTEGER)"; }

}  // namespace

const char* DuesStandingOfPayments() {
  static const std::string kSql =
      "SELECT member_id, y AS year, SUM(bit) AS recorded_mask, SUM(CASE WHEN exc = 0 AND p < d "
      "THEN bit ELSE 0 END) AS unpaid_mask FROM (SELECT member_id, " +
      YearOf("month") + " AS y, " + MonthBit("month") +
      " AS bit, SUM(due) AS d, SUM(paid) AS p, MAX(CASE WHEN kind = 'collection' AND reason IS "
      "NOT NULL AND reason <> '' THEN 1 ELSE 0 END) AS exc FROM dues_payment WHERE voided_at IS "
      "NULL GROUP BY member_id, month) s GROUP BY member_id, y";
  return kSql.c_str();
}

const char* DuesKeptOfTallies() {
  static const std::string kSql = "SELECT org_id, " + YearOf("month") + " AS year, SUM(" +
                                  MonthBit("month") +
                                  ") AS kept_mask FROM (SELECT DISTINCT org_id, month FROM "
                                  "dues_tally) t GROUP BY org_id, " +
                                  YearOf("month");
  return kSql.c_str();
}

const char* DuesStandingSql() {
  static const std::string kSql = std::string(R"sql(
-- Per member and year, the months with a payment row (recorded_mask) and those of them left
-- unpaid without a reason (unpaid_mask); bit 0 is January. Kept with every write to a
-- unit's month (service/dues/dues_standing.cc), so the arrears of a subtree read one row per
-- member instead of twelve payment rows.
CREATE TABLE dues_standing (
  member_id BIGINT NOT NULL REFERENCES member(id),
  year INTEGER NOT NULL,
  recorded_mask INTEGER NOT NULL,
  unpaid_mask INTEGER NOT NULL,
  PRIMARY KEY (member_id, year)
) @WITHOUT_ROWID@;

-- Per unit and year, the months whose collection sheet the unit kept (it has a tally).
CREATE TABLE dues_kept (
  org_id BIGINT NOT NULL REFERENCES org(id),
  year INTEGER NOT NULL,
  kept_mask INTEGER NOT NULL,
  PRIMARY KEY (org_id, year)
) @WITHOUT_ROWID@;

INSERT INTO dues_standing (member_id, year, recorded_mask, unpaid_mask) )sql") +
                                  DuesStandingOfPayments() +
                                  ";\nINSERT INTO dues_kept (org_id, year, kept_mask) " +
                                  DuesKeptOfTallies() + ";\n";
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
