// Implementation of the meeting commands.
#include "cli/commands/meetings.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "report/period.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct Opts {
  std::string json_file = "-";
  long long id = 0, org = 0, member = 0;
  int year = 0, day = 5;
  std::string kind, status, period;
};

std::string Pct(const std::optional<double>& p) {
  return p ? text::FormatPercent(*p) : std::string("—");
}

service::MeetingInput FromJson(const nlohmann::json& j) {
  service::MeetingInput in;
  auto s = [&](const char* k) {
    return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
  };
  auto id = [&](const char* k) -> std::optional<int64_t> {
    if (j.contains(k) && j[k].is_number_integer()) return j[k].get<int64_t>();
    return std::nullopt;
  };
  in.org_id = id("org_id").value_or(0);
  in.kind = s("kind");
  in.planned_on = s("planned_on");
  in.held_on = s("held_on");
  in.topic = s("topic");
  in.chair_member_id = id("chair_member_id");
  in.recorder_member_id = id("recorder_member_id");
  in.higher_member_id = id("higher_member_id");
  in.chair_name = s("chair_name");
  in.recorder_name = s("recorder_name");
  in.higher_name = s("higher_name");
  in.resolution = s("resolution");
  in.quality = s("quality");
  return in;
}

void AddReads(CLI::App* meeting, Runs& runs, DbOption& db, const std::shared_ptr<Opts>& o) {
  auto* list = meeting->add_subcommand("list", "Các buổi sinh hoạt của một cây con");
  list->add_option("--db", db.url, "Cơ sở dữ liệu");
  list->add_option("--org", o->org, "Mã tổ chức")->required();
  list->add_option("--year", o->year, "Năm");
  list->add_option("--kind", o->kind, "regular | thematic | committee | grassroots_committee");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    auto page = service::ListMeetings(
        env, op, {.org_id = o->org, .year = o->year, .kind = o->kind, .page_size = 1000});
    if (!page.ok()) return PrintError(page.error());
    for (const auto& m : page->items) {
      const std::string on = m.held_on.empty() ? m.planned_on : m.held_on;
      std::cout << m.id << "\t" << Date::Parse(on)->Vietnamese() << "\t" << m.kind << "\t"
                << m.status << "\t" << m.org_name << "\t" << m.topic << "\t"
                << Pct(m.attendance_percent) << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " buổi.\n";
    return 0;
  });

  auto* stats = meeting->add_subcommand("stats", "Số buổi sinh hoạt, tỷ lệ dự họp theo chi bộ");
  stats->add_option("--db", db.url, "Cơ sở dữ liệu");
  stats->add_option("--org", o->org, "Mã tổ chức")->required();
  stats->add_option("--period", o->period, "Kỳ: 2025, 2025-Q3, 2025-08 (mặc định năm nay)");
  RunWithServices(runs, stats, db, [o](const service::Env& env, const service::Actor& op) {
    const Date today = service::Today(env);
    auto period = report::ParsePeriod(o->period.empty() ? std::to_string(today.year()) : o->period);
    if (!period.ok()) return PrintError(period.error());
    auto s = service::MeetingStatsIn(env, op, o->org, period->from, std::min(period->to, today));
    if (!s.ok()) return PrintError(s.error());
    for (const auto& u : s->units) {
      std::cout << u.org_name << "\tthường kỳ " << u.regular << "/" << u.regular_due
                << "\tchuyên đề " << u.thematic << "/" << u.thematic_due << "\tdự họp "
                << Pct(u.attendance_percent) << "\n";
    }
    std::cout << "Cả cây con: thường kỳ " << text::FormatInt(s->total.regular) << "/"
              << text::FormatInt(s->total.regular_due) << "; dự họp "
              << Pct(s->total.attendance_percent) << " (" << Pct(s->min_percent) << " – "
              << Pct(s->max_percent) << ").\n";
    return 0;
  });

  auto* absences = meeting->add_subcommand("absences", "Đảng viên vắng sinh hoạt không lý do");
  absences->add_option("--db", db.url, "Cơ sở dữ liệu");
  absences->add_option("--org", o->org, "Mã tổ chức")->required();
  absences->add_option("--year", o->year, "Năm")->required();
  RunWithServices(runs, absences, db, [o](const service::Env& env, const service::Actor& op) {
    auto rows = service::AbsenceWarnings(env, op, o->org, o->year);
    if (!rows.ok()) return PrintError(rows.error());
    for (const auto& a : *rows) {
      std::cout << a.full_name << "\t" << a.org_name << "\t" << a.unexcused
                << (a.removal_line ? "\tđến mức xóa tên" : "") << "\n";
    }
    std::cout << text::FormatInt(static_cast<int64_t>(rows->size())) << " đảng viên.\n";
    return 0;
  });
}

void AddWrites(CLI::App* meeting, Runs& runs, DbOption& db, const std::shared_ptr<Opts>& o) {
  auto* add = meeting->add_subcommand("add", "Thêm buổi sinh hoạt từ tệp JSON (như API)");
  add->add_option("--db", db.url, "Cơ sở dữ liệu");
  add->add_option("file", o->json_file, "Tệp JSON hoặc - (đầu vào chuẩn)");
  runs.emplace_back(add, [o, &db] {
    const auto file = ReadJsonObjectFile(o->json_file);
    if (!file.ok()) return PrintError(file.error());
    const service::MeetingInput in = FromJson(*file);
    return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
      auto m = service::CreateMeeting(env, op, in);
      if (!m.ok()) return PrintError(m.error());
      std::cout << "Đã thêm buổi sinh hoạt mã " << m->id << ".\n";
      return 0;
    });
  });

  auto* plan = meeting->add_subcommand("plan", "Lập kế hoạch sinh hoạt cả năm của một tổ chức");
  plan->add_option("--db", db.url, "Cơ sở dữ liệu");
  plan->add_option("--org", o->org, "Mã tổ chức")->required();
  plan->add_option("--year", o->year, "Năm")->required();
  plan->add_option("--day", o->day, "Ngày trong tháng (mặc định 5)");
  RunWithServices(runs, plan, db, [o](const service::Env& env, const service::Actor& op) {
    auto r = service::PlanYear(env, op, {o->org, o->year, o->day});
    if (!r.ok()) return PrintError(r.error());
    std::cout << "Đã lập kế hoạch " << r->size() << " buổi sinh hoạt năm " << o->year << ".\n";
    return 0;
  });

  auto* attend = meeting->add_subcommand("attend", "Điểm danh một đảng viên");
  attend->add_option("--db", db.url, "Cơ sở dữ liệu");
  attend->add_option("id", o->id, "Mã buổi sinh hoạt")->required();
  attend->add_option("--member", o->member, "Mã đảng viên")->required();
  attend->add_option("--status", o->status, "present | late | excused | unexcused")->required();
  RunWithServices(runs, attend, db, [o](const service::Env& env, const service::Actor& op) {
    auto m = service::SetAttendance(env, op, o->id, {{o->member, o->status}});
    if (!m.ok()) return PrintError(m.error());
    std::cout << "Đã điểm danh; tỷ lệ dự họp " << Pct(m->attendance_percent) << ".\n";
    return 0;
  });
}

}  // namespace

std::function<int()> AddMeetingCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<Opts>();
  Runs runs;
  auto* meeting = app.add_subcommand("meeting", "Sinh hoạt chi bộ: lịch, ghi buổi họp, điểm danh");
  meeting->require_subcommand(1);
  AddReads(meeting, runs, db, o);
  AddWrites(meeting, runs, db, o);
  return [runs] {
    for (const auto& [cmd, run] : runs) {
      if (*cmd) return run();
    }
    return -1;
  };
}

}  // namespace dangbo::cli
