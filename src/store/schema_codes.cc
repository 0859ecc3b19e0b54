// Migrations 0005 "coded_columns" and 0006 "audit_actions": every coded column accepts only
// the codes of its vocabulary (service/core/kinds.h, roles.h). PostgreSQL gets CHECK
// constraints (NOT VALID: rows written before are not re-read); SQLite, which cannot add a
// constraint to a table, gets triggers that abort an INSERT or UPDATE with another code. The
// lists are frozen with their migration: a new code needs a new migration, and service_test
// compares the latest lists with the vocabulary tables.
#include <string>

#include "store/schema_parts.h"

namespace dangbo::store::schema {

namespace {

constexpr const char* kOrgKinds =
    "superior_committee grassroots_committee grassroots_branch sub_committee branch";
constexpr const char* kStatuses =
    "probationary official exempt transferred_out removed expelled left deceased ended";

// Migration 0005.
const std::vector<CodedColumn>& Registry0005() {
  static const std::vector<CodedColumn> kAll = {
      {"org", "kind", kOrgKinds},
      {"org_span", "kind", kOrgKinds},
      {"org_event", "kind",
       "established renamed upgraded moved merged absorbed split split_from dissolved"},
      {"user_role", "role", "admin org_staff inspection_staff propaganda_staff secretary member"},
      {"member", "status", kStatuses},
      {"member_span", "status", kStatuses},
      {"member_event", "kind",
       "admitted recognized recognition_refused unit_changed transferred_out transferred_in "
       "transferred_internal temporary_out temporary_returned card_issued card_reissued "
       "exempted exemption_ended removed expelled left died readmitted"},
      {"member_transfer", "kind", "out in internal temporary"},
      {"member_transfer", "state", "pending confirmed returned cancelled voided"},
  };
  return kAll;
}

// Migration 0006: audit_log.action, the codes of AuditAction.
const std::vector<CodedColumn>& AuditActions0006() {
  static const std::vector<CodedColumn> kAll = {
      {"audit_log", "action",
       "auth.login auth.logout user.create user.password_reset user.password_change http.write "
       "org.create org.rename org.upgrade org.move org.merge org.split org.dissolve "
       "host_unit.create committee.add committee.remove member.create member.update "
       "member.import member.recognize member.recognition_refuse member.card_issue "
       "member.card_reissue member.transfer_out member.transfer_in member.exempt "
       "member.exemption_end member.remove member.expel member.leave member.death "
       "member.readmit member_event.void transfer.internal_create transfer.temporary_create "
       "transfer.confirm transfer.cancel transfer.return candidate.create candidate.class "
       "candidate.dossier candidate.introducers candidate.vote candidate.proposal "
       "candidate.decision candidate.ceremony candidate.refuse candidate.withdraw "
       "admission_target.set holiday.seed holiday.put holiday.delete demo.national"},
  };
  return kAll;
}

}  // namespace

// "a b c" -> "'a','b','c'" (codes are lower-case ASCII: nothing to escape).
std::string SqlList(const std::string& codes) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ",";
    out += "'" + word + "'";
    word.clear();
  };
  for (char c : codes) {
    if (c == ' ') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

namespace {

std::string Render(const std::vector<CodedColumn>& columns) {
  std::string pg = "@POSTGRES@\n", lite = "@SQLITE@\n";
  for (const CodedColumn& c : columns) {
    const std::string name = std::string(c.table) + "_" + c.column + "_code";
    const std::string test = std::string(c.column) + " IN (" + SqlList(c.codes) + ")";
    pg += "ALTER TABLE " + std::string(c.table) + " ADD CONSTRAINT " + name + " CHECK (" + test +
          ") NOT VALID;\n";
    for (const char* when : {"INSERT", "UPDATE OF"}) {
      const bool insert = std::string(when) == "INSERT";
      lite += "CREATE TRIGGER " + name + (insert ? "_insert" : "_update") + " BEFORE " + when +
              (insert ? "" : " " + std::string(c.column)) + " ON " + c.table +
              " FOR EACH ROW WHEN NEW." + c.column + " NOT IN (" + SqlList(c.codes) +
              ")\nBEGIN SELECT RAISE(ABORT, '" + c.table + "." + c.column +
              ": unknown code'); END;\n";
    }
  }
  return pg + "@END@" + lite + "@END@\n";
}

}  // namespace

// The audit actions of 0006 and of the domains' later migrations that widened the list.
const std::string& LatestAuditActions() {
  static const std::string kCodes =
      std::string(AuditActions0006().front().codes) + " " + MeetingAuditCodes();
  return kCodes;
}

const std::vector<CodedColumn>& CodedColumns() {
  static const std::vector<CodedColumn> kLatest = [] {
    std::vector<CodedColumn> all = Registry0005();
    all.push_back({"audit_log", "action", LatestAuditActions().c_str()});
    for (const CodedColumn& c : MeetingCodedColumns()) all.push_back(c);
    return all;
  }();
  return kLatest;
}

std::string WidenAuditActionsSql(const std::string& added) {
  // Replaces 0006's check (or an earlier widening's: the same names) with a longer list.
  std::string codes = AuditActions0006().front().codes;
  codes += " " + added;
  const std::string drop =
      "@POSTGRES@\nALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_code;\n@END@"
      "@SQLITE@\nDROP TRIGGER IF EXISTS audit_log_action_code_insert;\n"
      "DROP TRIGGER IF EXISTS audit_log_action_code_update;\n@END@\n";
  const std::vector<CodedColumn> one = {{"audit_log", "action", codes.c_str()}};
  return drop + Render(one);
}

const char* CodedColumnsSql() {
  static const std::string kSql = Render(Registry0005());
  return kSql.c_str();
}

const char* AuditActionsSql() {
  static const std::string kSql = Render(AuditActions0006());
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
