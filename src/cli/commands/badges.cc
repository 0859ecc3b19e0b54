// Implementation of the badge commands: who is due at a round, the proposals and awards of a
// subtree, a proposal, and the decision, award or voiding of one.
#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "cli/commands/ratings.h"
#include "service/badges/badges.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct BadgeOpts {
  long long org = 0, id = 0;
  int milestone = 0;
  std::string round, status, xlsx, docx;
  service::BadgeProposal proposal;
  service::BadgeStepInput step;
};

std::string Day(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

}  // namespace

std::function<int()> AddBadgeCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<BadgeOpts>();
  Runs runs;
  auto* badge = app.add_subcommand("badge", "Huy hiệu Đảng: đến hạn, đề nghị, quyết định, trao");
  badge->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* due = badge->add_subcommand("due", "Đảng viên đến hạn xét tặng ở một đợt");
  add_db(due);
  due->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  due->add_option("--round", o->round, "Ngày của đợt (3/2, 19/5, 2/9, 7/11), YYYY-MM-DD")
      ->required();
  due->add_option("--milestone", o->milestone, "Chỉ một mốc tuổi Đảng (30, 40, 45 … 90)");
  due->add_option("--xlsx", o->xlsx, "Ghi danh sách ra tệp Excel (.xlsx)");
  due->add_option("--docx", o->docx, "Ghi danh sách ra văn bản Word (.docx) theo thể thức");
  RunWithServices(runs, due, db, [o](const service::Env& env, const service::Actor& op) {
    const auto round = Date::Parse(o->round);
    if (!round)
      return PrintError(Error::Invalid("Ngày của đợt không hợp lệ.", {{"round", o->round}}));
    for (const auto& [path, format] : {std::pair{o->xlsx, "xlsx"}, std::pair{o->docx, "docx"}}) {
      if (path.empty()) continue;
      auto bytes = service::ExportBadgesDue(env, op, o->org, *round, format, o->milestone);
      if (!bytes.ok()) return PrintError(bytes.error());
      if (int rc = WriteFileOrFail(path, *bytes); rc != 0) return rc;
    }
    if (!o->xlsx.empty() || !o->docx.empty()) return 0;
    auto rows = service::BadgesDue(env, op, o->org, *round, {.milestone = o->milestone});
    if (!rows.ok()) return PrintError(rows.error());
    for (const auto& r : rows->items) {
      std::cout << r.member_id << "\t" << r.full_name << "\t" << r.org_name << "\t" << r.milestone
                << " năm\ttuổi Đảng " << r.party_age_years << " năm " << r.party_age_months
                << " tháng\t" << (r.badge_status.empty() ? r.hold_reason : r.badge_status) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(rows->total) << ".";
    for (const auto& [milestone, n] : rows->by_milestone) {
      std::cout << " Mốc " << milestone << " năm: " << text::FormatInt(n) << ".";
    }
    std::cout << " Chưa đề nghị: " << text::FormatInt(rows->to_propose) << ".\n";
    return 0;
  });

  auto* list = badge->add_subcommand("list", "Đề nghị và huy hiệu đã trao của một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--round", o->round, "Đợt (YYYY-MM-DD)");
  list->add_option("--status", o->status, "proposed, decided hoặc awarded");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::BadgeQuery q{.round_on = o->round, .status = o->status, .page_size = 500};
    auto page = service::ListBadges(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& b : page->items) {
      std::cout << b.id << "\t" << b.full_name << "\t" << b.milestone << " năm\t" << Day(b.round_on)
                << "\t" << vocab::LabelOf<service::BadgeStatus>(b.status) << "\t" << b.decision_no
                << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << ".\n";
    return 0;
  });

  auto* propose = badge->add_subcommand("propose", "Đề nghị tặng Huy hiệu Đảng cho một đảng viên");
  add_db(propose);
  propose->add_option("member", o->id, "Mã đảng viên")->required();
  propose->add_option("--milestone", o->proposal.milestone, "Mốc tuổi Đảng (30, 40, …)")
      ->required();
  propose->add_option("--round", o->proposal.round_on, "Đợt (YYYY-MM-DD)")->required();
  propose->add_option("--basis", o->proposal.basis, "regular, illness hoặc posthumous");
  propose->add_option("--on", o->proposal.proposed_on, "Ngày đề nghị")->required();
  RunWithServices(runs, propose, db, [o](const service::Env& env, const service::Actor& op) {
    auto b = service::ProposeBadge(env, op, o->id, o->proposal);
    if (!b.ok()) return PrintError(b.error());
    std::cout << "Đã đề nghị Huy hiệu " << b->milestone << " năm tuổi Đảng cho " << b->full_name
              << " (mã " << b->id << ").\n";
    return 0;
  });

  auto* step =
      badge->add_subcommand("step", "Ghi quyết định (decide), trao (award) hoặc hủy (void)");
  add_db(step);
  step->add_option("id", o->id, "Mã đề nghị")->required();
  step->add_option("--step", o->step.step, "decide, award hoặc void")->required();
  step->add_option("--on", o->step.on, "Ngày quyết định / ngày trao");
  step->add_option("--decision-no", o->step.decision_no, "Số quyết định");
  step->add_option("--reason", o->step.reason, "Lý do hủy");
  RunWithServices(runs, step, db, [o](const service::Env& env, const service::Actor& op) {
    auto b = service::RecordBadgeStep(env, op, o->id, o->step);
    if (!b.ok()) return PrintError(b.error());
    std::cout << "Đã ghi: " << b->full_name << " — "
              << vocab::LabelOf<service::BadgeStatus>(b->status) << ".\n";
    return 0;
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
