// Implementation of the propaganda commands: a subtree's activities (with the participation
// rate of study sessions), a new activity, voiding one, the Directive 05 models of a year and
// the collaborators serving on a date.
#include "cli/commands/propaganda.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/propaganda/propaganda.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct PropagandaOpts {
  long long org = 0, id = 0;
  int year = 0;
  std::string kind, at, reason;
  service::ActivityInput in;
  long long invited = -1, attended = -1, points = -1, entries = -1, prizes = -1, opinions = -1;
};

std::string Vn(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

std::optional<int64_t> Opt(long long v) { return v < 0 ? std::nullopt : std::optional<int64_t>(v); }

// The figures of an activity, in words: "98/100 đảng viên (98,00%)", "45 điểm cầu, …".
std::string Figures(const service::PropagandaActivity& a) {
  if (a.kind == "study_session" && a.invited && a.attended) {
    const double rate = *a.invited > 0 ? 100.0 * *a.attended / *a.invited : 0;
    return text::FormatInt(*a.attended) + "/" + text::FormatInt(*a.invited) + " đảng viên (" +
           text::FormatPercent(rate) + ")";
  }
  if (a.kind == "online_conference") {
    return text::FormatInt(a.points.value_or(0)) + " điểm cầu, " +
           text::FormatInt(a.attended.value_or(0)) + " người dự";
  }
  if (a.kind == "contest") return text::FormatInt(a.entries.value_or(0)) + " bài dự thi";
  return text::FormatInt(a.opinions.value_or(0)) + " ý kiến";
}

void AddListCommands(CLI::App* top, Runs& runs, DbOption& db, std::shared_ptr<PropagandaOpts> o) {
  auto* list = top->add_subcommand("list", "Các hoạt động tuyên giáo trong một cây con");
  list->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm");
  list->add_option("--kind", o->kind,
                   "study_session, online_conference, contest hoặc opinion_report");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::ActivityQuery q{.kind = o->kind, .year = o->year, .page_size = 1000};
    auto page = service::ListActivities(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& a : page->items) {
      std::cout << a.id << "\t" << Vn(a.held_on) << "\t"
                << vocab::LabelOf<service::PropagandaKind>(a.kind) << "\t" << a.title
                << (a.document_no.empty() ? "" : " (" + a.document_no + ")") << "\t" << a.org_name
                << "\t" << Figures(a) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " hoạt động.\n";
    return 0;
  });

  auto* models = top->add_subcommand("models", "Mô hình làm theo Bác đăng ký (Chỉ thị 05)");
  models->add_option("--db", db.url, "Cơ sở dữ liệu");
  models->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  models->add_option("--year", o->year, "Năm đăng ký");
  RunWithServices(runs, models, db, [o](const service::Env& env, const service::Actor& op) {
    auto page = service::ListModels(env, op, o->org, {.year = o->year, .page_size = 1000});
    if (!page.ok()) return PrintError(page.error());
    std::set<int64_t> units;
    for (const auto& m : page->items) {
      units.insert(m.org_id);
      std::cout << m.id << "\t" << m.year << "\t" << m.org_name << "\t" << m.name
                << (m.recognized_on.empty() ? "" : "\tcông nhận " + Vn(m.recognized_on)) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " mô hình của "
              << text::FormatInt(static_cast<int64_t>(units.size())) << " đơn vị.\n";
    return 0;
  });

  auto* people = top->add_subcommand("collaborators", "Cộng tác viên dư luận xã hội");
  people->add_option("--db", db.url, "Cơ sở dữ liệu");
  people->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  people->add_option("--at", o->at, "Đang làm vào ngày (YYYY-MM-DD)");
  RunWithServices(runs, people, db, [o](const service::Env& env, const service::Actor& op) {
    auto page = service::ListCollaborators(env, op, o->org, {.at = o->at, .page_size = 1000});
    if (!page.ok()) return PrintError(page.error());
    for (const auto& c : page->items) {
      std::cout << c.id << "\t" << c.member_name << "\t" << c.org_name << "\ttừ " << Vn(c.from_on)
                << (c.to_on.empty() ? "" : " đến " + Vn(c.to_on)) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " cộng tác viên.\n";
    return 0;
  });
}

}  // namespace

std::function<int()> AddPropagandaCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<PropagandaOpts>();
  Runs runs;
  auto* top = app.add_subcommand(
      "propaganda", "Tuyên giáo: học tập nghị quyết, hội nghị, cuộc thi, Chỉ thị 05, dư luận");
  top->require_subcommand(1);
  AddListCommands(top, runs, db, o);

  auto* add = top->add_subcommand("add", "Ghi một hoạt động tuyên giáo");
  add->add_option("--db", db.url, "Cơ sở dữ liệu");
  add->add_option("--org", o->org, "Mã tổ chức tổ chức hoạt động")->required();
  add->add_option("--kind", o->in.kind, "study_session, online_conference, contest, …")->required();
  add->add_option("--title", o->in.title, "Tên, nội dung")->required();
  add->add_option("--on", o->in.held_on, "Ngày tổ chức (YYYY-MM-DD)")->required();
  add->add_option("--to", o->in.ends_on, "Ngày kết thúc");
  add->add_option("--document-no", o->in.document_no, "Số hiệu văn bản, vd. 22-NQ/TW");
  add->add_option("--document-kind", o->in.document_kind, "resolution, directive, …");
  add->add_option("--invited", o->invited, "Số đảng viên được triệu tập");
  add->add_option("--attended", o->attended, "Số đảng viên tham gia / người dự");
  add->add_option("--points", o->points, "Số điểm cầu");
  add->add_option("--entries", o->entries, "Số bài dự thi");
  add->add_option("--prizes", o->prizes, "Số giải");
  add->add_option("--opinions", o->opinions, "Số ý kiến thu thập");
  add->add_option("--summary", o->in.summary, "Tóm tắt tình hình dư luận");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    service::ActivityInput in = o->in;
    in.invited = Opt(o->invited);
    in.attended = Opt(o->attended);
    in.points = Opt(o->points);
    in.entries = Opt(o->entries);
    in.prizes = Opt(o->prizes);
    in.opinions = Opt(o->opinions);
    auto a = service::CreateActivity(env, op, o->org, in);
    if (!a.ok()) return PrintError(a.error());
    std::cout << "Đã ghi mã " << a->id << ": " << a->title << " — " << Figures(*a) << ".\n";
    return 0;
  });

  auto* cancel = top->add_subcommand("void", "Hủy một hoạt động ghi nhầm");
  cancel->add_option("--db", db.url, "Cơ sở dữ liệu");
  cancel->add_option("id", o->id, "Mã hoạt động")->required();
  cancel->add_option("--reason", o->reason, "Lý do hủy")->required();
  RunWithServices(runs, cancel, db, [o](const service::Env& env, const service::Actor& op) {
    if (Status s = service::VoidActivity(env, op, o->id, o->reason); !s) {
      return PrintError(s.error());
    }
    std::cout << "Đã hủy hoạt động mã " << o->id << ".\n";
    return 0;
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
