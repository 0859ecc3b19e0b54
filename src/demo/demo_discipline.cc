// Demo inspection and discipline: ten years of the bloc committee's programmes and a few
// dozen supervisions and inspections a year (concluded, fixed and closed, mostly on time),
// and a handful of member discipline cases a year (some appealed), through the services.
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/discipline/discipline.h"
#include "service/inspection/inspection.h"

namespace dangbo::demo::internal {

namespace {

struct Active {
  int64_t member_id = 0, org_id = 0;
  std::string status;
};

std::string RootPath(Context& ctx, int64_t root_id) {
  store::Transaction tx = ctx.env.db.BeginRead();
  return tx.QueryRow("SELECT path FROM org WHERE id = ?", {root_id}).Text(0);
}

// The TCCSĐ of the subtree on `on`.
std::vector<int64_t> GrassrootsOn(Context& ctx, const std::string& path, const Date& on) {
  std::vector<int64_t> out;
  store::Transaction tx = ctx.env.db.BeginRead();
  tx.Each(
      "SELECT org_id FROM org_span WHERE kind IN ('grassroots_committee', "
      "'grassroots_branch') AND path >= ? AND path < ? AND valid_from <= ? AND (valid_to IS "
      "NULL OR valid_to > ?) ORDER BY org_id",
      {path, path + "~", on.Iso(), on.Iso()},
      [&out](const store::Row& r) { out.push_back(r.Int(0)); });
  return out;
}

// Probationary and official members of the subtree on `on`, with their unit.
std::vector<Active> ActiveOn(Context& ctx, const std::string& path, const Date& on) {
  std::vector<Active> out;
  store::Transaction tx = ctx.env.db.BeginRead();
  tx.Each(
      "SELECT s.member_id, s.org_id, s.status FROM member_span s JOIN org o ON o.id = "
      "s.org_id WHERE o.path >= ? AND o.path < ? AND s.valid_from <= ? AND (s.valid_to IS "
      "NULL OR s.valid_to > ?) AND s.status IN ('probationary', 'official') ORDER BY "
      "s.member_id",
      {path, path + "~", on.Iso(), on.Iso()}, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2)});
      });
  return out;
}

Date Clamp(const Date& d, const Date& last) { return d > last ? last : d; }

// One case from start to close, as far as today allows.
void InspectOne(Context& ctx, int64_t root_id, int64_t programme_id,
                const std::vector<int64_t>& units, const std::vector<Active>& members,
                const Date& start) {
  static const std::vector<std::string> kTitles = {
      "Việc thực hiện quy chế làm việc và nguyên tắc tập trung dân chủ",
      "Việc lãnh đạo thực hiện nghị quyết đại hội và nhiệm vụ chính trị của đơn vị",
      "Việc tổ chức sinh hoạt chi bộ và nâng cao chất lượng sinh hoạt",
      "Việc thực hiện Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách "
      "Hồ Chí Minh",
      "Việc kê khai tài sản, thu nhập và thực hiện những điều đảng viên không được làm",
  };
  const std::vector<double> weights = {40, 30, 5, 10, 15};
  const auto kind = static_cast<service::InspectionKind>(ctx.rng.Weighted(weights));
  service::InspectionInput in;
  in.kind = std::string(vocab::Code(kind));
  in.programme_id = kind == service::InspectionKind::kViolationSigns ? 0 : programme_id;
  const bool member = !members.empty() && ctx.rng.Chance(0.12);
  in.subject = member ? "member" : "org";
  if (member) {
    in.member_id = ctx.rng.Pick(members).member_id;
  } else {
    in.subject_org_id = ctx.rng.Pick(units);
  }
  in.title = kind == service::InspectionKind::kFinance
                 ? "Việc thu, nộp, quản lý và sử dụng đảng phí"
                 : ctx.rng.Pick(kTitles);
  in.team = "Ủy ban Kiểm tra Đảng ủy Khối: 01 trưởng đoàn, 02 thành viên";
  in.started_on = start.Iso();
  in.planned_end_on = start.AddDays(30).Iso();
  in.documents = "Kế hoạch số " + std::to_string(ctx.rng.Uniform(10, 99)) +
                 "-KH/UBKT; báo cáo tự "
                 "kiểm tra của đối tượng";
  auto c = service::CreateInspection(ctx.env, ctx.op, root_id, in);
  if (!c.ok()) return;  // a subject that ended meanwhile: the demo moves on
  const Date concluded = start.AddDays(ctx.rng.Uniform(15, 60));
  if (concluded >= ctx.today) return;
  const bool violation =
      ctx.rng.Chance(kind == service::InspectionKind::kViolationSigns ? 0.6 : 0.12);
  const bool fixes = violation || ctx.rng.Chance(0.3);
  const Date due = concluded.AddDays(ctx.rng.Uniform(60, 120));
  service::ConclusionInput ci{concluded.Iso(), violation,
                              violation ? "Có khuyết điểm, vi phạm cần kiểm điểm, khắc phục."
                                        : "Thực hiện cơ bản đúng quy định; còn một số hạn chế.",
                              fixes ? "Kiểm điểm làm rõ trách nhiệm; bổ sung hồ sơ, quy chế" : "",
                              fixes ? due.Iso() : ""};
  if (!service::ConcludeInspection(ctx.env, ctx.op, c->id, ci).ok() || !fixes) return;
  const Date step = concluded.AddDays(30);
  if (step >= ctx.today) return;
  (void)service::RecordFollowUp(ctx.env, ctx.op, c->id, {step.Iso(), "Đã tổ chức kiểm điểm"});
  const Date closed =
      concluded.AddDays(ctx.rng.Chance(0.85) ? ctx.rng.Uniform(35, 60) : ctx.rng.Uniform(125, 160));
  if (closed >= ctx.today) return;
  (void)service::RecordFollowUp(ctx.env, ctx.op, c->id,
                                {closed.Iso(), "Đã khắc phục xong các nội dung", true});
}

// One member case; nothing is written when the rules refuse it (a form the member cannot
// receive, a later change in the file).
void DisciplineOne(Context& ctx, int64_t root_id, const Active& m, const Date& decided,
                   bool expulsion_allowed) {
  static const std::vector<std::string> kViolations = {
      "Vi phạm quy chế làm việc, thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
      "Vi phạm quy định về những điều đảng viên không được làm",
      "Vi phạm trong quản lý tài chính, tài sản của cơ quan",
      "Vi phạm Luật Giao thông đường bộ khi có nồng độ cồn",
      "Thiếu tu dưỡng, rèn luyện; vi phạm nghĩa vụ đảng viên",
  };
  std::vector<double> weights = {60, 30, 7, expulsion_allowed ? 3.0 : 0.0};
  if (m.status == "probationary") weights = {65, 35, 0, 0};
  const auto form = static_cast<rules::DisciplineForm>(ctx.rng.Weighted(weights));
  service::DisciplineInput in;
  in.subject = "member";
  in.member_id = m.member_id;
  in.form = std::string(vocab::Code(form));
  in.violation_on = decided.AddDays(-ctx.rng.Uniform(30, 200)).Iso();
  in.violation = ctx.rng.Pick(kViolations);
  in.decided_on = decided.Iso();
  in.received_on = Clamp(decided.AddDays(ctx.rng.Uniform(1, 5)), ctx.today).Iso();
  const bool by_unit = form <= rules::DisciplineForm::kWarning && ctx.rng.Chance(0.7);
  in.decision_no = std::to_string(ctx.rng.Uniform(1, 99)) + (by_unit ? "-QĐ/CB" : "-QĐ/ĐUK");
  auto c = service::RecordDiscipline(ctx.env, ctx.op, by_unit ? m.org_id : root_id, in);
  if (!c.ok() || !ctx.rng.Chance(0.1)) return;
  const Date appeal = Date::Parse(in.received_on)->AddDays(ctx.rng.Uniform(5, 25));
  if (appeal >= ctx.today) return;
  if (!service::LodgeAppeal(ctx.env, ctx.op, c->id, {appeal.Iso()}).ok()) return;
  const Date outcome = appeal.AddDays(ctx.rng.Uniform(20, 60));
  if (outcome >= ctx.today) return;
  const size_t k = ctx.rng.Weighted({60, 25, 15});
  service::AppealDecisionInput d{k == 0   ? "upheld"
                                 : k == 1 ? "changed"
                                          : "annulled",
                                 outcome.Iso(), std::to_string(ctx.rng.Uniform(1, 50)) + "-QĐ/UBKT",
                                 "reprimand"};
  if (d.outcome == "changed" && form == rules::DisciplineForm::kReprimand) d.outcome = "upheld";
  (void)service::DecideAppeal(ctx.env, ctx.op, c->id, d);
}

void BuildYear(Context& ctx, int64_t root_id, const std::string& path, int year) {
  const Date last = ctx.today.AddDays(-3);
  const Date mid = Clamp(Date(year, 6, 30), last);
  const std::vector<int64_t> units = GrassrootsOn(ctx, path, mid);
  const std::vector<Active> members = ActiveOn(ctx, path, mid);
  if (units.empty()) return;
  auto programme = service::CreateProgramme(
      ctx.env, ctx.op, root_id,
      {year, "Chương trình kiểm tra, giám sát năm " + std::to_string(year) + " của Đảng ủy Khối",
       std::to_string(ctx.rng.Uniform(1, 20)) + "-CTr/ĐUK", Clamp(Date(year, 1, 15), last).Iso()});
  const int64_t programme_id = programme.ok() ? programme->id : 0;
  const int cases = static_cast<int>(ctx.rng.Uniform(28, 40));
  for (int i = 0; i < cases; ++i) {
    const Date start = ctx.rng.DateBetween(Date(year, 2, 1), Date(year, 11, 30));
    if (start > last) continue;
    InspectOne(ctx, root_id, programme_id, units, members, start);
  }
  if (members.empty()) return;
  const int disciplined = static_cast<int>(ctx.rng.Uniform(3, 7));
  for (int i = 0; i < disciplined; ++i) {
    const Date decided = ctx.rng.DateBetween(Date(year, 1, 10), Date(year, 12, 20));
    if (decided > last) continue;
    // Khai trừ ends a file: only recently, so that the years before stay as they were.
    DisciplineOne(ctx, root_id, ctx.rng.Pick(members), decided, decided > ctx.today.AddMonths(-6));
  }
  if (ctx.rng.Chance(0.3)) {
    service::DisciplineInput in;
    in.subject = "org";
    in.subject_org_id = ctx.rng.Pick(units);
    in.form = ctx.rng.Chance(0.7) ? "reprimand" : "warning";
    const Date decided = Clamp(ctx.rng.DateBetween(Date(year, 3, 1), Date(year, 12, 1)), last);
    in.violation_on = decided.AddDays(-90).Iso();
    in.violation = "Buông lỏng lãnh đạo, để xảy ra vi phạm trong quản lý tài chính của đơn vị";
    in.decision_no = std::to_string(ctx.rng.Uniform(1, 99)) + "-QĐ/ĐUK";
    in.decided_on = decided.Iso();
    (void)service::RecordDiscipline(ctx.env, ctx.op, root_id, in);
  }
}

}  // namespace

Status BuildInspectionAndDiscipline(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Kiểm tra, giám sát và kỷ luật mười năm…");
  // The ratings that follow read these records, as in the server (idempotent).
  service::InstallDisciplineFacts();
  const std::string path = RootPath(ctx, root_id);
  for (int year = ctx.today.year() - 10; year <= ctx.today.year(); ++year) {
    BuildYear(ctx, root_id, path, year);
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
