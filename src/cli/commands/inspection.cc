// Implementation of the inspection commands: a subtree's cases, one case, the yearly
// programme, a new case, its conclusion and follow-up steps.
#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "cli/commands/discipline.h"
#include "service/inspection/inspection.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct InspectionOpts {
  long long org = 0, id = 0;
  int year = 0;
  service::ProgrammeInput programme;
  service::InspectionInput in;
  service::ConclusionInput conclusion;
  service::FollowUpInput step;
};

int PrintCase(const Result<service::InspectionCase>& c) {
  if (!c.ok()) return PrintError(c.error());
  std::cout << "Mã " << c->id << ": " << c->title << "\n  "
            << vocab::LabelOf<service::InspectionKind>(c->kind) << " — "
            << (c->subject == "member" ? "đảng viên " + c->member_name : "tổ chức " + c->org_name)
            << "\n  Trạng thái: " << vocab::LabelOf<service::InspectionStatus>(c->status) << "\n";
  if (!c->conclusion.empty()) std::cout << "  Kết luận: " << c->conclusion << "\n";
  for (const auto& s : c->steps) std::cout << "  " << s.on << ": " << s.note << "\n";
  return 0;
}

}  // namespace

std::function<int()> AddInspectionCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<InspectionOpts>();
  Runs runs;
  auto* top = app.add_subcommand("inspection", "Kiểm tra, giám sát: chương trình, cuộc, kết luận");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* list = top->add_subcommand("list", "Các cuộc kiểm tra, giám sát của một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm bắt đầu");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::InspectionQuery q{.year = o->year, .page_size = 500};
    auto page = service::ListInspections(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& c : page->items) {
      std::cout << c.id << "\t" << c.started_on << "\t"
                << vocab::LabelOf<service::InspectionKind>(c.kind) << "\t"
                << (c.subject == "member" ? c.member_name : c.org_name) << "\t"
                << vocab::LabelOf<service::InspectionStatus>(c.status) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << ".\n";
    return 0;
  });

  auto* show = top->add_subcommand("show", "Xem một cuộc kiểm tra, giám sát");
  add_db(show);
  show->add_option("id", o->id, "Mã cuộc")->required();
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintCase(service::GetInspection(env, op, o->id));
  });

  auto* programme = top->add_subcommand("programme", "Lập chương trình kiểm tra, giám sát năm");
  add_db(programme);
  programme->add_option("--org", o->org, "Mã cấp ủy")->required();
  programme->add_option("--year", o->programme.year, "Năm")->required();
  programme->add_option("--title", o->programme.title, "Tên chương trình")->required();
  programme->add_option("--decision-no", o->programme.decision_no, "Số văn bản");
  programme->add_option("--approved-on", o->programme.approved_on, "Ngày ban hành");
  RunWithServices(runs, programme, db, [o](const service::Env& env, const service::Actor& op) {
    auto p = service::CreateProgramme(env, op, o->org, o->programme);
    if (!p.ok()) return PrintError(p.error());
    std::cout << "Đã lập chương trình năm " << p->year << " (mã " << p->id << ").\n";
    return 0;
  });

  auto* create = top->add_subcommand("create", "Thêm cuộc kiểm tra, giám sát");
  add_db(create);
  create->add_option("--org", o->org, "Mã cấp ủy tiến hành")->required();
  create->add_option("--kind", o->in.kind, "Loại (regular_supervision, …)")->required();
  create->add_option("--subject", o->in.subject, "member hoặc org")->required();
  create->add_option("--member", o->in.member_id, "Mã đảng viên");
  create->add_option("--subject-org", o->in.subject_org_id, "Mã tổ chức");
  create->add_option("--programme", o->in.programme_id, "Mã chương trình");
  create->add_option("--title", o->in.title, "Nội dung")->required();
  create->add_option("--team", o->in.team, "Đoàn kiểm tra, giám sát");
  create->add_option("--started-on", o->in.started_on, "Ngày bắt đầu")->required();
  RunWithServices(runs, create, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintCase(service::CreateInspection(env, op, o->org, o->in));
  });

  auto* conclude = top->add_subcommand("conclude", "Ghi kết luận");
  add_db(conclude);
  conclude->add_option("id", o->id, "Mã cuộc")->required();
  conclude->add_option("--on", o->conclusion.concluded_on, "Ngày kết luận")->required();
  conclude->add_flag("--violation", o->conclusion.violation, "Có vi phạm");
  conclude->add_option("--conclusion", o->conclusion.conclusion, "Kết luận")->required();
  conclude->add_option("--remedies", o->conclusion.remedies, "Nội dung phải khắc phục");
  conclude->add_option("--fix-due-on", o->conclusion.fix_due_on, "Hạn khắc phục");
  RunWithServices(runs, conclude, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintCase(service::ConcludeInspection(env, op, o->id, o->conclusion));
  });

  auto* step = top->add_subcommand("step", "Ghi theo dõi khắc phục (--close: kết thúc)");
  add_db(step);
  step->add_option("id", o->id, "Mã cuộc")->required();
  step->add_option("--on", o->step.on, "Ngày")->required();
  step->add_option("--note", o->step.note, "Nội dung")->required();
  step->add_flag("--close", o->step.close, "Đã khắc phục xong: kết thúc");
  RunWithServices(runs, step, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintCase(service::RecordFollowUp(env, op, o->id, o->step));
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
