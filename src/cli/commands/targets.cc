// Implementation of the targets commands: a term's targets of an organization with the year
// summed up, a new target, a year's plan and typed actual value.
#include "cli/commands/targets.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/targets/targets.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct TargetOpts {
  long long org = 0, id = 0;
  int year = 0;
  std::string term;
  service::TargetInput in;
  service::TargetYearInput year_in;
};

std::string Num(const std::optional<double>& v) {
  return v ? text::FormatDecimal(*v, 2) : std::string("—");
}

void PrintBoard(const service::TargetBoard& b) {
  for (const auto& t : b.targets) {
    const auto& y = t.years[static_cast<size_t>(b.year - t.years.front().year)];
    std::cout << t.id << "\t" << t.title << "\tkế hoạch " << Num(y.plan) << "\tthực hiện "
              << Num(y.actual) << (y.computed ? " (tính từ số liệu)" : "") << "\t"
              << (!y.met   ? "chưa đủ số liệu"
                  : *y.met ? "đạt"
                           : "không đạt")
              << "\n";
  }
  std::cout << "Năm " << b.year << ": " << text::FormatInt(b.met) << "/"
            << text::FormatInt(b.measured) << " chỉ tiêu đạt và vượt.\n";
}

}  // namespace

std::function<int()> AddTargetCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<TargetOpts>();
  Runs runs;
  auto* top = app.add_subcommand("targets", "Chỉ tiêu Nghị quyết Đại hội");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* show = top->add_subcommand("show", "Các chỉ tiêu của một nhiệm kỳ, kết quả một năm");
  add_db(show);
  show->add_option("--org", o->org, "Mã tổ chức")->required();
  show->add_option("--term", o->term, "Nhiệm kỳ (2025-2030)")->required();
  show->add_option("--year", o->year, "Năm (mặc định: năm nay)");
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    auto b = service::GetTargets(env, op, o->org, o->term, o->year);
    if (!b.ok()) return PrintError(b.error());
    PrintBoard(*b);
    return 0;
  });

  auto* add = top->add_subcommand("add", "Thêm chỉ tiêu");
  add_db(add);
  add->add_option("--org", o->org, "Mã tổ chức")->required();
  add->add_option("--term", o->in.term, "Nhiệm kỳ (2025-2030)")->required();
  add->add_option("--title", o->in.title, "Nội dung chỉ tiêu")->required();
  add->add_option("--unit", o->in.unit, "Đơn vị tính");
  add->add_option("--comparison", o->in.comparison, "at_least hoặc at_most")->required();
  add->add_option("--indicator", o->in.indicator, "Mã chỉ số báo cáo (kết quả tính tự động)");
  add->add_option("--plan", o->in.term_plan, "Chỉ tiêu (mỗi năm)");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    auto t = service::CreateTarget(env, op, o->org, o->in);
    if (!t.ok()) return PrintError(t.error());
    std::cout << "Mã " << t->id << ": " << t->title << ".\n";
    return 0;
  });

  auto* year = top->add_subcommand("year", "Ghi chỉ tiêu, kết quả một năm");
  add_db(year);
  year->add_option("id", o->id, "Mã chỉ tiêu")->required();
  year->add_option("--year", o->year, "Năm")->required();
  year->add_option("--plan", o->year_in.plan, "Chỉ tiêu năm");
  year->add_option("--actual", o->year_in.actual, "Kết quả (chỉ tiêu nhập tay)");
  RunWithServices(runs, year, db, [o](const service::Env& env, const service::Actor& op) {
    auto t = service::SetTargetYear(env, op, o->id, o->year, o->year_in);
    if (!t.ok()) return PrintError(t.error());
    std::cout << "Đã ghi năm " << o->year << " của chỉ tiêu mã " << t->id << ".\n";
    return 0;
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
