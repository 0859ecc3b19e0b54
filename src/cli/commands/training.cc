// Implementation of the training commands: a subtree's classes, one class with its learners,
// a new class, learners added, a learner's result and certificate.
#include "cli/commands/training.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/training/training.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct TrainingOpts {
  long long org = 0, id = 0, learner = 0;
  int year = 0;
  std::string kind;
  service::TrainingClassInput in;
  std::vector<int64_t> members, candidates;
  service::ResultInput result;
};

std::string Vn(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

void PrintClass(const service::TrainingClass& c) {
  std::cout << "Mã " << c.id << ": " << c.title << "\n  "
            << vocab::LabelOf<service::TrainingKind>(c.kind) << " — " << c.org_name << "\n  Từ "
            << Vn(c.starts_on) << " đến " << Vn(c.ends_on) << "; " << text::FormatInt(c.learners)
            << " học viên, " << text::FormatInt(c.completed) << " hoàn thành, "
            << text::FormatInt(c.certified) << " giấy chứng nhận\n";
  for (const auto& l : c.learner_list) {
    std::cout << "  " << l.id << "\t" << l.full_name << "\t" << l.org_name << "\t"
              << (l.result.empty() ? "chưa có kết quả"
                                   : std::string(vocab::LabelOf<service::TrainingResult>(l.result)))
              << (l.certificate_no.empty()
                      ? ""
                      : "\tGCN " + l.certificate_no + " ngày " + Vn(l.certificate_on))
              << "\n";
  }
}

}  // namespace

std::function<int()> AddTrainingCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<TrainingOpts>();
  Runs runs;
  auto* top = app.add_subcommand("training", "Đào tạo, bồi dưỡng: lớp, học viên, kết quả");
  top->require_subcommand(1);
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };

  auto* list = top->add_subcommand("list", "Các lớp mở trong một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--year", o->year, "Năm khai giảng");
  list->add_option("--kind", o->kind, "Loại lớp");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::TrainingQuery q{.year = o->year, .kind = o->kind, .page_size = 1000};
    auto page = service::ListTrainingClasses(env, op, o->org, q);
    if (!page.ok()) return PrintError(page.error());
    int64_t learners = 0;
    for (const auto& c : page->items) {
      learners += c.learners;
      std::cout << c.id << "\t" << Vn(c.starts_on) << "\t"
                << vocab::LabelOf<service::TrainingKind>(c.kind) << "\t" << c.title << "\t"
                << text::FormatInt(c.learners) << " học viên\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " lớp, "
              << text::FormatInt(learners) << " học viên.\n";
    return 0;
  });

  auto* show = top->add_subcommand("show", "Xem một lớp và học viên");
  add_db(show);
  show->add_option("id", o->id, "Mã lớp")->required();
  RunWithServices(runs, show, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::GetTrainingClass(env, op, o->id);
    if (!c.ok()) return PrintError(c.error());
    PrintClass(*c);
    return 0;
  });

  auto* create = top->add_subcommand("create", "Mở lớp");
  add_db(create);
  create->add_option("--org", o->org, "Mã tổ chức mở lớp")->required();
  create->add_option("--kind", o->in.kind, "Loại lớp (candidate_awareness, new_member, …)")
      ->required();
  create->add_option("--title", o->in.title, "Tên lớp")->required();
  create->add_option("--from", o->in.starts_on, "Ngày khai giảng")->required();
  create->add_option("--to", o->in.ends_on, "Ngày bế giảng")->required();
  create->add_option("--place", o->in.place, "Địa điểm");
  RunWithServices(runs, create, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::CreateTrainingClass(env, op, o->org, o->in);
    if (!c.ok()) return PrintError(c.error());
    PrintClass(*c);
    return 0;
  });

  auto* add = top->add_subcommand("add", "Ghi học viên vào lớp");
  add_db(add);
  add->add_option("id", o->id, "Mã lớp")->required();
  add->add_option("--member", o->members, "Mã đảng viên (nhiều lần)");
  add->add_option("--candidate", o->candidates, "Mã quần chúng ưu tú (nhiều lần)");
  RunWithServices(runs, add, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::AddLearners(env, op, o->id, o->members, o->candidates);
    if (!c.ok()) return PrintError(c.error());
    PrintClass(*c);
    return 0;
  });

  auto* result = top->add_subcommand("result", "Ghi kết quả, giấy chứng nhận của một học viên");
  add_db(result);
  result->add_option("id", o->id, "Mã lớp")->required();
  result->add_option("--learner", o->learner, "Mã học viên (trong lớp)")->required();
  result->add_option("--result", o->result.result, "completed hoặc not_completed")->required();
  result->add_option("--grade", o->result.grade, "excellent, good, fair, average");
  result->add_option("--certificate-no", o->result.certificate_no, "Số giấy chứng nhận");
  result->add_option("--certificate-on", o->result.certificate_on, "Ngày cấp");
  RunWithServices(runs, result, db, [o](const service::Env& env, const service::Actor& op) {
    auto l = service::RecordResult(env, op, o->id, o->learner, o->result);
    if (!l.ok()) return PrintError(l.error());
    std::cout << l->full_name << ": " << vocab::LabelOf<service::TrainingResult>(l->result)
              << (l->certificate_no.empty() ? "" : ", giấy chứng nhận số " + l->certificate_no)
              << ".\n";
    return 0;
  });

  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
