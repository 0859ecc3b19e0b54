// Candidates and the admission steps.
#include "service/admission/admission.h"

#include <array>

#include "rules/lifecycle.h"
#include "service/admission/admission_internal.h"
#include "service/calendar/holidays.h"
#include "service/calendar/reference.h"
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

constexpr const char* kSelect =
    "SELECT c.id, c.org_id, o.name, c.status, c.full_name, c.sex, c.birth_date, c.national_id, "
    "c.ethnicity, c.religion, c.general_education, c.occupation, c.job_title, c.home_town, "
    "c.residence, c.identified_on, c.note, c.class_certificate_no, c.class_completed_on, "
    "c.dossier_completed_on, c.introducer1_id, i1.full_name, c.introducer1_since, "
    "c.introducer2_id, i2.full_name, c.introducer2_since, c.branch_vote_on, c.votes_for, "
    "c.votes_total, c.committee_proposal_on, c.decision_no, c.decision_on, c.ceremony_on, "
    "c.member_id, c.version, o.path FROM candidate c JOIN org o ON o.id = c.org_id "
    "LEFT JOIN member i1 ON i1.id = c.introducer1_id "
    "LEFT JOIN member i2 ON i2.id = c.introducer2_id ";

std::string S(const store::Row& r, size_t i) { return r.OptText(i).value_or(""); }

Candidate FromRow(const store::Row& r) {
  Candidate c;
  c.id = r.Int(0);
  c.data.org_id = r.Int(1);
  c.org_name = r.Text(2);
  c.status = r.Text(3);
  c.data.full_name = r.Text(4);
  c.data.sex = r.Text(5);
  c.data.birth_date = r.Text(6);
  c.data.national_id = S(r, 7);
  c.data.ethnicity = r.Text(8);
  c.data.religion = r.Text(9);
  c.data.general_education = S(r, 10);
  c.data.occupation = S(r, 11);
  c.data.job_title = S(r, 12);
  c.data.home_town = S(r, 13);
  c.data.residence = S(r, 14);
  c.data.identified_on = r.Text(15);
  c.data.note = S(r, 16);
  c.class_certificate_no = S(r, 17);
  c.class_completed_on = S(r, 18);
  c.dossier_completed_on = S(r, 19);
  c.introducer1_id = r.OptInt(20);
  c.introducer1_name = S(r, 21);
  c.introducer1_since = S(r, 22);
  c.introducer2_id = r.OptInt(23);
  c.introducer2_name = S(r, 24);
  c.introducer2_since = S(r, 25);
  c.branch_vote_on = S(r, 26);
  c.votes_for = static_cast<int>(r.OptInt(27).value_or(0));
  c.votes_total = static_cast<int>(r.OptInt(28).value_or(0));
  c.committee_proposal_on = S(r, 29);
  c.decision_no = S(r, 30);
  c.decision_on = S(r, 31);
  c.ceremony_on = S(r, 32);
  c.member_id = r.OptInt(33);
  c.version = r.Int(34);
  return c;
}

// The notice of Candidate::age_notice, or "": the certificate of the class taken (or, before
// the class, of one taken on the day the branch identified the candidate) runs out before the
// candidate is old enough to be admitted, by the rule set in force on that day.
std::string AgeNotice(const Candidate& c) {
  const auto born = Date::Parse(c.data.birth_date);
  const auto cls = Date::Parse(c.class_completed_on);
  const auto from = cls ? cls : Date::Parse(c.data.identified_on);
  if (!born || !from) return "";
  const auto& rs = Rules().At(*from);
  const Date of_age = rules::AdmissionAgeWindow(rs, *born).first;
  const Date valid_until = from->AddMonths(rs.candidate_certificate_valid_months);
  if (!(valid_until < of_age)) return "";
  const std::string age = std::to_string(rs.min_admission_age_months / 12);
  const std::string months = std::to_string(rs.candidate_certificate_valid_months);
  if (cls) {
    return "Quần chúng đủ " + age + " tuổi vào ngày " + of_age.Vietnamese() +
           ", sau khi giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng hết hạn (" +
           valid_until.Vietnamese() + "): phải học lại lớp trước khi xét kết nạp.";
  }
  return "Quần chúng đủ " + age + " tuổi vào ngày " + of_age.Vietnamese() +
         "; giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng có giá trị " + months +
         " tháng, nên học lớp từ ngày " +
         of_age.AddMonths(-rs.candidate_certificate_valid_months).Vietnamese() + " trở đi.";
}

// Fills the deadlines that apply to the candidate's current step.
void AddDeadlines(Candidate& c, const rules::WorkingCalendar& cal) {
  if (const auto cls = Date::Parse(c.class_completed_on)) {
    const auto& rs = Rules().At(*cls);
    c.certificate_valid_until = cls->AddMonths(rs.candidate_certificate_valid_months).Iso();
  }
  if (c.status == "preparing") c.age_notice = AgeNotice(c);
  if (c.status == "voted" || c.status == "proposed") {
    if (const auto vote = Date::Parse(c.branch_vote_on)) {
      c.decision_deadline = rules::DecisionDeadline(Rules().At(*vote), cal, *vote).Iso();
    }
  }
  if (c.status == "decided") {
    if (const auto dec = Date::Parse(c.decision_on)) {
      c.ceremony_deadline = rules::CeremonyDeadline(Rules().At(*dec), cal, *dec).Iso();
    }
  }
}

}  // namespace

std::optional<Candidate> LoadCandidate(store::Transaction& tx, int64_t id, std::string* path) {
  const auto row = tx.QueryOne(std::string(kSelect) + "WHERE c.id = ?", {id});
  if (!row) return std::nullopt;
  if (path) *path = row->Text(35);
  Candidate c = FromRow(*row);
  AddDeadlines(c, LoadCalendar(tx));
  return c;
}

Candidate ForActor(const Actor& actor, Candidate c) {
  if (!SeesSensitive(actor)) {
    c.data.national_id.clear();
    c.masked = true;
  }
  return c;
}

namespace {

store::Value N(const std::string& s) { return s.empty() ? store::Value(nullptr) : store::Value(s); }

}  // namespace

namespace {

using CS = CandidateStatus;
constexpr std::array<vocab::Entry<CS>, 7> kCandidateStatuses = {{
    {CS::kPreparing, "preparing", "Đang bồi dưỡng"},
    {CS::kVoted, "voted", "Chi bộ đã biểu quyết"},
    {CS::kProposed, "proposed", "Đảng ủy cơ sở đã đề nghị"},
    {CS::kDecided, "decided", "Đã có quyết định kết nạp"},
    {CS::kAdmitted, "admitted", "Đã kết nạp", kCandidateClosed},
    {CS::kRefused, "refused", "Không kết nạp", kCandidateClosed},
    {CS::kWithdrawn, "withdrawn", "Thôi xem xét", kCandidateClosed},
}};
static_assert(vocab::WellFormed<CS>(kCandidateStatuses));
constexpr std::array<vocab::FlagName, 1> kCandidateFlags = {{{kCandidateClosed, "closed"}}};

using AS = AdmissionStep;
constexpr std::array<vocab::Entry<AS>, 9> kAdmissionSteps = {{
    {AS::kClass, "class", "Lớp bồi dưỡng nhận thức về Đảng"},
    {AS::kDossier, "dossier", "Hoàn thành hồ sơ"},
    {AS::kIntroducers, "introducers", "Đảng viên giới thiệu"},
    {AS::kVote, "vote", "Chi bộ biểu quyết"},
    {AS::kProposal, "proposal", "Đảng ủy cơ sở đề nghị"},
    {AS::kDecision, "decision", "Quyết định kết nạp"},
    {AS::kCeremony, "ceremony", "Lễ kết nạp"},
    {AS::kRefuse, "refuse", "Không kết nạp"},
    {AS::kWithdraw, "withdraw", "Thôi xem xét"},
}};
static_assert(vocab::WellFormed<AS>(kAdmissionSteps));

}  // namespace

std::span<const vocab::Entry<CandidateStatus>> VocabOf(CandidateStatus) {
  return kCandidateStatuses;
}
std::span<const vocab::FlagName> VocabFlagsOf(CandidateStatus) { return kCandidateFlags; }
std::span<const vocab::Entry<AdmissionStep>> VocabOf(AdmissionStep) { return kAdmissionSteps; }

std::string CandidateStatusLabel(const std::string& status) {
  return std::string(vocab::LabelOf<CandidateStatus>(status));
}

nlohmann::json CandidateJson(const Candidate& c) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
  };
  return {{"id", c.id},
          {"org_id", c.data.org_id},
          {"org_name", c.org_name},
          {"status", c.status},
          {"status_label", CandidateStatusLabel(c.status)},
          {"full_name", c.data.full_name},
          {"sex", c.data.sex},
          {"birth_date", c.data.birth_date},
          {"national_id", c.data.national_id},
          {"masked", c.masked},
          {"ethnicity", c.data.ethnicity},
          {"religion", c.data.religion},
          {"general_education", c.data.general_education},
          {"occupation", c.data.occupation},
          {"job_title", c.data.job_title},
          {"home_town", c.data.home_town},
          {"residence", c.data.residence},
          {"identified_on", c.data.identified_on},
          {"note", c.data.note},
          {"class_certificate_no", c.class_certificate_no},
          {"class_completed_on", c.class_completed_on},
          {"dossier_completed_on", c.dossier_completed_on},
          {"introducer1_id", opt(c.introducer1_id)},
          {"introducer1_name", c.introducer1_name},
          {"introducer1_since", c.introducer1_since},
          {"introducer2_id", opt(c.introducer2_id)},
          {"introducer2_name", c.introducer2_name},
          {"introducer2_since", c.introducer2_since},
          {"branch_vote_on", c.branch_vote_on},
          {"votes_for", c.votes_for},
          {"votes_total", c.votes_total},
          {"committee_proposal_on", c.committee_proposal_on},
          {"decision_no", c.decision_no},
          {"decision_on", c.decision_on},
          {"ceremony_on", c.ceremony_on},
          {"member_id", opt(c.member_id)},
          {"version", c.version},
          {"decision_deadline", c.decision_deadline},
          {"ceremony_deadline", c.ceremony_deadline},
          {"certificate_valid_until", c.certificate_valid_until},
          {"age_notice", c.age_notice}};
}

MemberInput PersonalFile(const CandidateInput& c) {
  MemberInput m;
  m.org_id = c.org_id;
  m.full_name = c.full_name;
  m.sex = c.sex;
  m.birth_date = c.birth_date;
  m.national_id = c.national_id;
  m.ethnicity = c.ethnicity;
  m.religion = c.religion;
  m.general_education = c.general_education;
  return m;
}

Result<Candidate> CreateCandidate(const Env& env, const Actor& actor, const CandidateInput& raw) {
  CandidateInput in = raw;
  // The member-file rules cover the personal fields; reuse them through a MemberInput.
  MemberInput as_member = NormalizeMember(PersonalFile(in));
  in.full_name = as_member.full_name;
  in.sex = as_member.sex;
  in.ethnicity = as_member.ethnicity;
  in.religion = as_member.religion;
  for (std::string* f : {&in.national_id, &in.general_education, &in.occupation, &in.job_title,
                         &in.home_town, &in.residence, &in.identified_on, &in.note}) {
    *f = text::Trim(*f);
  }
  const Date today = service::Today(env);
  Validator v;
  as_member.admitted_on = today.Iso();  // not a member yet: only the personal fields count
  ValidateMember(as_member, today, v);
  const auto identified = Date::Parse(in.identified_on);
  v.Check(identified && *identified <= today, "identified_on",
          "Ngày chi bộ xác định là quần chúng ưu tú phải là ngày hợp lệ, không sau hôm nay.");
  Status vs = v.ToStatus();
  if (!vs.ok()) {
    Error e = vs.error();
    std::erase_if(e.fields, [](const FieldError& f) { return f.field == "admitted_on"; });
    if (!e.fields.empty()) return e;
  }
  AuditEntry audit{.action = "candidate.create", .entity = "candidate", .org_id = in.org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, in.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  const auto org = LoadOrg(tx, in.org_id);
  if (org->kind != OrgKind::kGrassrootsBranch && org->kind != OrgKind::kBranch) {
    return Error::Invalid("Quần chúng ưu tú do chi bộ bồi dưỡng: hãy chọn một chi bộ.",
                          {{"org_id", "Hãy chọn một chi bộ."}});
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO candidate (org_id, full_name, name_key, sex, birth_date, "
            "national_id, ethnicity, religion, general_education, occupation, job_title, "
            "home_town, residence, identified_on, note, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'preparing', ?, ?) "
            "RETURNING id",
            {in.org_id, in.full_name, text::Fold(in.full_name), in.sex, in.birth_date,
             N(in.national_id), in.ethnicity, in.religion, N(in.general_education),
             N(in.occupation), N(in.job_title), N(in.home_town), N(in.residence), in.identified_on,
             N(in.note), now, now})
          .Int(0);
  Candidate c = *LoadCandidate(tx, id, nullptr);
  audit.entity_id = std::to_string(id);
  audit.after = CandidateJson(c);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return ForActor(actor, std::move(c));
}

Result<Candidate> GetCandidate(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  std::string path;
  auto c = LoadCandidate(tx, id, &path);
  if (!c || !InScope(actor, path) || !RoleAllows(actor, Action::kMemberRead)) {
    return Error::NotFound("Không tìm thấy quần chúng ưu tú có mã " + std::to_string(id) + ".");
  }
  return ForActor(actor, std::move(*c));
}

Result<CandidatePage> ListCandidates(const Env& env, const Actor& actor, const CandidateQuery& q) {
  if (!RoleAllows(actor, Action::kMemberRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem danh sách quần chúng ưu tú.");
  }
  Validator v;
  CheckPaging(v, q.page, q.page_size);
  v.Check(q.status.empty() || q.status == "all" || CandidateStatusLabel(q.status) != q.status,
          "status", "Trạng thái không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  std::string scope = actor.org_path;
  if (q.org_id > 0) {
    const auto org = LoadOrg(tx, q.org_id);
    if (!org || !InScope(actor, org->path)) return Error::NotFound("Không tìm thấy tổ chức.");
    scope = org->path;
  }
  const PathRange r = SubtreeRange(scope);
  std::string where = "WHERE o.path >= ? AND o.path < ?";
  store::Params params = {r.lo, r.hi};
  if (q.status.empty()) {
    where += " AND c.status NOT IN ('admitted', 'refused', 'withdrawn')";
  } else if (q.status != "all") {
    where += " AND c.status = ?";
    params.push_back(q.status);
  }
  if (const std::string key = text::Fold(q.q); !key.empty()) {
    where += " AND c.name_key LIKE ?";
    params.push_back("%" + key + "%");
  }
  CandidatePage page;
  const rules::WorkingCalendar cal = LoadCalendar(tx);
  const PagedSql sql{kSelect, "FROM candidate c JOIN org o ON o.id = c.org_id ", where,
                     "ORDER BY c.identified_on, c.id", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size, [&](const store::Row& row) {
    Candidate c = FromRow(row);
    AddDeadlines(c, cal);
    page.items.push_back(ForActor(actor, std::move(c)));
  });
  return page;
}

Status SetAdmissionTarget(const Env& env, const Actor& actor, int64_t org_id, int year,
                          int target) {
  Validator v;
  v.Check(year >= 2000 && year <= 2100, "year", "Năm không hợp lệ.");
  v.Check(target >= 0 && target <= 1000000, "target", "Chỉ tiêu phải là số không âm.");
  if (Status s = v.ToStatus(); !s) return s;
  AuditEntry audit{.action = "admission_target.set",
                   .entity = "admission_target",
                   .entity_id = std::to_string(org_id) + "/" + std::to_string(year),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kOrgWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  if (auto old = tx.QueryOne("SELECT target FROM admission_target WHERE org_id = ? AND year = ?",
                             {org_id, static_cast<int64_t>(year)})) {
    audit.before = {{"target", old->Int(0)}};
    tx.Exec("UPDATE admission_target SET target = ? WHERE org_id = ? AND year = ?",
            {static_cast<int64_t>(target), org_id, static_cast<int64_t>(year)});
  } else {
    tx.Exec("INSERT INTO admission_target (org_id, year, target) VALUES (?, ?, ?)",
            {org_id, static_cast<int64_t>(year), static_cast<int64_t>(target)});
  }
  audit.after = {{"year", year}, {"target", target}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return Status::Ok();
}

}  // namespace dangbo::service

namespace dangbo::service {

Result<std::vector<AdmissionTarget>> ListAdmissionTargets(const Env& env, const Actor& actor,
                                                          int64_t org_id) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  store::Transaction tx = env.db.BeginRead();
  std::vector<AdmissionTarget> out;
  tx.Each("SELECT year, target FROM admission_target WHERE org_id = ? ORDER BY year DESC", {org_id},
          [&](const store::Row& r) {
            out.push_back({static_cast<int>(r.Int(0)), r.Int(1)});
          });
  return out;
}

}  // namespace dangbo::service
