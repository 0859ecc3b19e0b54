// Badge writes: a member proposed for a milestone at a round, the decision (number and
// date) and the award; voiding a proposal; and a whole round written at once.
#include "base/clock.h"
#include "service/badges/badges_internal.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/members/members.h"

namespace dangbo::service {

namespace {

using namespace badges_internal;  // NOLINT: this domain's own helpers

Error BadgeNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy đề nghị Huy hiệu Đảng có mã " + std::to_string(id) + ".");
}

Status CheckProposal(const Env& env, const BadgeProposal& in) {
  Validator v;
  const Date today = Today(env);
  const auto round = Date::Parse(in.round_on);
  if (!round) {
    v.Fail("round_on", "Đợt xét phải là một ngày có thật.");
  } else if (!IsRound(*round)) {
    v.Fail("round_on", "Đợt xét phải là ngày 3/2, 19/5, 2/9 hoặc 7/11.");
  }
  v.Check(vocab::Parse<BadgeBasis>(in.basis).has_value(), "basis",
          "Căn cứ phải là regular, illness hoặc posthumous.");
  CheckPastDate(v, in.proposed_on, "proposed_on", "Ngày đề nghị", today, true);
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  return v.ToStatus();
}

// The badge and its unit's path, read before a step (404 outside the scope).
Result<std::pair<Badge, std::string>> LoadBadge(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  const auto r =
      tx.QueryOne(std::string(kBadgeSelect) + "WHERE b.id = ? AND b.voided_at IS NULL", {id});
  if (!r) return BadgeNotFound(id);
  const std::string path =
      store::Must(tx.QueryOne("SELECT path FROM org WHERE id = ?", {r->Int(3)}), "badge unit")
          .Text(0);
  if (!InScope(actor, path)) return BadgeNotFound(id);
  return std::pair{BadgeFromRow(*r), path};
}

nlohmann::json BadgeAuditJson(const Badge& b) {
  return {{"member_id", b.member_id},     {"milestone", b.milestone},
          {"round_on", b.round_on},       {"status", b.status},
          {"decision_no", b.decision_no}, {"decision_on", b.decision_on},
          {"awarded_on", b.awarded_on}};
}

Badge Reload(store::Transaction& tx, int64_t id) {
  return BadgeFromRow(tx.QueryRow(std::string(kBadgeSelect) + "WHERE b.id = ?", {id}));
}

// Inserts a proposal of `m` (checked) and answers its id.
int64_t InsertProposal(store::Transaction& tx, const MemberFacts& m, int milestone,
                       const Date& round, const std::string& basis, const std::string& on,
                       const std::string& by, const std::string& note, const std::string& now) {
  const rules::PartyAge age = rules::ComputePartyAge(*m.admitted_on, m.gaps, round);
  return tx
      .QueryRow(
          "INSERT INTO badge (member_id, org_id, milestone, round_on, basis, status, "
          "party_age_years, party_age_months, proposed_on, proposed_by, note, created_at, "
          "updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          {m.id, m.org_id, int64_t{milestone}, round.Iso(), basis, int64_t{age.years},
           int64_t{age.months}, on, by, note.empty() ? store::Null() : store::Value(note), now, now,
           now})
      .Int(0);
}

}  // namespace

Result<Badge> ProposeBadge(const Env& env, const Actor& actor, int64_t member_id,
                           const BadgeProposal& in) {
  if (Status s = CheckProposal(env, in); !s) return s.error();
  int64_t unit = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto r = tx.QueryOne("SELECT org_id, org_path FROM member WHERE id = ?", {member_id});
    if (!r || !InScope(actor, r->Text(1))) return MemberNotFound(member_id);
    unit = r->Int(0);
  }
  AuditEntry audit{.action = "badge.propose", .entity = "badge", .org_id = unit};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kBadgeWrite, unit, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const MemberFacts m = store::Must(LoadMemberFacts(tx, member_id), "badge member");
  const Date round = *Date::Parse(in.round_on);
  const BadgeBasis basis = *vocab::Parse<BadgeBasis>(in.basis);
  if (Status s = CheckEligible(tx, m, in.milestone, round, basis); !s) return s.error();
  const int64_t id = InsertProposal(tx, m, in.milestone, round, in.basis, in.proposed_on,
                                    actor.display_name, in.note, FormatTimestamp(env.clock.Now()));
  const Badge b = Reload(tx, id);
  audit.entity_id = std::to_string(id);
  audit.after = BadgeAuditJson(b);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return b;
}

Result<Badge> RecordBadgeStep(const Env& env, const Actor& actor, int64_t badge_id,
                              const BadgeStepInput& in) {
  Validator v;
  const Date today = Today(env);
  v.Check(in.step == "decide" || in.step == "award" || in.step == "void", "step",
          "Bước phải là decide, award hoặc void.");
  CheckPastDate(v, in.on, "on", in.step == "award" ? "Ngày trao" : "Ngày quyết định", today,
                in.step != "void");
  CheckText(v, in.decision_no, "decision_no", "Số quyết định", 100, in.step == "decide");
  CheckText(v, in.reason, "reason", "Lý do", 2'000, in.step == "void");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto loaded = LoadBadge(env, actor, badge_id);
  if (!loaded.ok()) return loaded.error();
  const Badge& old = loaded->first;
  AuditEntry audit{.action = "badge." + in.step,
                   .entity = "badge",
                   .entity_id = std::to_string(badge_id),
                   .org_id = old.org_id,
                   .before = BadgeAuditJson(old)};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kBadgeWrite, old.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const Badge cur = Reload(tx, badge_id);
  if (in.expected_version && cur.version != in.expected_version) {
    return Error::Conflict("version_conflict",
                           "Đề nghị vừa được người khác sửa; hãy tải lại trang.");
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  if (in.step == "void") {
    if (cur.status == "awarded") {
      return Error::Conflict("badge_awarded", "Huy hiệu đã trao, không hủy được đề nghị.");
    }
    UpdateVersion(tx, "badge", badge_id,
                  "voided_at = ?, note = ?, version = version + 1, updated_at = ?",
                  {now, in.reason, now}, now);
  } else if (in.step == "decide") {
    if (cur.status != "proposed") {
      return Error::Conflict("badge_stage", "Đề nghị này đã có quyết định.");
    }
    if (in.on < cur.proposed_on) {
      return Error::Invalid("Ngày quyết định không được trước ngày đề nghị.",
                            {{"on", "Trước ngày đề nghị."}});
    }
    UpdateVersion(tx, "badge", badge_id,
                  "status = 'decided', decision_no = ?, decision_on = ?, decided_by = ?, version "
                  "= version + 1, updated_at = ?",
                  {in.decision_no, in.on, actor.display_name, now}, now);
  } else {
    if (cur.status != "decided") {
      return Error::Conflict("badge_stage",
                             cur.status == "awarded"
                                 ? "Huy hiệu này đã được trao."
                                 : "Chưa có quyết định tặng: hãy ghi quyết định trước.");
    }
    if (in.on < cur.decision_on) {
      return Error::Invalid("Ngày trao không được trước ngày quyết định.",
                            {{"on", "Trước ngày quyết định."}});
    }
    UpdateVersion(tx, "badge", badge_id,
                  "status = 'awarded', awarded_on = ?, awarded_by = ?, version = version + 1, "
                  "updated_at = ?",
                  {in.on, actor.display_name, now}, now);
  }
  Badge after = cur;
  if (in.step != "void") after = Reload(tx, badge_id);
  audit.after = in.step == "void" ? nlohmann::json{{"voided", true}, {"reason", in.reason}}
                                  : BadgeAuditJson(after);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return after;
}

Result<int64_t> ImportBadgeRound(const Env& env, const Actor& actor, int64_t org_id,
                                 const RoundDates& d, const std::vector<RoundAward>& awards) {
  Validator v;
  const Date today = Today(env);
  const auto round = Date::Parse(d.round_on);
  v.Check(round && IsRound(*round), "round_on", "Đợt xét phải là ngày 3/2, 19/5, 2/9 hoặc 7/11.");
  CheckPastDate(v, d.proposed_on, "proposed_on", "Ngày đề nghị", today, true);
  CheckPastDate(v, d.decision_on, "decision_on", "Ngày quyết định", today, true);
  CheckPastDate(v, d.awarded_on, "awarded_on", "Ngày trao", today, true);
  CheckText(v, d.decision_no, "decision_no", "Số quyết định", 100, true);
  if (v.ok()) {
    v.Check(d.proposed_on <= d.decision_on && d.decision_on <= d.awarded_on, "decision_on",
            "Các bước phải theo thứ tự ngày: đề nghị, quyết định, trao.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  AuditEntry audit{.action = "badge.import",
                   .entity = "badge",
                   .entity_id = std::to_string(org_id) + "/" + d.round_on,
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kBadgeWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const std::string path =
      store::Must(tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id}), "org").Text(0);
  const std::string now = FormatTimestamp(env.clock.Now());
  for (const RoundAward& a : awards) {
    const auto m = LoadMemberFacts(tx, a.member_id);
    if (!m || m->org_path.compare(0, path.size(), path) != 0) return MemberNotFound(a.member_id);
    const BadgeBasis basis =
        m->status == "deceased" ? BadgeBasis::kPosthumous : BadgeBasis::kRegular;
    if (Status s = CheckEligible(tx, *m, a.milestone, *round, basis); !s) return s.error();
    const int64_t id = InsertProposal(tx, *m, a.milestone, *round, std::string(vocab::Code(basis)),
                                      d.proposed_on, actor.display_name, "", now);
    // The proposal was written in this transaction: one version, recorded now.
    tx.Exec(
        "UPDATE badge SET status = 'awarded', decision_no = ?, decision_on = ?, decided_by = "
        "?, awarded_on = ?, awarded_by = ? WHERE id = ?",
        {d.decision_no, d.decision_on, actor.display_name, d.awarded_on, actor.display_name, id});
  }
  audit.after = {
      {"round_on", d.round_on}, {"decision_no", d.decision_no}, {"count", awards.size()}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return static_cast<int64_t>(awards.size());
}

}  // namespace dangbo::service
