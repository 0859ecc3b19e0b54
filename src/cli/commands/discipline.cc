// Implementation of the discipline commands: a subtree's cases, one file, a decision, an
// appeal and its outcome.
#include "cli/commands/discipline.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/discipline/discipline.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct DisciplineOpts {
  long long org = 0, id = 0;
  int year = 0;
  service::DisciplineInput in;
  service::AppealInput appeal;
  service::AppealDecisionInput decision;
};

void PrintCase(const service::DisciplineCase& c) {
  std::cout << "Mã " << c.id << ": "
            << (c.subject == "member" ? "đảng viên " + c.member_name : "tổ chức " + c.org_name)
            << "\n  Hình thức: " << vocab::LabelOf<rules::DisciplineForm>(c.effective_form) << " — "
            << vocab::LabelOf<service::DisciplineStatus>(c.status) << "\n  Quyết định "
            << c.decision_no << " ngày " << Date::Parse(c.decided_on)->Vietnamese() << " của "
            << c.handling_org_name << "\n  Vi phạm: " << c.violation << "\n";
}

}  // namespace

std::function<int()> AddDisciplineCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<DisciplineOpts>();
  Runs runs;
  auto* top = app.add_subcommand("discipline", "Kỷ luật: danh sách, hồ sơ, quyết định, khiếu nại");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* list = top->add_subcommand("list", "Các trường hợp kỷ luật của một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm quyết định");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::DisciplineQuery q{.year = o->year, .page_size = 500};
    auto page = service::ListDiscipline(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& c : page->items) {
      std::cout << c.id << "\t" << Date::Parse(c.decided_on)->Vietnamese() << "\t"
                << (c.subject == "member" ? c.member_name : c.org_name) << "\t"
                << vocab::LabelOf<rules::DisciplineForm>(c.effective_form) << "\t"
                << vocab::LabelOf<service::DisciplineStatus>(c.status) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << ".\n";
    return 0;
  });

  auto* show = top->add_subcommand("show", "Xem một hồ sơ kỷ luật (ghi nhật ký)");
  add_db(show);
  show->add_option("id", o->id, "Mã hồ sơ")->required();
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::GetDiscipline(env, op, o->id);
    if (!c.ok()) return PrintError(c.error());
    PrintCase(*c);
    return 0;
  });

  auto* record = top->add_subcommand("record", "Ghi quyết định kỷ luật của một cấp ủy");
  add_db(record);
  record->add_option("--org", o->org, "Mã tổ chức quyết định")->required();
  record->add_option("--subject", o->in.subject, "member hoặc org")->required();
  record->add_option("--member", o->in.member_id, "Mã đảng viên bị kỷ luật");
  record->add_option("--subject-org", o->in.subject_org_id, "Mã tổ chức bị kỷ luật");
  record
      ->add_option("--form", o->in.form,
                   "reprimand, warning, dismissal, expulsion hoặc dissolution")
      ->required();
  record->add_option("--violation-on", o->in.violation_on, "Ngày vi phạm")->required();
  record->add_option("--violation", o->in.violation, "Nội dung vi phạm")->required();
  record->add_option("--decision-no", o->in.decision_no, "Số quyết định")->required();
  record->add_option("--decided-on", o->in.decided_on, "Ngày quyết định")->required();
  record->add_option("--received-on", o->in.received_on, "Ngày nhận quyết định");
  record->add_option("--post", o->in.post, "Chức vụ (cách chức)");
  RunWithServices(runs, record, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::RecordDiscipline(env, op, o->org, o->in);
    if (!c.ok()) return PrintError(c.error());
    PrintCase(*c);
    return 0;
  });

  auto* appeal = top->add_subcommand("appeal", "Ghi khiếu nại quyết định kỷ luật");
  add_db(appeal);
  appeal->add_option("id", o->id, "Mã hồ sơ")->required();
  appeal->add_option("--on", o->appeal.appeal_on, "Ngày khiếu nại")->required();
  RunWithServices(runs, appeal, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::LodgeAppeal(env, op, o->id, o->appeal);
    if (!c.ok()) return PrintError(c.error());
    PrintCase(*c);
    return 0;
  });

  auto* decide = top->add_subcommand("appeal-decision", "Ghi kết quả giải quyết khiếu nại");
  add_db(decide);
  decide->add_option("id", o->id, "Mã hồ sơ")->required();
  decide->add_option("--outcome", o->decision.outcome, "upheld, changed hoặc annulled")->required();
  decide->add_option("--on", o->decision.decided_on, "Ngày giải quyết")->required();
  decide->add_option("--decision-no", o->decision.decision_no, "Số quyết định giải quyết");
  decide->add_option("--new-form", o->decision.new_form, "Hình thức mới (changed)");
  RunWithServices(runs, decide, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::DecideAppeal(env, op, o->id, o->decision);
    if (!c.ok()) return PrintError(c.error());
    PrintCase(*c);
    return 0;
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
