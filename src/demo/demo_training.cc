// Demo training: three years of classes at the seeds' rates scaled to the demo's size — the
// "nhận thức về Đảng" classes for candidates (the admission files' own candidates and many
// more who attend without going further), new-member classes for the year's admissions,
// political theory (sơ cấp, trung cấp, a few cao cấp), a yearly propaganda-staff class, and
// skills classes for secretaries and committee members (about 95% of them trained in the
// current term) — all through the services, with results and certificates.
#include <algorithm>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/admission/admission.h"
#include "service/training/training.h"

namespace dangbo::demo::internal {

namespace {

// The seed: 30 classes for 3,728 candidates in half a term (two and a half years) of a bloc
// of about 10,000 members: 12 classes of about 124 a year.
constexpr double kSeedMembers = 10'000;
constexpr double kCandidateClassesPerYear = 12;
constexpr int kYears = 3;

struct Person {
  int64_t id = 0, org_id = 0;
  std::string theory, extra;  // theory level; extra: a date (admission, seat)
};

struct Tree {
  std::string path;
  std::vector<int64_t> branches;  // branch-like units active on the date
};

Tree TreeOn(Context& ctx, int64_t root_id, const Date& on) {
  Tree t;
  store::Transaction tx = ctx.env.db.BeginRead();
  t.path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {root_id}).Text(0);
  tx.Each(
      "SELECT org_id FROM org_span WHERE kind IN ('grassroots_branch', 'branch') AND path >= ? "
      "AND path < ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY org_id",
      {t.path, t.path + "~", on.Iso(), on.Iso()},
      [&t](const store::Row& r) { t.branches.push_back(r.Int(0)); });
  return t;
}

// Members active today (their files as they stand) matching `where` on m.
std::vector<Person> MembersWhere(Context& ctx, const std::string& path, const std::string& where,
                                 const store::Params& more) {
  std::vector<Person> out;
  store::Params params = {path, path + "~"};
  for (const auto& p : more) params.push_back(p);
  store::Transaction tx = ctx.env.db.BeginRead();
  tx.Each(
      "SELECT m.id, m.org_id, COALESCE(m.theory_level, ''), COALESCE(m.admitted_on, '') FROM "
      "member m WHERE m.org_path >= ? AND m.org_path < ? AND m.status IN ('probationary', "
      "'official') " +
          where + " ORDER BY m.id",
      params, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3)});
      });
  return out;
}

// Records every learner's result: `completed` share completed with a certificate on `cert`.
void Results(Context& ctx, const service::TrainingClass& c, double completed, const Date& cert,
             const std::string& prefix) {
  int n = 0;
  for (const auto& l : c.learner_list) {
    const bool ok = ctx.rng.Chance(completed);
    service::ResultInput in;
    in.result = ok ? "completed" : "not_completed";
    if (ok) {
      static const std::vector<std::string> kGrades = {"excellent", "good", "fair", "average"};
      in.grade = kGrades[ctx.rng.Weighted({10, 45, 40, 5})];
      in.certificate_no = std::to_string(++n + c.id * 1000 % 9000) + prefix;
      in.certificate_on = cert.Iso();
    }
    (void)service::RecordResult(ctx.env, ctx.op, c.id, l.id, in);
  }
}

// A class of `kind` under `org_id` with `members` (or `candidates`) and its results.
std::optional<service::TrainingClass> OneClass(Context& ctx, int64_t org_id, const char* kind,
                                               const std::string& title, const Date& from, int days,
                                               const std::vector<int64_t>& members,
                                               const std::vector<int64_t>& candidates) {
  const Date to = from.AddDays(days);
  if (to >= ctx.today || (members.empty() && candidates.empty())) return std::nullopt;
  service::TrainingClassInput in{
      kind, title, from.Iso(), to.Iso(), "Trung tâm Chính trị / Hội trường Đảng ủy Khối", ""};
  auto c = service::CreateTrainingClass(ctx.env, ctx.op, org_id, in);
  if (!c.ok()) return std::nullopt;
  auto with = service::AddLearners(ctx.env, ctx.op, c->id, members, candidates);
  if (!with.ok()) return std::nullopt;
  return *with;
}

// New candidates identified for a class: files created in branch units, most withdrawn later
// (they attend, not all go on), the recent ones left in preparation.
std::vector<int64_t> NewCandidates(Context& ctx, const Tree& tree, const Date& identified,
                                   int count) {
  std::vector<int64_t> out;
  for (int i = 0; i < count && !tree.branches.empty(); ++i) {
    const bool female = ctx.rng.Chance(0.55);
    service::CandidateInput in;
    in.org_id = ctx.rng.Pick(tree.branches);
    in.full_name = ctx.people.FullName(female);
    in.sex = female ? "female" : "male";
    in.birth_date = ctx.rng.DateBetween(Date(1990, 1, 1), Date(2003, 12, 31)).Iso();
    in.ethnicity = "Kinh";
    in.religion = "Không";
    in.general_education = "12/12";
    in.occupation = "Viên chức";
    in.identified_on = identified.Iso();
    auto c = service::CreateCandidate(ctx.env, ctx.op, in);
    if (c.ok()) out.push_back(c->id);
  }
  return out;
}

void CandidateClasses(Context& ctx, int64_t root_id, int year, double scale) {
  const int classes = std::max(1, static_cast<int>(kCandidateClassesPerYear * scale + 0.5));
  for (int k = 0; k < classes; ++k) {
    const Date from = ctx.rng.DateBetween(Date(year, 2, 15), Date(year, 11, 20));
    const Tree tree = TreeOn(ctx, root_id, from);
    const Date identified = from.AddDays(-ctx.rng.Uniform(20, 60));
    const std::vector<int64_t> fresh =
        NewCandidates(ctx, tree, identified, static_cast<int>(ctx.rng.Uniform(105, 140)));
    auto c = OneClass(ctx, root_id, "candidate_awareness",
                      "Lớp bồi dưỡng nhận thức về Đảng khóa " + std::to_string(k + 1) + " năm " +
                          std::to_string(year),
                      from, 4, {}, fresh);
    if (!c) continue;
    const Date cert = Date::Parse(c->ends_on)->AddDays(ctx.rng.Uniform(3, 12));
    Results(ctx, *c, 0.97, std::min(cert, ctx.today.AddDays(-1)), "-GCN/TTCT");
    // Those who went no further: withdrawn half a year later.
    const Date later = cert.AddMonths(6);
    if (later >= ctx.today) continue;
    for (int64_t id : fresh) {
      if (!ctx.rng.Chance(0.8)) continue;
      service::StepInput w;
      w.step = "withdraw";
      w.on = later.Iso();
      w.reason = "Chuyển công tác / chưa đủ điều kiện, thôi xem xét";
      (void)service::RecordStep(ctx.env, ctx.op, id, w);
    }
  }
}

std::vector<int64_t> Ids(const std::vector<Person>& people, size_t max, Rng& rng) {
  std::vector<int64_t> out;
  for (const Person& p : people) {
    if (out.size() >= max) break;
    if (rng.Chance(0.7)) out.push_back(p.id);
  }
  return out;
}

void MemberClasses(Context& ctx, int64_t root_id, const std::string& path, int year, double scale) {
  const std::string y = std::to_string(year);
  // New members admitted from the autumn before: one or two classes.
  const auto admitted = MembersWhere(ctx, path, "AND m.admitted_on >= ? AND m.admitted_on < ?",
                                     {std::to_string(year - 1) + "-09-01", y + "-09-01"});
  if (auto c = OneClass(ctx, root_id, "new_member", "Lớp bồi dưỡng đảng viên mới năm " + y,
                        Date(year, 10, 6), 5, Ids(admitted, 2000, ctx.rng), {})) {
    Results(ctx, *c, 0.98, Date::Parse(c->ends_on)->AddDays(7), "-GCN/ĐVM");
  }
  const auto none =
      MembersWhere(ctx, path, "AND (m.theory_level IS NULL OR m.theory_level = '')", {});
  const size_t elementary = static_cast<size_t>(45 * scale * 3 + 10);
  if (auto c = OneClass(ctx, root_id, "theory_elementary", "Lớp sơ cấp lý luận chính trị năm " + y,
                        Date(year, 4, 8), 30, Ids(none, elementary, ctx.rng), {})) {
    Results(ctx, *c, 0.95, Date::Parse(c->ends_on)->AddDays(10), "-SC/LLCT");
  }
  const auto so_cap = MembersWhere(ctx, path, "AND m.theory_level = 'so_cap'", {});
  if (auto c = OneClass(ctx, root_id, "theory_intermediate",
                        "Lớp trung cấp lý luận chính trị khóa " + y, Date(year, 3, 2), 200,
                        Ids(so_cap, static_cast<size_t>(30 * scale * 3 + 8), ctx.rng), {})) {
    Results(ctx, *c, 0.93, Date::Parse(c->ends_on)->AddDays(20), "-TC/LLCT");
  }
  const auto trung_cap = MembersWhere(ctx, path, "AND m.theory_level = 'trung_cap'", {});
  if (auto c = OneClass(ctx, root_id, "theory_advanced",
                        "Cao cấp lý luận chính trị (cử đi học) khóa " + y, Date(year - 1, 9, 5),
                        360, Ids(trung_cap, static_cast<size_t>(4 * scale * 3 + 2), ctx.rng), {})) {
    Results(ctx, *c, 1.0, Date::Parse(c->ends_on)->AddDays(30), "-CC/HVCT");
  }
  const auto everyone = MembersWhere(ctx, path, "AND m.id % 37 = ?", {int64_t{year % 37}});
  if (auto c = OneClass(ctx, root_id, "propaganda_staff",
                        "Tập huấn nghiệp vụ công tác tuyên giáo, cộng tác viên năm " + y,
                        Date(year, 5, 12), 2, Ids(everyone, 45, ctx.rng), {})) {
    Results(ctx, *c, 1.0, Date::Parse(c->ends_on)->AddDays(5), "-GCN/TG");
  }
}

// Skills classes for the committee members in office: most of them each year, so that about
// 95% of those in office are trained in the term.
void SkillsClasses(Context& ctx, int64_t root_id, const std::string& path, int year) {
  const Date from = std::min(Date(year, 9, 15), ctx.today.AddDays(-20));
  std::vector<int64_t> seats;
  {
    store::Transaction tx = ctx.env.db.BeginRead();
    tx.Each(
        "SELECT DISTINCT k.member_id FROM org_committee_member k JOIN member m ON m.id = "
        "k.member_id WHERE m.org_path >= ? AND m.org_path < ? AND m.status IN ('probationary', "
        "'official') AND (k.from_date IS NULL OR k.from_date <= ?) AND (k.to_date IS NULL OR "
        "k.to_date > ?) ORDER BY k.member_id",
        {path, path + "~", from.Iso(), from.Iso()},
        [&seats](const store::Row& r) { seats.push_back(r.Int(0)); });
  }
  std::vector<int64_t> learners;
  for (int64_t id : seats) {
    if (ctx.rng.Chance(0.97)) learners.push_back(id);
  }
  if (auto c = OneClass(ctx, root_id, "committee_skills",
                        "Bồi dưỡng nghiệp vụ công tác xây dựng Đảng cho bí thư, cấp ủy viên năm " +
                            std::to_string(year),
                        from, 3, learners, {})) {
    Results(ctx, *c, 0.98, Date::Parse(c->ends_on)->AddDays(3), "-GCN/NV");
  }
}

}  // namespace

Status BuildTraining(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Đào tạo, bồi dưỡng ba năm…");
  const Tree tree = TreeOn(ctx, root_id, ctx.today);
  int64_t members = 0;
  {
    store::Transaction tx = ctx.env.db.BeginRead();
    members = tx.QueryRow(
                    "SELECT COUNT(*) FROM member WHERE org_path >= ? AND org_path < ? AND "
                    "status IN ('probationary', 'official')",
                    {tree.path, tree.path + "~"})
                  .Int(0);
  }
  const double scale = static_cast<double>(members) / kSeedMembers;
  for (int year = ctx.today.year() - kYears + 1; year <= ctx.today.year(); ++year) {
    CandidateClasses(ctx, root_id, year, scale);
    MemberClasses(ctx, root_id, tree.path, year, scale);
    SkillsClasses(ctx, root_id, tree.path, year);
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
