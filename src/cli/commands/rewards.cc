// Implementation of the rewards commands: a subtree's awards in a period with the counts of
// collectives and individuals, a new award, voiding one, the movements and models, a new one.
#include "cli/commands/rewards.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/rewards/rewards.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct RewardOpts {
  long long org = 0, id = 0, member = 0, movement = 0;
  int year = 0;
  std::string from, to, subject, reason, kind, xlsx, docx;
  service::RewardInput in;
  service::EmulationInput mv;
};

std::string Vn(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

void AddListCommand(CLI::App* top, Runs& runs, DbOption& db, std::shared_ptr<RewardOpts> o,
                    const std::function<void(CLI::App*)>& add_db) {
  auto* list = top->add_subcommand("list", "Khen thưởng trong một cây con, theo kỳ");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm quyết định");
  list->add_option("--from", o->from, "Từ ngày (YYYY-MM-DD)");
  list->add_option("--to", o->to, "Đến ngày (YYYY-MM-DD)");
  list->add_option("--subject", o->subject, "collective hoặc individual");
  list->add_option("--xlsx", o->xlsx, "Ghi danh sách ra tệp Excel (.xlsx)");
  list->add_option("--docx", o->docx, "Ghi danh sách ra văn bản Word (.docx) theo thể thức");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::RewardQuery q{
        .from = o->from, .to = o->to, .subject = o->subject, .page_size = 1000000};
    if (o->year != 0) {
      q.from = std::to_string(o->year) + "-01-01";
      q.to = std::to_string(o->year) + "-12-31";
    }
    for (const auto& [path, format] : {std::pair{o->xlsx, "xlsx"}, std::pair{o->docx, "docx"}}) {
      if (path.empty()) continue;
      auto bytes = service::ExportRewards(env, op, o->org, q, format);
      if (!bytes.ok()) return PrintError(bytes.error());
      if (int rc = WriteFileOrFail(path, *bytes); rc != 0) return rc;
    }
    if (!o->xlsx.empty() || !o->docx.empty()) return 0;
    auto page = service::ListRewards(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& r : page->page.items) {
      std::cout << r.id << "\t" << Vn(r.decided_on) << "\t"
                << vocab::LabelOf<service::RewardSubject>(r.subject) << "\t" << r.recipient << "\t"
                << vocab::LabelOf<service::RewardForm>(r.form) << "\t" << r.decision_no << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->collectives) << " tập thể, "
              << text::FormatInt(page->individuals) << " cá nhân được khen thưởng.\n";
    return 0;
  });
}

void AddWriteCommands(CLI::App* top, Runs& runs, DbOption& db, std::shared_ptr<RewardOpts> o,
                      const std::function<void(CLI::App*)>& add_db) {
  auto* add = top->add_subcommand("add", "Ghi quyết định khen thưởng");
  add_db(add);
  add->add_option("--org", o->org, "Mã tổ chức được khen (hoặc cây con của đảng viên)")->required();
  add->add_option("--subject", o->in.subject, "collective hoặc individual")->required();
  add->add_option("--member", o->member, "Mã đảng viên (khen thưởng cá nhân)");
  add->add_option("--form", o->in.form, "order, merit_certificate, emulation_flag, …")->required();
  add->add_option("--level", o->in.level, "state, central, provincial, superior, grassroots")
      ->required();
  add->add_option("--decision-no", o->in.decision_no, "Số quyết định")->required();
  add->add_option("--on", o->in.decided_on, "Ngày quyết định")->required();
  add->add_option("--reason", o->in.reason, "Thành tích")->required();
  add->add_option("--period", o->in.period_label, "Thời kỳ (\"năm 2025\")");
  add->add_option("--movement", o->movement, "Mã phong trào thi đua");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    if (o->member != 0) o->in.member_id = o->member;
    if (o->movement != 0) o->in.emulation_id = o->movement;
    auto r = service::CreateReward(env, op, o->org, o->in);
    if (!r.ok()) return PrintError(r.error());
    std::cout << "Mã " << r->id << ": " << vocab::LabelOf<service::RewardForm>(r->form) << " — "
              << r->recipient << ", quyết định số " << r->decision_no << " ngày "
              << Vn(r->decided_on) << ".\n";
    return 0;
  });

  auto* cancel = top->add_subcommand("void", "Hủy khen thưởng ghi nhầm");
  add_db(cancel);
  cancel->add_option("id", o->id, "Mã khen thưởng")->required();
  cancel->add_option("--reason", o->reason, "Lý do")->required();
  RunWithServices(runs, cancel, db, [o](const service::Env& env, const service::Actor& op) {
    if (Status s = service::VoidReward(env, op, o->id, o->reason); !s) return PrintError(s.error());
    std::cout << "Đã hủy khen thưởng mã " << o->id << ".\n";
    return 0;
  });
}

void AddMovementCommands(CLI::App* top, Runs& runs, DbOption& db, std::shared_ptr<RewardOpts> o,
                         const std::function<void(CLI::App*)>& add_db) {
  auto* list = top->add_subcommand("movements", "Phong trào thi đua, mô hình \"Dân vận khéo\"");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm bắt đầu");
  list->add_option("--kind", o->kind, "movement, dan_van_kheo, innovation");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    auto items = service::ListEmulations(env, op, o->org, o->year, o->kind);
    if (!items.ok()) return PrintError(items.error());
    for (const auto& e : *items) {
      std::cout << e.id << "\t" << Vn(e.starts_on) << "\t"
                << vocab::LabelOf<service::EmulationKind>(e.kind) << "\t" << e.title << "\t"
                << e.org_name << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(static_cast<int64_t>(items->size()))
              << " phong trào, mô hình.\n";
    return 0;
  });
  auto* add = top->add_subcommand("movement", "Ghi phong trào thi đua, mô hình");
  add_db(add);
  add->add_option("--org", o->org, "Mã tổ chức")->required();
  add->add_option("--kind", o->mv.kind, "movement, dan_van_kheo, innovation")->required();
  add->add_option("--title", o->mv.title, "Tên")->required();
  add->add_option("--from", o->mv.starts_on, "Ngày bắt đầu")->required();
  add->add_option("--to", o->mv.ends_on, "Ngày kết thúc");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    auto e = service::CreateEmulation(env, op, o->org, o->mv);
    if (!e.ok()) return PrintError(e.error());
    std::cout << "Mã " << e->id << ": " << e->title << ".\n";
    return 0;
  });
}

}  // namespace

std::function<int()> AddRewardCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<RewardOpts>();
  Runs runs;
  auto* top = app.add_subcommand("rewards", "Khen thưởng, thi đua");
  top->require_subcommand(1);
  const std::function<void(CLI::App*)> add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };
  AddListCommand(top, runs, db, o, add_db);
  AddWriteCommands(top, runs, db, o, add_db);
  AddMovementCommands(top, runs, db, o, add_db);
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
