// `dangbo report`: options, the call to service::Indicators, and the answer as a table, as
// JSON, as a workbook or as the official report in Word.
#include "cli/commands/report.h"

#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/cli_util.h"
#include "report/as_recorded.h"
#include "service/report/frozen.h"
#include "service/report/indicators.h"
#include "service/report/narrative.h"
#include "service/report/presets.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct ReportOptions {
  long long org = 0;
  std::string codes, at, period, from, to, breakdown;
  std::string preset;  // a preset report's code: its indicators and breakdown
  bool compare = false;
  std::string recorded;           // as recorded by this day or moment
  std::string freeze, issued_on;  // keep the report as sent: its title and date
  std::string format;             // text | json | xlsx | docx ("": text)
  std::string out;                // the file to write; required for xlsx and docx
  std::string number, place;      // the docx's number and place
  std::string xlsx;               // alias: --format xlsx --out FILE
  bool json = false;              // alias: --format json
  std::string people, search;     // the list behind one indicator, and a name filter
};

constexpr const char* kFormats[] = {"text", "json", "xlsx", "docx"};

// The format and the file after the aliases; errors name the options in Vietnamese.
Status ResolveFormat(ReportOptions& o) {
  const auto alias = [&](bool given, const char* format, const std::string& out) -> Status {
    if (!given) return Status::Ok();
    if (!o.format.empty() && o.format != format) {
      return Error::Invalid("--" + std::string(format) + " và --format " + o.format +
                            " mâu thuẫn nhau: chỉ chọn một định dạng.");
    }
    if (!out.empty() && !o.out.empty() && o.out != out) {
      return Error::Invalid("--xlsx và --out ghi ra hai tệp khác nhau: chỉ chọn một tệp.");
    }
    o.format = format;
    if (!out.empty()) o.out = out;
    return Status::Ok();
  };
  if (Status s = alias(o.json, "json", ""); !s) return s;
  if (Status s = alias(!o.xlsx.empty(), "xlsx", o.xlsx); !s) return s;
  if (o.format.empty()) o.format = "text";
  if ((o.format == "xlsx" || o.format == "docx") && o.out.empty()) {
    return Error::Invalid("--format " + o.format + " cần --out TỆP: tệp để ghi.");
  }
  return service::CheckDocxOptions({o.number, o.place});
}

// Code points of a UTF-8 string (for aligning columns).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Pad(const std::string& s, size_t width) {
  return s + std::string(width > Width(s) ? width - Width(s) : 0, ' ');
}

// Rows as columns: the first and the last left-aligned, the others right-aligned.
void PrintAligned(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], Width(row[c]));
  }
  for (const auto& row : rows) {
    out << Pad(row[0], width[0]);
    for (size_t c = 1; c + 1 < row.size(); ++c) {
      out << "  " << std::string(width[c] - Width(row[c]), ' ') << row[c];
    }
    out << "  " << row.back() << "\n";
  }
}

// One table: label, value right-aligned, unit; when compared, the value a year earlier and
// the change ("+3", "-1") as well.
void PrintValues(std::ostream& out, const std::vector<report::Value>& values, bool compared,
                 const std::optional<std::vector<report::Value>>& previous) {
  std::vector<std::vector<std::string>> rows = {{"Chỉ tiêu", "Số liệu"}};
  if (compared) rows[0].insert(rows[0].end(), {"Cùng kỳ năm trước", "Tăng, giảm"});
  for (size_t i = 0; i < values.size(); ++i) {
    const report::Value& v = values[i];
    std::vector<std::string> row = {v.indicator->label, report::ShownValue(v)};
    if (compared) {
      row.push_back(previous ? report::ShownValue((*previous)[i]) : "—");
      const int64_t change = previous ? v.count - (*previous)[i].count : 0;
      row.push_back(!previous || v.is_percent() ? "—"
                    : change > 0                ? "+" + text::FormatInt(change)
                                                : text::FormatInt(change));
    }
    rows.push_back(std::move(row));
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    const report::Value* v = r == 0 ? nullptr : &values[r - 1];
    rows[r].push_back(v == nullptr ? "Đơn vị" : v->is_percent() ? "" : v->indicator->unit);
  }
  PrintAligned(out, rows);
}

void PrintTable(std::ostream& out, const service::IndicatorAnswer& a) {
  out << a.org.name << " (mã " << a.org.id << ")\n"
      << "Số liệu tại ngày " << a.at.Vietnamese() << "; biến động: " << a.period.Label();
  if (a.compared) out << "; so với " << a.period.YearEarlier().Label();
  if (!a.recorded.empty()) out << "\n" << service::RecordedLine(a.recorded);
  out << "\n\n";
  PrintValues(out, a.values, a.compared, a.previous);
  for (const auto& u : a.units) {
    out << "\n" << u.unit.name << " (mã " << u.unit.id << ")\n";
    PrintValues(out, u.values, a.compared, u.previous);
  }
}

// The answer in the chosen format: bytes for a file, or text for the screen.
Result<std::string> Rendered(const service::Env& env, const service::IndicatorAnswer& a,
                             const ReportOptions& o) {
  if (o.format == "xlsx") return report::GridXlsx(service::IndicatorGrid(a));
  if (o.format == "docx") return service::IndicatorDocx(env, a, {o.number, o.place});
  std::ostringstream out;
  if (o.format == "json") {
    out << service::IndicatorAnswerJson(a).dump(2) << "\n";
  } else {
    PrintTable(out, a);
  }
  return out.str();
}

// The indicators and breakdown asked: a preset (--report) or codes (--codes), not both; an
// explicit --breakdown wins over the preset's.
Status Chosen(const ReportOptions& o, service::IndicatorQuery* q) {
  q->breakdown = o.breakdown;
  if (o.preset.empty()) {
    auto indicators = service::ResolveIndicators(o.codes);
    if (!indicators.ok()) return indicators.error();
    q->indicators = std::move(*indicators);
    return Status::Ok();
  }
  if (!o.codes.empty()) {
    return Error::Invalid("Chỉ dùng --report hoặc --codes, không dùng cả hai.",
                          {{"--report", "Không dùng cùng --codes."}});
  }
  const service::ReportPreset* p = service::FindPreset(o.preset);
  if (p == nullptr) {
    std::string known;
    for (const auto& r : service::ReportPresets()) known += (known.empty() ? "" : ", ") + r.code;
    return Error::Invalid(
        "Không có báo cáo mẫu “" + o.preset.substr(0, 40) + "” (có: " + known + ").",
        {{"--report", "Báo cáo mẫu không tồn tại."}});
  }
  q->indicators = p->indicators;
  if (q->breakdown.empty()) q->breakdown = p->breakdown;
  return Status::Ok();
}

// --freeze: keeps the report as sent and says under which id.
int Freeze(const service::Env& env, const service::Actor& op, const service::IndicatorQuery& q,
           const ReportOptions& o) {
  const std::string issued = o.issued_on.empty() ? service::Today(env).Iso() : o.issued_on;
  auto s = service::FreezeReport(env, op, {q, o.freeze, o.number, issued});
  if (!s.ok()) return PrintError(s.error());
  std::cout << "Đã lưu báo cáo “" << s->title << "” (mã " << s->id << ") ngày "
            << Date::Parse(s->issued_on)->Vietnamese() << ".\n";
  return 0;
}

// --people CODE: the people (or organizations) behind one figure, as a numbered list, JSON or a
// file (xlsx, docx).
int PrintPeople(const service::Env& env, const service::Actor& op, const service::IndicatorQuery& q,
                const ReportOptions& o) {
  auto indicators = service::ResolveIndicators(o.people);
  if (!indicators.ok()) return PrintError(indicators.error());
  if (indicators->size() != 1) {
    return PrintError(Error::Invalid("--people nhận một mã chỉ tiêu.", {{"--people", "Một mã."}}));
  }
  service::PeopleQuery p{.org_id = q.org_id,
                         .indicator = indicators->front(),
                         .at = q.at,
                         .period = q.period,
                         .recorded = q.recorded,
                         .search = o.search};
  if (o.format == "xlsx" || o.format == "docx") {
    auto bytes = service::ExportIndicatorPeople(env, op, p, o.format);
    if (!bytes.ok()) return PrintError(bytes.error());
    return WriteFileOrFail(o.out, *bytes);
  }
  p.page_size = std::numeric_limits<int>::max();
  auto people = service::IndicatorPeople(env, op, p);
  if (!people.ok()) return PrintError(people.error());
  if (o.format == "json") {
    std::cout << service::PeopleAnswerJson(*people).dump(2) << "\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows = {{"STT", "Tên", "Đơn vị", "Ngày", "Ghi chú"}};
  for (const report::ListEntry& e : people->items) {
    const auto day = Date::Parse(e.date);
    rows.push_back({std::to_string(rows.size()), e.name, e.org_name,
                    day ? day->Vietnamese() : e.date, e.detail});
  }
  std::cout << people->indicator->label << ": " << text::FormatInt(people->total) << "\n";
  PrintAligned(std::cout, rows);
  return 0;
}

int RunReport(const DbOption& db, ReportOptions o) {
  if (Status s = ResolveFormat(o); !s) return PrintError(s.error());
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    service::IndicatorQuery q;
    q.org_id = o.org;
    auto at = report::ParseDateParam("--at", o.at, service::Today(env));
    if (!at.ok()) return PrintError(at.error());
    q.at = *at;
    auto period = report::PeriodFromParams(o.period, o.from, o.to, q.at);
    if (!period.ok()) return PrintError(period.error());
    q.period = *period;
    auto recorded = report::ParseRecordedParam(o.recorded, env.clock.Now());
    if (!recorded.ok()) return PrintError(recorded.error());
    q.recorded = *recorded;
    if (!o.people.empty()) return PrintPeople(env, op, q, o);
    if (auto chosen = Chosen(o, &q); !chosen) return PrintError(chosen.error());
    q.compare = o.compare;
    if (!o.freeze.empty()) return Freeze(env, op, q, o);
    auto answer = service::Indicators(env, op, q);
    if (!answer.ok()) return PrintError(answer.error());
    auto bytes = Rendered(env, *answer, o);
    if (!bytes.ok()) return PrintError(bytes.error());
    if (o.out.empty()) {
      std::cout << *bytes;
      return 0;
    }
    if (int rc = WriteFileOrFail(o.out, *bytes); rc != 0) return rc;
    std::cout << "Đã ghi " << answer->values.size() << " chỉ tiêu vào " << o.out << ".\n";
    return 0;
  });
}

// `dangbo snapshots`: the reports kept as sent.
struct SnapshotOptions {
  long long org = 0, show = 0, compare = 0, void_id = 0;
  std::string reason;
  bool json = false;
};

std::string VnDay(const std::string& iso) {
  const auto d = Date::Parse(iso);
  return d ? d->Vietnamese() : iso;
}

int ListSnapshotsCommand(const service::Env& env, const service::Actor& op,
                         const SnapshotOptions& o) {
  auto page = service::ListSnapshots(env, op, o.org, 1, 1000);
  if (!page.ok()) return PrintError(page.error());
  if (o.json) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& s : page->items) items.push_back(service::SnapshotJson(s, false));
    std::cout << nlohmann::json{{"items", items}, {"total", page->total}}.dump(2) << "\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows = {{"Mã", "Ngày", "Số", "Tên báo cáo"}};
  for (const auto& s : page->items) {
    rows.push_back({std::to_string(s.id), VnDay(s.issued_on), s.number,
                    s.title + (s.voided_at.empty() ? "" : " (đã hủy)")});
  }
  PrintAligned(std::cout, rows);
  std::cout << text::FormatInt(page->total) << " báo cáo đã lưu.\n";
  return 0;
}

int CompareSnapshotCommand(const service::Env& env, const service::Actor& op,
                           const SnapshotOptions& o) {
  auto c = service::CompareSnapshot(env, op, o.compare);
  if (!c.ok()) return PrintError(c.error());
  const nlohmann::json j = service::ComparisonJson(*c);
  if (o.json) {
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  const auto shown = [](const nlohmann::json& v) -> std::string {
    if (v.is_number_integer()) return text::FormatInt(v.get<int64_t>());
    if (v.is_number()) return text::FormatPercent(v.get<double>());
    return "—";
  };
  std::cout << c->snapshot.title << " (mã " << c->snapshot.id << ", ngày "
            << VnDay(c->snapshot.issued_on) << ")\n"
            << j["recorded_line"].get<std::string>() << "\n\n";
  std::vector<std::vector<std::string>> rows = {
      {"Chỉ tiêu", "Đã gửi", "Như đã ghi nhận", "Hiện nay", "Chênh lệch"}};
  for (const auto& r : j["rows"]) {
    const std::string where =
        r["org"].is_object() ? r["org"]["name"].get<std::string>() + ": " : "";
    const auto& ch = r["change"];
    rows.push_back({where + r["label"].get<std::string>(), shown(r["frozen"]), shown(r["recorded"]),
                    shown(r["now"]),
                    !ch.is_number_integer()  ? ""
                    : ch.get<int64_t>() > 0  ? "+" + text::FormatInt(ch.get<int64_t>())
                    : ch.get<int64_t>() == 0 ? ""
                                             : text::FormatInt(ch.get<int64_t>())});
  }
  PrintAligned(std::cout, rows);
  std::cout << text::FormatInt(j["changed"].get<int64_t>()) << " số liệu đã thay đổi so với khi gửi"
            << (j["reproduced"].get<bool>() ? "; số liệu như đã ghi nhận khớp báo cáo đã gửi.\n"
                                            : ".\n");
  return 0;
}

int RunSnapshots(const DbOption& db, const SnapshotOptions& o) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    if (o.compare != 0) return CompareSnapshotCommand(env, op, o);
    if (o.void_id != 0) {
      auto s = service::VoidSnapshot(env, op, o.void_id, o.reason);
      if (!s.ok()) return PrintError(s.error());
      std::cout << "Đã hủy báo cáo đã lưu “" << s->title << "” (mã " << s->id << ").\n";
      return 0;
    }
    if (o.show != 0) {
      auto s = service::GetSnapshot(env, op, o.show);
      if (!s.ok()) return PrintError(s.error());
      std::cout << service::SnapshotJson(*s, true).dump(2) << "\n";
      return 0;
    }
    if (o.org == 0) return PrintError(Error::Invalid("Cần --org, --show, --compare hoặc --void."));
    return ListSnapshotsCommand(env, op, o);
  });
}

std::function<int()> AddSnapshotCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<SnapshotOptions>();
  auto* cmd = app.add_subcommand(
      "snapshots", "Báo cáo đã gửi (đã lưu): danh sách, xem, so sánh với số liệu hiện nay, hủy");
  cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  cmd->add_option("--org", o->org, "Danh sách báo cáo đã lưu của cây con tổ chức này");
  cmd->add_option("--show", o->show, "In báo cáo đã lưu có mã này (JSON, với số liệu)");
  cmd->add_option("--compare", o->compare,
                  "So sánh báo cáo đã lưu có mã này với số liệu hiện nay và như đã ghi nhận khi "
                  "lưu");
  cmd->add_option("--void", o->void_id, "Hủy báo cáo đã lưu có mã này (kèm --reason)");
  cmd->add_option("--reason", o->reason, "Lý do hủy");
  cmd->add_flag("--json", o->json, "In dạng JSON");
  return [cmd, o, &db] { return *cmd ? RunSnapshots(db, *o) : -1; };
}

}  // namespace

std::function<int()> AddReportCommands(CLI::App& app, DbOption& db) {
  const auto run_snapshots = AddSnapshotCommands(app, db);
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand(
      "report", "Chỉ tiêu báo cáo (số lượng tại một ngày, biến động trong kỳ) của một cây con");
  cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  cmd->add_option("--org", o->org, "Mã tổ chức")->required();
  cmd->add_option("--codes", o->codes,
                  "Mã chỉ tiêu, cách nhau dấu phẩy (mặc định: tất cả), ví dụ "
                  "members.official,flows.admitted");
  cmd->add_option("--indicators", o->codes, "Như --codes");
  cmd->add_option("--report", o->preset,
                  "Báo cáo mẫu: to-chuc, dang-vien, bien-dong, ket-nap, chat-luong (thay cho "
                  "--codes; chia theo tổ chức cơ sở đảng nếu không ghi --breakdown)");
  cmd->add_flag("--compare", o->compare, "Thêm số liệu cùng kỳ năm trước và mức tăng, giảm");
  cmd->add_option("--at", o->at, "Ngày lấy số lượng YYYY-MM-DD (mặc định hôm nay)");
  cmd->add_option("--recorded", o->recorded,
                  "Số liệu như đã ghi nhận đến hết ngày YYYY-MM-DD (hoặc thời điểm "
                  "YYYY-MM-DDTHH:MM:SS.mmmZ): báo cáo như đã lập hôm đó");
  cmd->add_option("--freeze", o->freeze,
                  "Lưu báo cáo đã gửi với tên này (số liệu hiện tại; kèm --number, --issued-on)");
  cmd->add_option("--issued-on", o->issued_on,
                  "Ngày của báo cáo lưu YYYY-MM-DD (mặc định hôm nay)");
  cmd->add_option("--period", o->period,
                  "Kỳ: 2022-08 (tháng), 2022-Q3 (quý), 2022-M8 (8 tháng đầu năm), 2022 (năm)");
  cmd->add_option("--from", o->from, "Hoặc: từ ngày YYYY-MM-DD (mặc định đầu năm)");
  cmd->add_option("--to", o->to, "Đến ngày YYYY-MM-DD (mặc định ngày --at)");
  cmd->add_option("--breakdown", o->breakdown,
                  "unit: thêm từng đơn vị trực thuộc; grassroots: từng tổ chức cơ sở đảng");
  cmd->add_option("--format", o->format,
                  "Định dạng: text (bảng, mặc định), json, xlsx (bảng Excel), docx (báo cáo "
                  "Word theo thể thức của Đảng: tiêu đề, lời văn, biểu số liệu, chữ ký)")
      ->check([](const std::string& f) -> std::string {
        for (const char* known : kFormats) {
          if (f == known) return "";
        }
        return "“" + f + "” không phải định dạng: chọn text, json, xlsx hoặc docx";
      });
  cmd->add_option("--out", o->out, "Ghi ra tệp này (bắt buộc với xlsx và docx)");
  cmd->add_option("--number", o->number,
                  "docx: số văn bản, ví dụ 12 (thành “Số 12-BC/ĐUK”); mặc định để trống để "
                  "điền tay");
  cmd->add_option("--place", o->place, "docx: địa danh ở dòng ngày tháng (mặc định Hà Nội)");
  cmd->add_option("--people", o->people,
                  "Danh sách người (hoặc tổ chức) đứng sau một chỉ tiêu, ví dụ flows.admitted");
  cmd->add_option("--search", o->search, "Với --people: chỉ những tên có các chữ này");
  cmd->add_flag("--json", o->json, "In dạng JSON (như --format json)");
  cmd->add_option("--xlsx", o->xlsx, "Ghi ra tệp Excel (.xlsx) (như --format xlsx --out TỆP)");
  return [cmd, o, &db, run_snapshots] { return *cmd ? RunReport(db, *o) : run_snapshots(); };
}

}  // namespace dangbo::cli
