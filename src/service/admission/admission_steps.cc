// The admission steps as a table: for each step, the statuses it may follow, the checks
// of its input alone (made before the transaction opens) and its write.
#include <algorithm>
#include <string_view>
#include <vector>

#include "service/admission/admission.h"
#include "service/admission/admission_internal.h"
#include "service/calendar/holidays.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/members/member_checks_internal.h"
#include "service/members/member_spans.h"
#include "service/members/member_writer.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

// What a step's write sees: the open transaction and the candidate as it was.
struct StepContext {
  const Actor& actor;
  store::Transaction& tx;
  const Candidate& c;
  const StepInput& in;
  Date on;
  std::string now;
  StepResult& result;
};

struct StepSpec {
  std::string_view code;
  std::vector<std::string_view> after;  // the statuses it may follow; empty: any open one
  std::string_view what;                // "biểu quyết": for "Chưa thể … (out of order)"
  bool may_predate = false;             // may be dated before the latest step recorded
  Status (*check)(const StepInput&) = nullptr;  // the input alone, no database
  Status (*write)(StepContext&) = nullptr;      // checks needing data, then the write
};

Status Required(const std::string& value, const char* field, const char* message) {
  if (!text::Trim(value).empty()) return Status::Ok();
  return Error::Invalid(message, {{field, "Bắt buộc."}});
}

// The status a member had on `day` in `unit` (empty when not there).
std::string StatusOn(store::Transaction& tx, int64_t member_id, int64_t unit,
                     const std::string& day) {
  const auto r = tx.QueryOne(
      "SELECT status FROM member_span WHERE member_id = ? AND org_id = ? AND valid_from <= ? AND "
      "(valid_to IS NULL OR valid_to > ?)",
      {member_id, unit, day, day});
  return r ? r->Text(0) : "";
}

Status CheckIntroducerInput(const StepInput& in) {
  Validator v;
  v.Check(in.introducer1_id && in.introducer2_id && *in.introducer1_id != *in.introducer2_id,
          "introducer2_id", "Cần hai người giới thiệu khác nhau.");
  for (const auto& [since, n] :
       {std::pair{in.introducer1_since, "1"}, std::pair{in.introducer2_since, "2"}}) {
    v.Check(Date::Parse(since).has_value(), std::string("introducer") + n + "_since",
            "Hãy ghi từ ngày nào người giới thiệu công tác cùng quần chúng (YYYY-MM-DD).");
  }
  return v.ToStatus();
}

Status WriteIntroducers(StepContext& s) {
  Validator v;
  for (const auto& [fid, n] :
       {std::pair{*s.in.introducer1_id, "1"}, std::pair{*s.in.introducer2_id, "2"}}) {
    const auto m = LoadMemberState(s.tx, fid);
    v.Check(m && m->org_id == s.c.data.org_id, std::string("introducer") + n + "_id",
            "Người giới thiệu phải là đảng viên đang sinh hoạt ở cùng chi bộ.");
  }
  if (Status st = v.ToStatus(); !st) return st;
  s.tx.Exec(
      "UPDATE candidate SET introducer1_id = ?, introducer1_since = ?, introducer2_id = ?, "
      "introducer2_since = ? WHERE id = ?",
      {*s.in.introducer1_id, s.in.introducer1_since, *s.in.introducer2_id, s.in.introducer2_since,
       s.c.id});
  return Status::Ok();
}

// The conditions of a branch vote (rules in force on the vote's date).
Status CheckVote(store::Transaction& tx, const Candidate& c, const StepInput& in, const Date& on) {
  const rules::RuleSet& rs = Rules().At(on);
  if (c.class_completed_on.empty() || c.dossier_completed_on.empty() || !c.introducer1_id ||
      !c.introducer2_id) {
    return Error::Rule("steps_missing",
                       "Chưa đủ điều kiện xét kết nạp: cần có giấy chứng nhận lớp bồi dưỡng nhận "
                       "thức về Đảng, hồ sơ và hai người giới thiệu trước khi chi bộ biểu quyết.");
  }
  const Date born = store::Must(Date::Parse(c.data.birth_date), "candidate birth date");
  if (Status s = rules::CheckAdmissionAge(rs, born, on); !s) return s;
  if (Status s = rules::CheckEducation(rs, c.data.general_education); !s) return s;
  const auto cls = Date::Parse(c.class_completed_on);
  if (cls && cls->AddMonths(rs.candidate_certificate_valid_months) < on) {
    return Error::Rule("certificate_expired",
                       "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng đã quá " +
                           std::to_string(rs.candidate_certificate_valid_months) +
                           " tháng: cần học lại trước khi xét kết nạp.");
  }
  std::vector<rules::Introducer> intro;
  for (const auto& [id, since] : {std::pair{*c.introducer1_id, c.introducer1_since},
                                  std::pair{*c.introducer2_id, c.introducer2_since}}) {
    rules::Introducer x;
    const std::string status = StatusOn(tx, id, c.data.org_id, on.Iso());
    x.same_unit = !status.empty();
    x.official_on_vote_date = status == "official";
    x.together_since = Date::Parse(since).value_or(on);
    intro.push_back(x);
  }
  if (Status s = rules::CheckIntroducers(rs, intro, on); !s) return s;
  const int64_t officials =
      tx.QueryRow(
            "SELECT COUNT(*) FROM member_span WHERE org_id = ? AND status = 'official' AND "
            "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
            {c.data.org_id, on.Iso(), on.Iso()})
          .Int(0);
  Validator v;
  v.Check(in.votes_total >= 1 && in.votes_total <= officials, "votes_total",
          "Số đảng viên chính thức dự biểu quyết phải từ 1 đến " + std::to_string(officials) +
              " (số đảng viên chính thức của chi bộ ngày đó).");
  v.Check(in.votes_for >= 0 && in.votes_for <= in.votes_total, "votes_for",
          "Số phiếu tán thành phải từ 0 đến số người biểu quyết.");
  if (Status s = v.ToStatus(); !s) return s;
  // At least two thirds of the branch's official members.
  if (static_cast<int64_t>(in.votes_for) * rs.vote_denominator < officials * rs.vote_numerator) {
    return Error::Rule("votes_insufficient",
                       "Chỉ " + std::to_string(in.votes_for) + "/" + std::to_string(officials) +
                           " đảng viên chính thức tán thành, chưa đủ hai phần ba: chi bộ chưa "
                           "đề nghị kết nạp được.");
  }
  return Status::Ok();
}

Status WriteVote(StepContext& s) {
  if (Status st = CheckVote(s.tx, s.c, s.in, s.on); !st) return st;
  s.tx.Exec(
      "UPDATE candidate SET branch_vote_on = ?, votes_for = ?, votes_total = ?, status = "
      "'voted' WHERE id = ?",
      {s.in.on, static_cast<int64_t>(s.in.votes_for), static_cast<int64_t>(s.in.votes_total),
       s.c.id});
  return Status::Ok();
}

Status WriteDecision(StepContext& s) {
  const Date vote = store::Must(Date::Parse(s.c.branch_vote_on), "candidate vote date");
  const Date deadline = rules::DecisionDeadline(Rules().At(vote), LoadCalendar(s.tx), vote);
  if (s.on > deadline) {
    s.result.warnings.push_back(
        {"decision_late", "Quyết định kết nạp sau hạn " + deadline.Vietnamese() +
                              " (60 ngày làm việc kể từ nghị quyết của chi bộ)."});
  }
  s.tx.Exec(
      "UPDATE candidate SET decision_no = ?, decision_on = ?, status = 'decided' WHERE id = ?",
      {text::Trim(s.in.decision_no), s.in.on, s.c.id});
  return Status::Ok();
}

// The new member's file from the candidate's.
MemberInput NewMemberFile(const Candidate& c, const Org& unit) {
  MemberInput m = PersonalFile(c.data);
  m.occupation = c.data.occupation;
  m.job_title = c.data.job_title;
  m.home_town = c.data.home_town;
  m.residence = c.data.residence;
  m.admitted_on = c.decision_on;
  m.admitting_org = unit.name;
  m.introducers = c.introducer1_name + ", " + c.introducer2_name;
  return m;
}

// The same national ID on a file already: told as member_checks_internal.h tells it.
Status CheckNotRegistered(store::Transaction& tx, const Actor& actor, const MemberInput& m) {
  if (m.national_id.empty()) return Status::Ok();
  const DuplicateCheck dups = FindDuplicates(tx, actor, m, 0);
  for (const Duplicate& d : dups.inside) {
    if (!d.by_national_id) continue;
    return Error::Conflict("possible_duplicate", "Đã có đảng viên cùng số CCCD: " + d.full_name +
                                                     " (mã " + std::to_string(d.id) + ", " +
                                                     d.org_name + "). Kiểm tra lại.");
  }
  if (dups.national_id_elsewhere) {
    return Error::Conflict("possible_duplicate", NationalIdElsewhereText());
  }
  return Status::Ok();
}

// The ceremony makes the probationary member: party age from the decision, probation from
// the ceremony.
Status WriteCeremony(StepContext& s) {
  const Date decision = store::Must(Date::Parse(s.c.decision_on), "candidate decision date");
  auto check = rules::CheckCeremony(Rules().At(decision), LoadCalendar(s.tx), decision, s.on);
  if (!check.ok()) return check.error();
  if (*check) s.result.warnings.push_back(**check);
  const Org unit = store::Must(LoadOrg(s.tx, s.c.data.org_id), "candidate unit");
  const MemberInput m = NewMemberFile(s.c, unit);
  if (Status st = CheckNotRegistered(s.tx, s.actor, m); !st) return st;
  MemberRows rows = DeriveMemberRows(m, unit.established_on);
  rows.events[0].detail = {{"source", "admission"},
                           {"candidate_id", s.c.id},
                           {"ceremony_on", s.in.on},
                           {"decision_no", s.c.decision_no}};
  rows.events[0].detail_json = rows.events[0].detail.dump();
  MemberWriter writer(s.tx, s.actor.username, s.now);
  const int64_t member_id = writer.Add(m, rows, unit.path);
  writer.Flush();
  s.tx.Exec(
      "UPDATE member_event SET decision_no = ?, decision_date = ? WHERE member_id = ? AND "
      "kind = 'admitted'",
      {s.c.decision_no, s.c.decision_on, member_id});
  s.tx.Exec("UPDATE candidate SET ceremony_on = ?, status = 'admitted', member_id = ? WHERE id = ?",
            {s.in.on, member_id, s.c.id});
  s.result.member_id = member_id;
  return Status::Ok();
}

Status WriteClosing(StepContext& s) {
  s.tx.Exec("UPDATE candidate SET status = ?, note = ? WHERE id = ?",
            {std::string(s.in.step == "refuse" ? "refused" : "withdrawn"), text::Trim(s.in.reason),
             s.c.id});
  return Status::Ok();
}

const std::vector<StepSpec>& Steps() {
  static const std::vector<StepSpec> steps = {
      {"class",
       {},
       "ghi giấy chứng nhận",
       false,
       [](const StepInput& in) {
         return Required(in.certificate_no, "certificate_no", "Hãy ghi số giấy chứng nhận.");
       },
       [](StepContext& s) {
         s.tx.Exec(
             "UPDATE candidate SET class_certificate_no = ?, class_completed_on = ? WHERE id = ?",
             {text::Trim(s.in.certificate_no), s.in.on, s.c.id});
         return Status::Ok();
       }},
      {"dossier",
       {},
       "ghi hồ sơ",
       false,
       nullptr,
       [](StepContext& s) {
         s.tx.Exec("UPDATE candidate SET dossier_completed_on = ? WHERE id = ?", {s.in.on, s.c.id});
         return Status::Ok();
       }},
      {"introducers", {}, "ghi người giới thiệu", false, CheckIntroducerInput, WriteIntroducers},
      {"vote", {"preparing"}, "biểu quyết", false, nullptr, WriteVote},
      {"proposal",
       {"voted"},
       "ghi đề nghị của đảng ủy cơ sở",
       false,
       nullptr,
       [](StepContext& s) {
         s.tx.Exec(
             "UPDATE candidate SET committee_proposal_on = ?, status = 'proposed' "
             "WHERE id = ?",
             {s.in.on, s.c.id});
         return Status::Ok();
       }},
      {"decision",
       {"voted", "proposed"},
       "ghi quyết định kết nạp",
       false,
       [](const StepInput& in) {
         return Required(in.decision_no, "decision_no", "Hãy ghi số quyết định kết nạp.");
       },
       WriteDecision},
      {"ceremony", {"decided"}, "tổ chức lễ kết nạp", false, nullptr, WriteCeremony},
      {"refuse",
       {},
       "ghi không kết nạp",
       true,
       [](const StepInput& in) { return Required(in.reason, "reason", "Hãy ghi lý do."); },
       WriteClosing},
      {"withdraw",
       {},
       "ghi thôi xem xét",
       true,
       [](const StepInput& in) { return Required(in.reason, "reason", "Hãy ghi lý do."); },
       WriteClosing},
  };
  return steps;
}

const StepSpec* FindStep(const std::string& code) {
  for (const StepSpec& s : Steps()) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

// The input alone: a known step, a real date not in the future, the step's own fields.
Result<const StepSpec*> CheckStepInput(const StepInput& in, const Date& today) {
  const StepSpec* spec = FindStep(in.step);
  if (spec == nullptr) {
    std::string codes;
    for (AdmissionStep s : vocab::All<AdmissionStep>()) {
      codes += (codes.empty() ? "" : ", ") + std::string(vocab::Code(s));
    }
    return Error::Invalid("Bước không hợp lệ: " + in.step + ".",
                          {{"step", "Một trong: " + codes + "."}});
  }
  const auto on = Date::Parse(in.on);
  if (!on || *on > today) {
    return Error::Invalid("Ngày của bước phải là ngày hợp lệ, không sau hôm nay.",
                          {{"on", "Ngày không hợp lệ hoặc ở tương lai."}});
  }
  if (spec->check != nullptr) {
    if (Status s = spec->check(in); !s) return s.error();
  }
  return spec;
}

// Where the candidate stands allows this step: open, in order, the version the user saw.
Status CheckStepState(const StepSpec& spec, const Candidate& c, const StepInput& in) {
  if (in.expected_version != 0 && in.expected_version != c.version) {
    return Error::Conflict(
        "version_conflict",
        "Hồ sơ quần chúng đã được người khác cập nhật. Hãy tải lại rồi thử lại.");
  }
  if (vocab::CodeHasFlag<CandidateStatus>(c.status, kCandidateClosed)) {
    return Error::Rule("candidate_closed",
                       "Hồ sơ này đã kết thúc (" + CandidateStatusLabel(c.status) + ").");
  }
  // Steps happen in order, each on or after the previous one.
  const std::string last =
      std::max({c.data.identified_on, c.class_completed_on, c.dossier_completed_on,
                c.branch_vote_on, c.committee_proposal_on, c.decision_on});
  if (in.on < last && !spec.may_predate) {
    return Error::Invalid("Ngày của bước này trước bước đã ghi (" +
                              store::Must(Date::Parse(last), "step date").Vietnamese() + ").",
                          {{"on", "Không được trước bước đã ghi."}});
  }
  if (!spec.after.empty() &&
      std::find(spec.after.begin(), spec.after.end(), c.status) == spec.after.end()) {
    return Error::Rule("step_out_of_order", "Chưa thể " + std::string(spec.what) +
                                                ": hồ sơ đang ở bước “" +
                                                CandidateStatusLabel(c.status) + "”.");
  }
  return Status::Ok();
}

}  // namespace

Result<StepResult> RecordStep(const Env& env, const Actor& actor, int64_t id, const StepInput& in) {
  auto spec = CheckStepInput(in, Today(env));
  if (!spec.ok()) return spec.error();
  std::optional<Candidate> before;
  std::string path;
  {
    store::Transaction tx = env.db.BeginRead();
    before = LoadCandidate(tx, id, &path);
  }
  if (!before || !InScope(actor, path)) {
    return Error::NotFound("Không tìm thấy quần chúng ưu tú có mã " + std::to_string(id) + ".");
  }
  AuditEntry audit{.action = "candidate." + in.step,
                   .entity = "candidate",
                   .entity_id = std::to_string(id),
                   .org_id = before->data.org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, before->data.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const Candidate c =
      store::Must(LoadCandidate(tx, id, nullptr), "candidate " + std::to_string(id));
  if (Status s = CheckStepState(**spec, c, in); !s) return s.error();
  StepResult result;
  StepContext ctx{actor, tx, c, in, *Date::Parse(in.on), FormatTimestamp(env.clock.Now()), result};
  if (Status s = (*spec)->write(ctx); !s) return s.error();
  tx.Exec("UPDATE candidate SET version = version + 1, updated_at = ? WHERE id = ?", {ctx.now, id});
  result.candidate = store::Must(LoadCandidate(tx, id, nullptr), "candidate " + std::to_string(id));
  result.member_id = result.member_id ? result.member_id : result.candidate.member_id;
  audit.before = CandidateJson(c);
  audit.after = CandidateJson(result.candidate);
  if (!result.warnings.empty()) audit.detail = result.warnings[0].message;
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  result.candidate = ForActor(actor, std::move(result.candidate));
  return result;
}

}  // namespace dangbo::service
