// Implementation of the rating commands: a subtree's list and summary for a year, and one
// step on a member's or an organization's rating.
#include "cli/commands/ratings.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/ratings/ratings.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct RatingOpts {
  long long org = 0, member = 0;
  int year = 0, score = -1;
  std::string subject = "member", stage, level;
  service::RatingStepInput step;
};

std::string Percent(const service::LevelCounts& c) {
  if (c.rated == 0) return "-";
  return text::FormatPercent(100.0 * static_cast<double>(c.good_or_better()) /
                             static_cast<double>(c.rated));
}

void PrintCounts(const char* what, const service::LevelCounts& c) {
  std::cout << what << ": " << text::FormatInt(c.rated) << " được xếp loại";
  int i = 0;
  for (rules::RatingLevel l : vocab::All<rules::RatingLevel>()) {
    std::cout << "; " << vocab::Label(l) << " " << text::FormatInt(c.by_level[i++]);
  }
  std::cout << "; tốt trở lên " << Percent(c) << "\n";
}

}  // namespace

std::function<int()> AddRatingCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<RatingOpts>();
  Runs runs;
  auto* rating = app.add_subcommand("rating", "Đánh giá, xếp loại chất lượng hằng năm");
  rating->require_subcommand(1);
  auto add_common = [&db, o](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
    cmd->add_option("--year", o->year, "Năm đánh giá")->required();
  };

  auto* list = rating->add_subcommand("list", "Danh sách đảng viên (tổ chức) và kết quả xếp loại");
  add_common(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--subject", o->subject, "member (mặc định) hoặc org");
  list->add_option("--stage", o->stage, "Lọc theo bước; none: chưa xếp loại");
  list->add_option("--level", o->level, "Lọc theo mức");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::RatingQuery q{.year = o->year,
                           .subject = o->subject,
                           .stage = o->stage,
                           .level = o->level,
                           .page_size = 500};
    auto page = service::ListRatings(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& r : page->items) {
      std::cout << r.id << "\t" << r.name << "\t" << r.org_name << "\t"
                << (r.rating ? std::string(vocab::LabelOf<service::RatingStage>(r.rating->stage)) +
                                   "\t" +
                                   std::string(vocab::LabelOf<rules::RatingLevel>(r.rating->level))
                             : std::string("Chưa xếp loại"))
                << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << ".\n";
    return 0;
  });

  auto* summary = rating->add_subcommand("summary", "Tổng hợp xếp loại của một năm (và năm trước)");
  add_common(summary);
  summary->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  RunWithServices(runs, summary, db, [o](const service::Env& env, const service::Actor& op) {
    auto s = service::SummarizeRatings(env, op, o->org, o->year);
    if (!s.ok()) return PrintError(s.error());
    std::cout << "Năm " << s->year << " (" << s->rules_source << ")\n";
    PrintCounts("Đảng viên", s->members);
    PrintCounts("Tổ chức cơ sở đảng", s->grassroots);
    PrintCounts("Đảng viên năm trước", s->previous_members);
    int64_t over = 0;
    for (const auto& q : s->quotas) {
      if (!q.exceeded) continue;
      ++over;
      std::cout << "VƯỢT TỶ LỆ: " << q.name << ": xuất sắc " << q.excellent << ", tối đa "
                << q.max_excellent << " (tốt " << q.good << ")\n";
    }
    if (!s->quotas.empty() && over == 0) {
      std::cout << "Tỷ lệ xuất sắc trong giới hạn ở cả "
                << text::FormatInt(static_cast<int64_t>(s->quotas.size()))
                << " tổ chức cơ sở đảng.\n";
    }
    return 0;
  });

  auto* step = rating->add_subcommand("step", "Ghi một bước: self, proposed, decided, approved");
  add_common(step);
  step->add_option("--member", o->member, "Mã đảng viên");
  step->add_option("--org", o->org, "Mã tổ chức (xếp loại tổ chức)");
  step->add_option("--step", o->step.step, "self, proposed, decided hoặc approved")->required();
  step->add_option("--on", o->step.on, "Ngày thực hiện (YYYY-MM-DD)")->required();
  step->add_option("--level", o->step.level, "Mức: excellent, good, completed, not_completed");
  step->add_option("--score", o->score, "Điểm (từ năm áp dụng Quy định 366-QĐ/TW)");
  step->add_option("--approval-no", o->step.approval_no, "Số văn bản phê duyệt");
  step->add_option("--note", o->step.note, "Ghi chú");
  RunWithServices(runs, step, db, [o](const service::Env& env, const service::Actor& op) {
    service::RatingStepInput in = o->step;
    in.year = o->year;
    if (o->score >= 0) in.score = o->score;
    const service::RatingTarget target =
        o->member ? service::RatingTarget{service::RatingSubject::kMember, o->member}
                  : service::RatingTarget{service::RatingSubject::kOrg, o->org};
    auto r = service::RecordRatingStep(env, op, target, in);
    if (!r.ok()) return PrintError(r.error());
    for (const auto& w : r->warnings) std::cout << "Lưu ý: " << w << "\n";
    std::cout << "Đã ghi: " << vocab::LabelOf<service::RatingStage>(r->rating.stage) << " — "
              << vocab::LabelOf<rules::RatingLevel>(r->rating.level) << " (mã " << r->rating.id
              << ").\n";
    return 0;
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
