// Implementation of the documents commands: the documents seen from an organization with the
// coverage of its grassroots organizations, a new document, one organization's steps.
#include "cli/commands/documents.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/documents/documents.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct DocumentOpts {
  long long org = 0, id = 0;
  int year = 0;
  service::DocumentInput in;
  service::ImplementationInput step;
};

std::string Share(int64_t n, int64_t of) {
  const std::string s = text::FormatInt(n) + "/" + text::FormatInt(of);
  return of == 0 ? s : s + " (" + text::FormatPercent(100.0 * n / of) + ")";
}

}  // namespace

std::function<int()> AddDocumentCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<DocumentOpts>();
  Runs runs;
  auto* top = app.add_subcommand("documents", "Văn bản cấp trên và việc thực hiện");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* list = top->add_subcommand("list", "Văn bản và tỷ lệ tổ chức cơ sở đảng thực hiện");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức")->required();
  list->add_option("--year", o->year, "Năm ban hành");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    auto docs = service::ListDocuments(env, op, o->org, o->year);
    if (!docs.ok()) return PrintError(docs.error());
    for (const auto& d : *docs) {
      std::cout << d.id << "\t" << d.number << "\t" << d.title << "\n  học tập "
                << Share(d.studied, d.units) << "; chương trình, kế hoạch "
                << Share(d.planned, d.units) << "; nghị quyết chuyên đề "
                << Share(d.resolved, d.units) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(static_cast<int64_t>(docs->size()))
              << " văn bản.\n";
    return 0;
  });

  auto* add = top->add_subcommand("add", "Ghi văn bản cấp trên");
  add_db(add);
  add->add_option("--org", o->org, "Mã tổ chức theo dõi thực hiện")->required();
  add->add_option("--kind", o->in.kind, "resolution, directive, conclusion, guideline, regulation")
      ->required();
  add->add_option("--number", o->in.number, "Số văn bản (22-NQ/TW)")->required();
  add->add_option("--issuer", o->in.issuer, "Cơ quan ban hành");
  add->add_option("--issued-on", o->in.issued_on, "Ngày ban hành")->required();
  add->add_option("--title", o->in.title, "Trích yếu")->required();
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    auto d = service::CreateDocument(env, op, o->org, o->in);
    if (!d.ok()) return PrintError(d.error());
    std::cout << "Mã " << d->id << ": " << d->number << ".\n";
    return 0;
  });

  auto* step = top->add_subcommand("implement", "Ghi việc thực hiện của một tổ chức cơ sở đảng");
  add_db(step);
  step->add_option("id", o->id, "Mã văn bản")->required();
  step->add_option("--org", o->org, "Mã tổ chức cơ sở đảng")->required();
  step->add_option("--studied-on", o->step.studied_on, "Ngày học tập, quán triệt");
  step->add_option("--plan-on", o->step.plan_on, "Ngày ban hành chương trình, kế hoạch");
  step->add_option("--plan-no", o->step.plan_no, "Số chương trình, kế hoạch");
  step->add_option("--resolution-on", o->step.resolution_on, "Ngày ban hành nghị quyết chuyên đề");
  step->add_option("--resolution-no", o->step.resolution_no, "Số nghị quyết chuyên đề");
  RunWithServices(runs, step, db, [o](const service::Env& env, const service::Actor& op) {
    auto i = service::RecordImplementation(env, op, o->org, o->id, o->step);
    if (!i.ok()) return PrintError(i.error());
    std::cout << "Đã ghi việc thực hiện của " << i->org_name << ".\n";
    return 0;
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
