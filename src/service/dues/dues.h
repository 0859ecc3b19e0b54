// Party dues (đảng phí): each member's basis (income kind and amount) and reliefs from a
// month on, the branch's monthly collection sheet with the amounts due by the rule set of the
// month prefilled, corrections as new rows, remittances up the tree with the shares each
// level keeps, the month's reconciliation, and members in arrears near the removal line.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

enum class DuesReliefKind { kExemption, kReduction };
enum class DuesReliefReason { kPartyAge, kHardship, kIllness, kOther };
enum class DuesEntryKind { kCollection, kCorrection };
std::span<const vocab::Entry<DuesReliefKind>> VocabOf(DuesReliefKind);
std::span<const vocab::Entry<DuesReliefReason>> VocabOf(DuesReliefReason);
std::span<const vocab::Entry<DuesEntryKind>> VocabOf(DuesEntryKind);

// A month as "YYYY-MM" → its first day; nullopt when malformed or before 1930 / after 2200.
std::optional<Date> ParseDuesMonth(const std::string& month);

// --- Bases and reliefs (dues_basis.cc) ---
struct DuesBasisInput {
  int64_t member_id = 0;
  std::string from_month;  // "YYYY-MM"
  std::string income;      // rules::DuesIncome code
  int64_t amount = 0;      // đồng: the salary subject to social insurance, or the pension
  std::string note;
};
struct DuesBasis {
  int64_t id = 0, member_id = 0;
  std::string from_month, income, note, recorded_at;
  int64_t amount = 0;
};
nlohmann::json DuesBasisJson(const DuesBasis& b);
Result<DuesBasis> SetDuesBasis(const Env& env, const Actor& actor, const DuesBasisInput& in);

struct DuesReliefInput {
  int64_t member_id = 0;
  std::string kind, reason;          // DuesReliefKind, DuesReliefReason codes
  int percent = 100;                 // exemption: 100; reduction: 1–99
  std::string from_month, to_month;  // to_month "" = until further notice
  std::string note;
};
struct DuesRelief {
  int64_t id = 0, member_id = 0;
  std::string kind, reason, from_month, to_month, note, recorded_at;
  int percent = 0;
};
nlohmann::json DuesReliefJson(const DuesRelief& r);
Result<DuesRelief> AddDuesRelief(const Env& env, const Actor& actor, const DuesReliefInput& in);

// One collection or correction row.
struct DuesEntry {
  int64_t id = 0, member_id = 0, org_id = 0;
  std::string month, paid_on, kind, receipt_no, reason, recorded_at;
  int64_t due = 0, paid = 0, extra = 0;
  std::optional<int64_t> corrects_id;
};
nlohmann::json DuesEntryJson(const DuesEntry& e);

// A member's dues file: bases, reliefs and the entries of the last 24 months, newest first.
struct MemberDues {
  int64_t member_id = 0;
  std::string full_name;
  std::vector<DuesBasis> bases;
  std::vector<DuesRelief> reliefs;
  std::vector<DuesEntry> entries;
};
nlohmann::json MemberDuesJson(const MemberDues& d);
Result<MemberDues> GetMemberDues(const Env& env, const Actor& actor, int64_t member_id);

// --- The month's sheet (dues_sheet.cc) ---
// A line of a unit's sheet: the member, the basis and relief of the month, the amount due by
// the rules of the month, and what is recorded (the collection row plus corrections).
struct DuesLine {
  int64_t member_id = 0;
  std::string full_name;
  std::string income;  // "" when no basis is recorded (then the other members' amount)
  int64_t base = 0;
  int reduction_percent = 0;
  std::string relief_reason;  // the relief's reason, or "party_age" when exempt by age
  int64_t due = 0;
  bool recorded = false;  // the month's collection row exists
  int64_t recorded_due = 0, paid = 0, extra = 0;
  std::string receipt_no, reason, paid_on;
  int64_t corrections = 0;
};
struct DuesSheet {
  int64_t org_id = 0;
  std::string org_name, month, rules_source;
  std::vector<DuesLine> lines;
  int64_t due = 0, paid = 0, extra = 0, recorded = 0, unpaid = 0;
};
nlohmann::json DuesSheetJson(const DuesSheet& s);
// The sheet of a branch-like unit for a month (not after the current one): its members at the
// month's end (today for the current month), as the meeting roster counts them.
Result<DuesSheet> GetDuesSheet(const Env& env, const Actor& actor, int64_t org_id,
                               const std::string& month);

struct CollectLine {
  int64_t member_id = 0;
  int64_t paid = 0;   // đồng paid towards the month's due
  int64_t extra = 0;  // voluntary contribution
  std::string receipt_no;
  std::string reason;  // why unpaid (an excused month)
};
struct CollectInput {
  int64_t org_id = 0;
  std::string month, paid_on;  // paid_on: "" = today
  std::vector<CollectLine> lines;
};
// Records the month's collection for members of the sheet not recorded yet (one row each,
// the due as the sheet computes it); a member already recorded is refused: correct instead.
Result<DuesSheet> CollectDues(const Env& env, const Actor& actor, const CollectInput& in);

struct DuesCorrectionInput {
  int64_t org_id = 0;
  std::string month;
  int64_t member_id = 0;
  int64_t paid_delta = 0, extra_delta = 0;
  std::string reason;  // required
  std::string on;      // "" = today
};
// A correction: a new dated row with the differences, never an edit of the collection row.
Result<DuesSheet> CorrectDues(const Env& env, const Actor& actor, const DuesCorrectionInput& in);

// --- Remittance up the tree (dues_remit.cc) ---
struct RemitInput {
  int64_t org_id = 0;
  std::string month, remitted_on;  // remitted_on "" = today
  std::optional<int64_t> amount;   // none: the amount the rules give
  std::string note;
};
struct Remittance {
  int64_t id = 0, org_id = 0;
  std::optional<int64_t> to_org_id;
  std::string org_name, to_org_name, month, remitted_on, note;
  int64_t base = 0, expected = 0, amount = 0;
  int keep_percent = 0;
};
nlohmann::json RemittanceJson(const Remittance& r);
Result<Remittance> RecordRemittance(const Env& env, const Actor& actor, const RemitInput& in);

// The share a unit keeps from a month on: a branch 30–50%; a grassroots organization 70% or,
// in a commune or ward, 90%; other levels keep what the rules say.
struct RetentionInput {
  int64_t org_id = 0;
  std::string from_month;
  int keep_percent = 0;
  std::string note;
};
Status SetDuesRetention(const Env& env, const Actor& actor, const RetentionInput& in);

// One unit's month: collected on its own sheet, received from the units below, remitted up
// (what the rules give now, and what was recorded), kept = collected + received − remitted.
struct ReconciliationRow {
  int64_t org_id = 0;
  std::string org_name, org_kind;
  int depth = 0;  // below the asked unit
  int64_t collected = 0, received = 0, base = 0, expected = 0, remitted = 0, kept = 0;
  int keep_percent = 0;
  bool remitted_recorded = false;
};
struct Reconciliation {
  int64_t org_id = 0;
  std::string month;
  std::vector<ReconciliationRow> rows;  // tree order
  // Over the subtree: collected = kept + remitted out of it, always; `balanced` also needs
  // every recorded remittance to equal what the rules give now.
  int64_t collected = 0, kept = 0, remitted_out = 0;
  bool balanced = true;
};
nlohmann::json ReconciliationJson(const Reconciliation& r);
Result<Reconciliation> DuesReconciliation(const Env& env, const Actor& actor, int64_t org_id,
                                          const std::string& month);
// Remittances of the subtree in a year, newest first.
Result<std::vector<Remittance>> ListRemittances(const Env& env, const Actor& actor, int64_t org_id,
                                                int year);

// --- Arrears (dues_arrears.cc) ---
// A member of the subtree with unpaid months in the year (months the unit's sheet was kept in
// and the member paid less than due without a reason, and was not exempt), shown with the
// unexcused meeting absences of the same year: the removal rule counts either (Điều lệ).
struct DuesArrear {
  int64_t member_id = 0;
  std::string full_name, org_name;
  std::vector<std::string> months;  // "YYYY-MM"
  int64_t amount = 0;               // unpaid, đồng
  int64_t unexcused_absences = 0;
  bool removal_line = false;  // 3 months (the rule set's number) reached
};
nlohmann::json DuesArrearJson(const DuesArrear& a);
// Months up to the one before `on` (the whole year for a past year); members at or above the
// warning line (one below the removal line).
Result<std::vector<DuesArrear>> DuesArrears(const Env& env, const Actor& actor, int64_t org_id,
                                            int year);

// --- Many months at once (dues_bulk.cc), for generators ---
struct DuesImport {
  std::vector<std::string> months;  // "YYYY-MM", ascending: collected for every branch-like
                                    // unit of the subtree that existed at the month's end
  // The basis of a member met on a roster without one (from the first month).
  std::function<DuesBasisInput(int64_t member)> basis;
  // What a member pays of the month's due (the generator's choice), with any extra or reason.
  std::function<CollectLine(int64_t member, const std::string& month, int64_t due)> pay;
  bool remit = true;  // then each month's remittances as the rules give them, 10 days later
};
// Writes it all in one transaction with multi-row INSERTs (one audit row); the rosters are
// read as the meeting roster counts them, in one pass. Answers the payment rows written.
Result<int64_t> ImportDues(const Env& env, const Actor& actor, int64_t org_id,
                           const DuesImport& in);

}  // namespace dangbo::service
