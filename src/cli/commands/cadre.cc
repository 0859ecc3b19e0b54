// Implementation of the cadre planning commands: a subtree's plan, one person's plan with the
// roadmap's progress, a person added (with roadmap items), a person removed by decision.
#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "cli/commands/training.h"
#include "service/cadre/cadre.h"
#include "service/training/training.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct CadreOpts {
  long long org = 0, id = 0;
  service::CadreQuery q;
  service::CadrePlanInput in;
  std::vector<std::string> roadmap;  // "kind:YYYY-MM-DD"
  service::CadreRemoval removal;
};

const char* ProgressLabel(const std::string& p) {
  if (p == "complete") return "đã hoàn thành lộ trình";
  if (p == "overdue") return "có nội dung quá hạn";
  return "đang thực hiện";
}

void PrintPlan(const service::CadrePlan& p) {
  std::cout << "Mã " << p.id << ": " << p.member_name << " (" << p.member_unit << ")\n  Quy hoạch "
            << vocab::LabelOf<service::CadrePost>(p.post) << " — " << p.org_name << ", nhiệm kỳ "
            << p.term << "; quyết định " << p.added_decision_no << " ngày "
            << Date::Parse(p.added_on)->Vietnamese() << "\n  Tiến độ: " << ProgressLabel(p.progress)
            << " (" << p.done << "/" << p.roadmap.size() << " nội dung)\n";
  for (const auto& i : p.roadmap) {
    std::cout << "  - " << vocab::LabelOf<service::TrainingKind>(i.kind) << ", hạn "
              << Date::Parse(i.due_on)->Vietnamese() << ": "
              << (i.status == "done"      ? "đã hoàn thành"
                  : i.status == "overdue" ? "quá hạn"
                                          : "chưa đến hạn")
              << "\n";
  }
}

}  // namespace

std::function<int()> AddCadreCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<CadreOpts>();
  Runs runs;
  auto* top = app.add_subcommand("cadre", "Quy hoạch cán bộ: danh sách, lộ trình, bổ sung, đưa ra");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* list = top->add_subcommand("list", "Cán bộ trong quy hoạch của một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--term", o->q.term, "Nhiệm kỳ, ví dụ 2025-2030");
  list->add_option("--post", o->q.post, "Chức danh");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    o->q.page_size = 1000;
    auto page = service::ListCadrePlans(env, op, o->org, o->q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& p : page->items) {
      std::cout << p.id << "\t" << p.member_name << "\t"
                << vocab::LabelOf<service::CadrePost>(p.post) << "\t" << p.org_name << "\t"
                << p.term << "\t" << ProgressLabel(p.progress) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " người.\n";
    return 0;
  });

  auto* show = top->add_subcommand("show", "Xem quy hoạch và lộ trình của một người");
  add_db(show);
  show->add_option("id", o->id, "Mã quy hoạch")->required();
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    auto p = service::GetCadrePlan(env, op, o->id);
    if (!p.ok()) return PrintError(p.error());
    PrintPlan(*p);
    return 0;
  });

  auto* add = top->add_subcommand("add", "Bổ sung một đảng viên vào quy hoạch");
  add_db(add);
  add->add_option("--org", o->org, "Mã tổ chức có chức danh")->required();
  add->add_option("--term", o->in.term, "Nhiệm kỳ, ví dụ 2025-2030")->required();
  add->add_option("--member", o->in.member_id, "Mã đảng viên")->required();
  add->add_option("--post", o->in.post, "Chức danh (secretary, deputy_secretary, …)")->required();
  add->add_option("--on", o->in.added_on, "Ngày quyết định")->required();
  add->add_option("--decision-no", o->in.added_decision_no, "Số quyết định")->required();
  add->add_option("--theory", o->in.target_theory, "Trình độ lý luận cần đạt");
  add->add_option("--theory-by", o->in.theory_by, "Thời hạn đạt trình độ lý luận");
  add->add_option("--roadmap", o->roadmap, "Nội dung lộ trình loại:hạn (nhiều lần)");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    for (const std::string& item : o->roadmap) {
      const size_t colon = item.find(':');
      o->in.roadmap.push_back(
          {item.substr(0, colon), colon == std::string::npos ? "" : item.substr(colon + 1), ""});
    }
    auto p = service::AddCadrePlan(env, op, o->org, o->in);
    if (!p.ok()) return PrintError(p.error());
    PrintPlan(*p);
    return 0;
  });

  auto* remove = top->add_subcommand("remove", "Đưa một người ra khỏi quy hoạch");
  add_db(remove);
  remove->add_option("id", o->id, "Mã quy hoạch")->required();
  remove->add_option("--on", o->removal.removed_on, "Ngày quyết định")->required();
  remove->add_option("--decision-no", o->removal.removed_decision_no, "Số quyết định")->required();
  remove->add_option("--reason", o->removal.reason, "Lý do");
  RunWithServices(runs, remove, db, [o](const service::Env& env, const service::Actor& op) {
    auto p = service::RemoveFromPlan(env, op, o->id, o->removal);
    if (!p.ok()) return PrintError(p.error());
    PrintPlan(*p);
    return 0;
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
