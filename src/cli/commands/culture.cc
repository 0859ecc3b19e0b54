// Implementation of the culture commands: a subtree's host units with their standing in a
// year and the counts, and one unit's standing recorded.
#include "cli/commands/culture.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/culture/culture.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct CultureOpts {
  long long org = 0;
  int year = 0;
  bool all = false;
  service::CultureInput in;
};

void PrintYear(const service::CultureYear& y, bool all) {
  if (all) {
    for (const auto& u : y.units) {
      std::cout << u.host_unit_id << "\t" << u.host_unit_name << "\t"
                << (u.registered ? "đăng ký" : "chưa đăng ký") << "\t"
                << (u.result.empty()
                        ? ""
                        : std::string(vocab::LabelOf<service::CultureResult>(u.result)))
                << "\n";
    }
  }
  const std::string of = "/" + text::FormatInt(y.host_units);
  std::cout << "Năm " << y.year << ": " << text::FormatInt(y.registered) << of << " đăng ký, "
            << text::FormatInt(y.achieved) << of << " đạt, " << text::FormatInt(y.model)
            << " tiêu biểu.\n";
}

}  // namespace

std::function<int()> AddCultureCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<CultureOpts>();
  Runs runs;
  auto* top = app.add_subcommand("culture", "Cơ quan, đơn vị, doanh nghiệp văn hóa");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* show = top->add_subcommand("show", "Các đơn vị của một cây con trong một năm");
  add_db(show);
  show->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  show->add_option("--year", o->year, "Năm")->required();
  show->add_flag("--units", o->all, "In từng đơn vị");
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    auto y = service::GetCultureYear(env, op, o->org, o->year);
    if (!y.ok()) return PrintError(y.error());
    PrintYear(*y, o->all);
    return 0;
  });

  auto* set = top->add_subcommand("set", "Ghi đăng ký, kết quả của một đơn vị trong năm");
  add_db(set);
  set->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  set->add_option("--year", o->year, "Năm")->required();
  set->add_option("--host-unit", o->in.host_unit_id, "Mã đơn vị chủ quản")->required();
  set->add_flag("--registered", o->in.registered, "Đã đăng ký");
  set->add_option("--result", o->in.result, "achieved, model, not_achieved");
  set->add_option("--decision-no", o->in.decision_no, "Số quyết định công nhận");
  set->add_option("--decided-on", o->in.decided_on, "Ngày quyết định công nhận");
  RunWithServices(runs, set, db, [o](const service::Env& env, const service::Actor& op) {
    auto y = service::RecordCultureYear(env, op, o->org, o->year, {o->in});
    if (!y.ok()) return PrintError(y.error());
    PrintYear(*y, false);
    return 0;
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
