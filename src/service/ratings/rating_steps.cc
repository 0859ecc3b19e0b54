// One step of a rating: self-assessment, the branch's proposal, the grassroots committee's
// decision, the higher committee's approval — checked against the rules of the year, in
// order, by the level of the tree each belongs to.
#include "base/clock.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/ratings/ratings_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

using namespace ratings_internal;  // NOLINT: this domain's own helpers

// What a step is about, read before the write transaction.
struct Subject {
  RatingSubject kind = RatingSubject::kMember;
  int64_t id = 0;
  int64_t unit_id = 0;  // the member's unit, or the organization
  std::string path;
  std::string status;  // members
  std::string admitted_on;
  std::optional<OrgRef> grassroots;
};

Error SubjectNotFound(const RatingTarget& t) {
  return t.subject == RatingSubject::kMember ? MemberNotFound(t.id) : OrgNotFound(t.id);
}

Result<Subject> LoadSubject(const Env& env, const Actor& actor, const RatingTarget& t) {
  store::Transaction tx = env.db.BeginRead();
  Subject s{.kind = t.subject, .id = t.id};
  if (t.subject == RatingSubject::kMember) {
    const auto r = tx.QueryOne(
        "SELECT org_id, org_path, status, admitted_on FROM member WHERE id = ?", {t.id});
    if (!r || !InScope(actor, r->Text(1))) return SubjectNotFound(t);
    s.unit_id = r->Int(0);
    s.path = r->Text(1);
    s.status = r->Text(2);
    s.admitted_on = r->OptText(3).value_or("");
  } else {
    const auto o = LoadOrgRef(tx, t.id);
    if (!o || !InScope(actor, o->path)) return SubjectNotFound(t);
    s.unit_id = o->id;
    s.path = o->path;
  }
  s.grassroots = GrassrootsOf(tx, s.path);
  return s;
}

// The organization whose committee takes the step, and the right it needs: the unit for the
// self-assessment and the proposal, the TCCSĐ for the decision, the level above it for the
// approval.
std::pair<Action, int64_t> StepAuthority(const Subject& s, RatingStage stage) {
  const int64_t grassroots = s.grassroots ? s.grassroots->id : s.unit_id;
  switch (stage) {
    case RatingStage::kSelf:
    case RatingStage::kProposed:
      return {Action::kRatingWrite, s.unit_id};
    case RatingStage::kDecided:
      return {Action::kRatingApprove, grassroots};
    case RatingStage::kApproved:
      return {Action::kRatingApprove,
              s.grassroots && s.grassroots->parent_id ? *s.grassroots->parent_id : grassroots};
  }
  return {Action::kRatingApprove, grassroots};
}

Status CheckInput(const Env& env, const RatingStepInput& in, std::optional<RatingStage>* stage) {
  Validator v;
  const Date today = Today(env);
  v.Check(in.year >= 2000 && in.year <= today.year(), "year",
          "Năm đánh giá phải từ 2000 đến năm nay.");
  *stage = vocab::Parse<RatingStage>(in.step);
  v.Check(stage->has_value(), "step", "Bước phải là self, proposed, decided hoặc approved.");
  CheckPastDate(v, in.on, "on", "Ngày thực hiện", today, true);
  if (const auto on = Date::Parse(in.on); on && in.year >= 2000 && *on < Date(in.year, 1, 1)) {
    v.Fail("on", "Ngày thực hiện không được trước năm được đánh giá.");
  }
  CheckText(v, in.approval_no, "approval_no", "Số văn bản phê duyệt", 100, false);
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  return v.ToStatus();
}

// The stage a step may follow, and its date not before the previous step's.
Status CheckOrder(const std::optional<Rating>& r, RatingStage stage, const std::string& on) {
  const std::string current = r ? r->stage : "";
  bool ok = false;
  std::string last_on;
  switch (stage) {
    case RatingStage::kSelf:
      ok = current.empty() || current == "self";
      break;
    case RatingStage::kProposed:
      ok = current.empty() || current == "self" || current == "proposed";
      if (r) last_on = r->self.on;
      break;
    case RatingStage::kDecided:
      ok = current == "proposed" || current == "decided";
      if (r) last_on = r->proposed.on;
      break;
    case RatingStage::kApproved:
      ok = current == "decided";
      if (r) last_on = r->decided.on;
      break;
  }
  if (!ok) {
    return Error::Conflict("rating_stage",
                           current == "approved"
                               ? "Kết quả xếp loại đã được cấp trên phê duyệt, không sửa được nữa."
                               : "Chưa thể ghi bước \"" + std::string(vocab::Label(stage)) +
                                     "\": hãy ghi các bước trước (tự đánh giá, chi bộ đề xuất, cấp "
                                     "ủy cơ sở quyết định) theo thứ tự.");
  }
  if (!last_on.empty() && on < last_on) {
    return Error::Invalid(
        "Ngày thực hiện không được trước bước trước (" + Date::Parse(last_on)->Vietnamese() + ").",
        {{"on", "Trước ngày của bước trước."}});
  }
  return Status::Ok();
}

std::optional<Rating> LoadRating(store::Transaction& tx, const Subject& s, int year) {
  const std::string where = s.kind == RatingSubject::kMember
                                ? "WHERE r.member_id = ? AND r.year = ? AND r.voided_at IS NULL"
                                : "WHERE r.org_id = ? AND r.subject = 'org' AND r.year = ? AND "
                                  "r.voided_at IS NULL";
  const auto row = tx.QueryOne(std::string(kRatingSelect) + where, {s.id, int64_t{year}});
  if (!row) return std::nullopt;
  return RatingFromRow(*row);
}

// Writes the step: a new row for the first step, else the step's columns and the stage.
int64_t WriteStep(store::Transaction& tx, const Subject& s, const std::optional<Rating>& old,
                  const RatingStepInput& in, RatingStage stage, const StepLevel& lv,
                  const std::string& by, const std::string& now) {
  const std::string st(vocab::Code(stage));
  const std::string level(vocab::Code(lv.level));
  const store::Value score = lv.score ? store::Value(int64_t{*lv.score}) : store::Null();
  const store::Value note = in.note.empty() ? store::Null() : store::Value(in.note);
  if (!old) {
    const std::string scheme(vocab::Code(RatingRulesFor(in.year).scheme));
    const bool member = s.kind == RatingSubject::kMember;
    return tx
        .QueryRow(
            "INSERT INTO rating (year, subject, member_id, org_id, grassroots_id, rated_on, "
            "scheme, stage, " +
                st + "_level, " + st + "_score, " + st + "_on, " + st +
                "_by, level, note, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {int64_t{in.year}, member ? "member" : "org",
             member ? store::Value(s.id) : store::Null(), s.unit_id,
             s.grassroots ? store::Value(s.grassroots->id) : store::Null(), YearEnd(in.year),
             scheme, st, level, score, in.on, by, level, note, now, now, now})
        .Int(0);
  }
  if (stage == RatingStage::kApproved) {
    UpdateVersion(
        tx, "rating", old->id,
        "stage = ?, approved_on = ?, approved_by = ?, approval_no = ?, note = "
        "COALESCE(?, note), version = version + 1, updated_at = ?",
        {st, in.on, by, in.approval_no.empty() ? store::Null() : store::Value(in.approval_no), note,
         now},
        now);
    return old->id;
  }
  UpdateVersion(tx, "rating", old->id,
                "stage = ?, " + st + "_level = ?, " + st + "_score = ?, " + st + "_on = ?, " + st +
                    "_by = ?, level = ?, note = COALESCE(?, note), version = version + 1, "
                    "updated_at = ?",
                {st, level, score, in.on, by, level, note, now}, now);
  return old->id;
}

nlohmann::json RatingAuditJson(const Rating& r) {
  return {{"year", r.year},
          {"stage", r.stage},
          {"level", r.level},
          {"org_id", r.org_id},
          {"decided_level", r.decided.level},
          {"approved_on", r.approved_on}};
}

}  // namespace

Result<RatingStepResult> RecordRatingStep(const Env& env, const Actor& actor,
                                          const RatingTarget& target, const RatingStepInput& in) {
  std::optional<RatingStage> stage;
  if (Status s = CheckInput(env, in, &stage); !s) return s.error();
  const rules::RatingRules& rules = RatingRulesFor(in.year);
  StepLevel lv;
  if (*stage != RatingStage::kApproved) {
    auto checked = CheckStepLevel(rules, in.level, in.score);
    if (!checked.ok()) return checked.error();
    lv = *checked;
  }
  auto subject = LoadSubject(env, actor, target);
  if (!subject.ok()) return subject.error();
  const Subject& s = *subject;
  const std::string action = "rating." + std::string(*stage == RatingStage::kProposed   ? "propose"
                                                     : *stage == RatingStage::kDecided  ? "decide"
                                                     : *stage == RatingStage::kApproved ? "approve"
                                                                                        : "self");
  AuditEntry audit{.action = action,
                   .entity = "rating",
                   .entity_id = std::string(vocab::Code(s.kind)) + "/" + std::to_string(s.id) +
                                "/" + std::to_string(in.year),
                   .org_id = s.unit_id};
  if (*stage == RatingStage::kApproved && s.grassroots &&
      RoleAllows(actor, Action::kRatingApprove) &&
      !(s.grassroots->path.size() > actor.org_path.size() && InScope(actor, s.grassroots->path))) {
    const Error e = Error::Forbidden(
        "Chỉ cấp ủy cấp trên của tổ chức cơ sở đảng được phê duyệt kết quả xếp loại.");
    RecordRefusal(env.db, actor, audit, e, env.clock.Now());
    return e;
  }
  const auto [right, at_org] = StepAuthority(s, *stage);
  auto txr = BeginAuthorizedWrite(env, actor, right, at_org, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const std::optional<Rating> old = LoadRating(tx, s, in.year);
  if (in.expected_version && old && old->version != in.expected_version) {
    return Error::Conflict("version_conflict",
                           "Kết quả xếp loại vừa được người khác sửa; hãy tải lại trang.");
  }
  if (!old && s.kind == RatingSubject::kMember &&
      (!IsActiveStatus(s.status) || s.admitted_on.empty() || s.admitted_on > YearEnd(in.year))) {
    return Error::Rule(
        "rating_not_member",
        "Chỉ xếp loại đảng viên đang sinh hoạt, đã vào Đảng trong năm được đánh giá.");
  }
  if (Status c = CheckOrder(old, *stage, in.on); !c) return c.error();
  if (*stage == RatingStage::kApproved) lv.level = *vocab::Parse<rules::RatingLevel>(old->level);
  if (s.kind == RatingSubject::kMember) {
    if (Status d = CheckDiscipline(tx, rules, s.id, in.year, lv.level); !d) return d.error();
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id = WriteStep(tx, s, old, in, *stage, lv, actor.display_name, now);
  RatingStepResult out;
  out.rating = RatingFromRow(tx.QueryRow(std::string(kRatingSelect) + "WHERE r.id = ?", {id}));
  if (s.kind == RatingSubject::kMember && s.grassroots && *stage >= RatingStage::kDecided) {
    const RatingQuota q = QuotaOf(tx, rules, s.grassroots->id, s.grassroots->name, in.year);
    if (q.exceeded && *stage == RatingStage::kApproved) {
      return Error::Rule("rating_quota_exceeded",
                         QuotaMessage(q) +
                             " Không thể phê duyệt cho đến khi cấp ủy cơ sở điều "
                             "chỉnh kết quả.");
    }
    if (q.exceeded) out.warnings.push_back(QuotaMessage(q));
  }
  audit.entity_id = std::to_string(id);
  if (old) audit.before = RatingAuditJson(*old);
  audit.after = RatingAuditJson(out.rating);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return out;
}

}  // namespace dangbo::service
