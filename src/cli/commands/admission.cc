// Implementation of the development, flows, worklist and holiday commands.
#include "cli/commands/admission.h"
#include "cli/cli_util.h"
#include "report/period.h"

#include <iostream>
#include <memory>

#include "base/date.h"
#include "service/admission/admission.h"
#include "service/admission/flows.h"
#include "service/admission/recognition.h"
#include "service/calendar/holidays.h"
#include "store/migrate.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

Result<Date> ParseDate(const std::string& s, const Date& fallback, const char* option) {
  return report::ParseDateParam(option, s, fallback);
}

void PrintWarnings(const std::vector<rules::Warning>& ws) {
  for (const auto& w : ws) std::cout << "Lưu ý: " << w.message << "\n";
}

// Options of every command, kept alive for the parser.
struct Opts {
  std::string json_file = "-";
  long long id = 0, org = 0;
  std::string status, q;
  service::StepInput step;
  long long intro1 = 0, intro2 = 0;
  std::string resolution_on, decision_no, decision_date, reason;
  bool refuse = false;
  int year = 0, target = 0;
  std::string from, to, at, kind;
  std::string day, name, holiday_kind = "holiday";
};

}  // namespace

int Flows(const DbOption& db, long long org_id, const std::string& from_s, const std::string& to_s,
          const std::string& kind) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    const Date today = service::Today(env);
    auto from = ParseDate(from_s, Date(today.year(), 1, 1), "--from");
    if (!from.ok()) return PrintError(from.error());
    auto to = ParseDate(to_s, today, "--to");
    if (!to.ok()) return PrintError(to.error());
    if (!kind.empty()) {
      auto people = service::FlowPeople(env, op, org_id, *from, *to, kind);
      if (!people.ok()) return PrintError(people.error());
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : *people) {
        items.push_back({{"member_id", p.member_id},
                         {"full_name", p.full_name},
                         {"occurred_on", p.occurred_on},
                         {"org_name", p.org_name},
                         {"decision_no", p.decision_no}});
      }
      std::cout << items.dump(2) << "\n";
      return 0;
    }
    auto f = service::FlowsIn(env, op, org_id, *from, *to);
    if (!f.ok()) return PrintError(f.error());
    nlohmann::json j = {{"org_id", f->org_id}, {"org_name", f->org_name},
                        {"from", f->from},     {"to", f->to},
                        {"counts", f->counts}, {"admission_target", f->admission_target}};
    if (f->admission_percent) j["admission_percent"] = *f->admission_percent;
    std::cout << j.dump(2) << "\n";
    return 0;
  });
}

std::function<int()> AddAdmissionCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<Opts>();
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };
  Runs runs;

  auto* cand = app.add_subcommand("candidate", "Quần chúng ưu tú và các bước kết nạp");
  cand->require_subcommand(1);
  auto* cand_add = cand->add_subcommand("add", "Thêm quần chúng ưu tú từ tệp JSON (như API)");
  add_db(cand_add);
  cand_add->add_option("file", o->json_file, "Tệp JSON hoặc - (đầu vào chuẩn)");
  runs.emplace_back(cand_add, [o, &db] {
    const auto file = ReadJsonObjectFile(o->json_file);
    if (!file.ok()) return PrintError(file.error());
    const nlohmann::json& j = *file;
    service::CandidateInput in;
    in.org_id = j.value("org_id", int64_t{0});
    for (auto [key, field] : std::vector<std::pair<const char*, std::string*>>{
             {"full_name", &in.full_name},
             {"sex", &in.sex},
             {"birth_date", &in.birth_date},
             {"national_id", &in.national_id},
             {"ethnicity", &in.ethnicity},
             {"religion", &in.religion},
             {"general_education", &in.general_education},
             {"occupation", &in.occupation},
             {"job_title", &in.job_title},
             {"home_town", &in.home_town},
             {"residence", &in.residence},
             {"identified_on", &in.identified_on},
             {"note", &in.note}}) {
      if (j.contains(key) && j[key].is_string()) *field = j[key].get<std::string>();
    }
    return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
      auto c = service::CreateCandidate(env, op, in);
      if (!c.ok()) return PrintError(c.error());
      std::cout << "Đã thêm quần chúng ưu tú " << c->data.full_name << " (mã " << c->id << ").\n";
      return 0;
    });
  });

  auto* cand_list = cand->add_subcommand("list", "Danh sách quần chúng ưu tú đang bồi dưỡng");
  add_db(cand_list);
  cand_list->add_option("--org", o->org, "Mã tổ chức (cây con)");
  cand_list->add_option("--status", o->status, "Trạng thái; all: tất cả");
  RunWithServices(runs, cand_list, db, [o](const service::Env& env, const service::Actor& op) {
    auto page =
        service::ListCandidates(env, op, {.org_id = o->org, .status = o->status, .page_size = 500});
    if (!page.ok()) return PrintError(page.error());
    for (const auto& c : page->items) {
      std::cout << c.id << "\t" << c.data.full_name << "\t" << c.status << "\t" << c.org_name
                << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << ".\n";
    return 0;
  });

  auto* cand_step = cand->add_subcommand(
      "step",
      "Ghi một bước: class, dossier, introducers, vote, proposal, decision, ceremony, "
      "refuse, withdraw");
  add_db(cand_step);
  cand_step->add_option("id", o->id, "Mã quần chúng")->required();
  cand_step->add_option("--step", o->step.step, "Bước")->required();
  cand_step->add_option("--on", o->step.on, "Ngày của bước YYYY-MM-DD")->required();
  cand_step->add_option("--certificate-no", o->step.certificate_no, "class: số giấy chứng nhận");
  cand_step->add_option("--introducer1", o->intro1, "introducers: mã đảng viên thứ nhất");
  cand_step->add_option("--introducer2", o->intro2, "introducers: mã đảng viên thứ hai");
  cand_step->add_option("--introducer1-since", o->step.introducer1_since,
                        "introducers: cùng công tác từ");
  cand_step->add_option("--introducer2-since", o->step.introducer2_since,
                        "introducers: cùng công tác từ");
  cand_step->add_option("--votes-for", o->step.votes_for, "vote: số phiếu tán thành");
  cand_step->add_option("--votes-total", o->step.votes_total,
                        "vote: số đảng viên chính thức biểu quyết");
  cand_step->add_option("--decision-no", o->step.decision_no, "decision: số quyết định kết nạp");
  cand_step->add_option("--reason", o->step.reason, "refuse, withdraw: lý do");
  runs.emplace_back(cand_step, [o, &db] {
    if (o->intro1 > 0) o->step.introducer1_id = o->intro1;
    if (o->intro2 > 0) o->step.introducer2_id = o->intro2;
    return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
      auto r = service::RecordStep(env, op, o->id, o->step);
      if (!r.ok()) return PrintError(r.error());
      std::cout << "Đã ghi bước " << o->step.step << "; trạng thái: " << r->candidate.status
                << ".\n";
      if (r->member_id) std::cout << "Đã kết nạp: mã đảng viên " << *r->member_id << ".\n";
      PrintWarnings(r->warnings);
      return 0;
    });
  });

  auto* recognize = app.add_subcommand(
      "recognize", "Công nhận đảng viên chính thức (hoặc --refuse: không công nhận)");
  add_db(recognize);
  recognize->add_option("member", o->id, "Mã đảng viên")->required();
  recognize->add_option("--resolution-on", o->resolution_on, "Ngày nghị quyết của chi bộ")
      ->required();
  recognize->add_option("--decision-no", o->decision_no, "Số quyết định");
  recognize->add_option("--decision-date", o->decision_date, "Ngày quyết định");
  recognize->add_flag("--refuse", o->refuse, "Không công nhận (xóa tên)");
  recognize->add_option("--reason", o->reason, "Lý do không công nhận");
  RunWithServices(runs, recognize, db, [o](const service::Env& env, const service::Actor& op) {
    service::RecognitionInput in{o->resolution_on,
                                 {o->resolution_on, o->decision_no, o->decision_date},
                                 !o->refuse,
                                 o->reason};
    auto r = service::Recognize(env, op, o->id, in);
    if (!r.ok()) return PrintError(r.error());
    if (r->status == "official") {
      std::cout << "Đã công nhận chính thức từ ngày " << Date::Parse(r->official_on)->Vietnamese()
                << ".\n";
    } else {
      std::cout << "Đã ghi không công nhận chính thức.\n";
    }
    PrintWarnings(r->warnings);
    return 0;
  });

  auto* target = app.add_subcommand("target", "Đặt chỉ tiêu kết nạp đảng viên của một năm");
  add_db(target);
  target->add_option("--org", o->org, "Mã tổ chức")->required();
  target->add_option("--year", o->year, "Năm")->required();
  target->add_option("--target", o->target, "Chỉ tiêu")->required();
  RunWithServices(runs, target, db, [o](const service::Env& env, const service::Actor& op) {
    if (Status s = service::SetAdmissionTarget(env, op, o->org, o->year, o->target); !s) {
      return PrintError(s.error());
    }
    std::cout << "Đã đặt chỉ tiêu kết nạp năm " << o->year << ": " << o->target << ".\n";
    return 0;
  });

  auto* flows = app.add_subcommand(
      "flows", "Biến động trong kỳ (kết nạp, công nhận, chuyển đi/đến...) của một cây con, JSON");
  add_db(flows);
  flows->add_option("--org", o->org, "Mã tổ chức")->required();
  flows->add_option("--from", o->from, "Từ ngày YYYY-MM-DD (mặc định đầu năm)");
  flows->add_option("--to", o->to, "Đến ngày YYYY-MM-DD (mặc định hôm nay)");
  flows->add_option("--kind", o->kind, "Liệt kê những người của một loại biến động");
  runs.emplace_back(flows, [o, &db] { return Flows(db, o->org, o->from, o->to, o->kind); });

  auto* worklist = app.add_subcommand("worklist", "Việc cần làm của một cây con vào một ngày");
  add_db(worklist);
  worklist->add_option("--org", o->org, "Mã tổ chức")->required();
  worklist->add_option("--at", o->at, "Ngày YYYY-MM-DD (mặc định hôm nay)");
  worklist->add_option("--kind", o->kind, "Chỉ một loại việc (mã, ví dụ meeting_missing)");
  RunWithServices(runs, worklist, db, [o](const service::Env& env, const service::Actor& op) {
    auto at = ParseDate(o->at, service::Today(env), "--at");
    if (!at.ok()) return PrintError(at.error());
    auto list = service::Worklist(env, op, o->org, *at, {.kind = o->kind});
    if (!list.ok()) return PrintError(list.error());
    for (const auto& w : list->items) {
      std::cout << (w.overdue ? "[QUÁ HẠN] " : "") << w.title << " — " << w.detail << "\n";
    }
    std::cout << text::FormatInt(list->total) << " việc";
    if (o->kind.empty()) std::cout << ", " << text::FormatInt(list->overdue) << " quá hạn";
    std::cout << ".\n";
    return 0;
  });

  auto* holiday = app.add_subcommand("holiday", "Bảng ngày nghỉ lễ (tính ngày làm việc)");
  holiday->require_subcommand(1);
  auto* hol_list = holiday->add_subcommand("list", "Liệt kê ngày nghỉ của một năm");
  add_db(hol_list);
  hol_list->add_option("--year", o->year, "Năm")->required();
  RunWithServices(runs, hol_list, db, [o](const service::Env& env, const service::Actor& op) {
    auto rows = service::ListHolidays(env, op, o->year);
    if (!rows.ok()) return PrintError(rows.error());
    for (const auto& h : *rows) {
      std::cout << Date::Parse(h.day)->Vietnamese() << "\t" << h.kind << "\t" << h.name << "\n";
    }
    return 0;
  });
  auto* hol_set = holiday->add_subcommand("set", "Thêm hoặc sửa một ngày");
  add_db(hol_set);
  hol_set->add_option("day", o->day, "Ngày YYYY-MM-DD")->required();
  hol_set->add_option("--name", o->name, "Tên ngày nghỉ")->required();
  hol_set->add_option("--kind", o->holiday_kind, "holiday | compensatory | working_saturday");
  RunWithServices(runs, hol_set, db, [o](const service::Env& env, const service::Actor& op) {
    auto h = service::PutHoliday(env, op, {o->day, o->name, o->holiday_kind, "", ""});
    if (!h.ok()) return PrintError(h.error());
    std::cout << "Đã ghi ngày " << Date::Parse(h->day)->Vietnamese() << ".\n";
    return 0;
  });
  auto* hol_del = holiday->add_subcommand("delete", "Xóa một ngày khỏi bảng");
  add_db(hol_del);
  hol_del->add_option("day", o->day, "Ngày YYYY-MM-DD")->required();
  RunWithServices(runs, hol_del, db, [o](const service::Env& env, const service::Actor& op) {
    if (Status s = service::DeleteHoliday(env, op, o->day); !s) return PrintError(s.error());
    std::cout << "Đã xóa.\n";
    return 0;
  });

  return [runs] {
    for (const auto& [cmd, run] : runs) {
      if (*cmd) return run();
    }
    return -1;
  };
}

}  // namespace dangbo::cli
