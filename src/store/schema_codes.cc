// Migrations 0005 "coded_columns" and 0006 "audit_actions": every coded column accepts only
// the codes of its vocabulary (service/core/kinds.h, roles.h). PostgreSQL gets CHECK
// constraints (NOT VALID: rows written before are not re-read); SQLite, which cannot add a
// constraint to a table, gets triggers that abort an INSERT or UPDATE with another code. The
// lists are frozen with their migration: a new code needs a new migration, and service_test
// compares the latest lists with the vocabulary tables.
#include <algorithm>
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
constexpr const char* kAuditActions0006 =
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
    "admission_target.set holiday.seed holiday.put holiday.delete demo.national";

const std::vector<CodedColumn>& AuditActions0006() {
  static const std::vector<CodedColumn> kAll = {{"audit_log", "action", kAuditActions0006}};
  return kAll;
}

// Codes a later migration adds to a coded column (a new domain's tables get theirs whole, by
// Render, in their own migration): one row per migration and column, in the order the vocabulary
// lists them.
struct CodeExtension {
  int version;
  CodedColumn added;
};
constexpr CodeExtension kExtensions[] = {
    {8, {"audit_log", "action", "report.freeze report.snapshot_void"}},
    {9,
     {"audit_log", "action",
      "meeting.plan meeting.create meeting.record meeting.void meeting.attendance "
      "meeting.minutes meeting_assignment.create meeting_assignment.end"}},
    {10,
     {"audit_log", "action",
      "rating.self rating.propose rating.decide rating.approve rating.import rating.void "
      "badge.propose badge.decide badge.award badge.void badge.import"}},
    {11,
     {"audit_log", "action",
      "inspection.programme inspection.create inspection.conclude inspection.step "
      "inspection.void discipline.record discipline.appeal discipline.appeal_decide "
      "discipline.void discipline.read"}},
    {12,
     {"audit_log", "action",
      "dues.basis dues.relief dues.collect dues.correct dues.remit dues.retention "
      "dues.import"}},
    {13,
     {"audit_log", "action",
      "training.class_create training.class_update training.class_void training.learners_add "
      "training.learner_remove training.result training.certificate_void cadre.plan_add "
      "cadre.plan_update cadre.plan_remove cadre.plan_void cadre.roadmap_add "
      "cadre.roadmap_remove"}},
    {14,
     {"audit_log", "action",
      "propaganda.activity_create propaganda.activity_update propaganda.activity_void "
      "propaganda.model_create propaganda.model_update propaganda.model_void "
      "propaganda.collaborator_create propaganda.collaborator_update "
      "propaganda.collaborator_void"}},
    {16, {"audit_log", "action", "member.account_create correction.request correction.resolve"}},
    {15,
     {"audit_log", "action",
      "reward.create reward.void emulation.create emulation.void culture.record target.create "
      "target.year target.void document.create document.void document.implementation"}},
};

// The codes of `table.column` after the extensions up to `version`, starting from `base`.
std::string ExtendedCodes(const CodedColumn& base, int version) {
  std::string codes = base.codes;
  for (const CodeExtension& e : kExtensions) {
    if (e.version > version || std::string(e.added.table) != base.table ||
        std::string(e.added.column) != base.column) {
      continue;
    }
    codes += std::string(" ") + e.added.codes;
  }
  return codes;
}

// Migration 0010: the coded columns of the rating and badge tables.
constexpr const char* kRatingLevels = "excellent good completed not_completed";
const std::vector<CodedColumn>& RatingsBadges0010() {
  static const std::vector<CodedColumn> kAll = {
      {"rating", "subject", "member org"},
      {"rating", "scheme", "quota score"},
      {"rating", "stage", "self proposed decided approved"},
      {"rating", "level", kRatingLevels},
      {"rating", "self_level", kRatingLevels},
      {"rating", "proposed_level", kRatingLevels},
      {"rating", "decided_level", kRatingLevels},
      {"badge", "basis", "regular illness posthumous"},
      {"badge", "status", "proposed decided awarded"},
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

// The constraints (PostgreSQL) and triggers (SQLite) of `columns`; with `replace`, those an
// earlier migration made for the same columns are dropped first.
std::string Render(const std::vector<CodedColumn>& columns, bool replace = false) {
  std::string pg = "@POSTGRES@\n", lite = "@SQLITE@\n";
  for (const CodedColumn& c : columns) {
    const std::string name = std::string(c.table) + "_" + c.column + "_code";
    if (replace) {
      pg += "ALTER TABLE " + std::string(c.table) + " DROP CONSTRAINT " + name + ";\n";
      lite += "DROP TRIGGER " + name + "_insert;\nDROP TRIGGER " + name + "_update;\n";
    }
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

const std::vector<CodedColumn>& CodedColumns() {
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> codes;
    for (const CodedColumn& c : Registry0005()) codes.push_back(ExtendedCodes(c, 1 << 30));
    for (const CodedColumn& c : AuditActions0006()) codes.push_back(ExtendedCodes(c, 1 << 30));
    return codes;
  }();
  static const std::vector<CodedColumn> kLatest = [] {
    std::vector<CodedColumn> all = Registry0005();
    for (const CodedColumn& c : AuditActions0006()) all.push_back(c);
    for (size_t i = 0; i < all.size(); ++i) all[i].codes = kCodes[i].c_str();
    for (const CodedColumn& c : MeetingCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : RatingsBadges0010()) all.push_back(c);
    for (const CodedColumn& c : InspectionDisciplineCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : DuesCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : TrainingCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : PropagandaCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : SelfServiceCodedColumns()) all.push_back(c);
    for (const CodedColumn& c : RewardsCodedColumns()) all.push_back(c);
    return all;
  }();
  return kLatest;
}

const char* CodedColumnsSql() {
  static const std::string kSql = Render(Registry0005());
  return kSql.c_str();
}

const char* AuditActionsSql() {
  static const std::string kSql = Render(AuditActions0006());
  return kSql.c_str();
}

std::string ExtensionSql(int version) {
  std::vector<CodedColumn> changed;
  std::vector<std::string> codes;
  for (const CodedColumn& c : CodedColumns()) {
    bool extended = false;
    for (const CodeExtension& e : kExtensions) {
      extended |= e.version == version && std::string(e.added.table) == c.table &&
                  std::string(e.added.column) == c.column;
    }
    if (!extended) continue;
    CodedColumn base = c;
    for (const CodedColumn& b : Registry0005()) {
      if (std::string(b.table) == c.table && std::string(b.column) == c.column) base = b;
    }
    for (const CodedColumn& b : AuditActions0006()) {
      if (std::string(b.table) == c.table && std::string(b.column) == c.column) base = b;
    }
    codes.push_back(ExtendedCodes(base, version));
    changed.push_back(base);
  }
  for (size_t i = 0; i < changed.size(); ++i) changed[i].codes = codes[i].c_str();
  return Render(changed, /*replace=*/true);
}

const char* RatingsBadgesCodesSql() {
  static const std::string kSql = Render(RatingsBadges0010()) + ExtensionSql(10);
  return kSql.c_str();
}

}  // namespace dangbo::store::schema
