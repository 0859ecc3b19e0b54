// CLI command implementations.
#include "cli/commands.h"

#include "cli/cli_util.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "demo/demo.h"
#include "demo/national.h"
#include "http/app.h"
#include "http/server.h"
#include "memindex/member_index.h"
#include "service/accounts/password.h"
#include "service/accounts/users.h"
#include "service/calendar/holidays.h"
#include "service/core/actor.h"
#include "service/orgs/orgs.h"
#include "service/verify/verify.h"
#include "store/backup.h"
#include "store/migrate.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

namespace fs = std::filesystem;

// Opens the database and brings its schema up to date.
std::unique_ptr<store::Database> OpenMigrated(const DbOption& db, int pool_size = 4) {
  store::OpenOptions opts;
  opts.pool_size = pool_size;
  auto database = store::Database::Open(db.url, opts);
  store::Migrate(*database);
  SystemClock clock;
  service::EnsureShippedHolidays({*database, clock});
  return database;
}

std::string ReadLine(std::istream& in) {
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

std::string PromptHidden(const char* prompt) {
  std::cerr << prompt << std::flush;
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string s = ReadLine(std::cin);
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::cerr << "\n";
  return s;
}

// The password from stdin (--password-stdin), a terminal prompt, or generated and shown.
// `generated` tells the caller to print it.
std::optional<std::string> ObtainPassword(bool from_stdin, bool* generated) {
  *generated = false;
  if (from_stdin) return ReadLine(std::cin);
  if (isatty(STDIN_FILENO)) {
    const std::string a = PromptHidden("Mật khẩu mới: ");
    const std::string b = PromptHidden("Nhập lại mật khẩu: ");
    if (a != b) {
      std::cerr << "Lỗi: hai lần nhập mật khẩu không khớp.\n";
      return std::nullopt;
    }
    return a;
  }
  *generated = true;
  return service::GeneratePassword();
}

std::pair<std::string, uint16_t> SplitListen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return {listen, 8080};
  const std::string port = listen.substr(colon + 1);
  if (port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535) {
    throw std::invalid_argument("cổng không hợp lệ trong --listen: " + listen);
  }
  return {listen.substr(0, colon), static_cast<uint16_t>(std::stoi(port))};
}

std::string FindWebRoot(const std::string& given, const std::string& argv0) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("DANGBO_WEB_ROOT"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::canonical("/proc/self/exe", ec);
  const std::vector<fs::path> candidates = {
      exe.parent_path() / "../web/dist", exe.parent_path() / "../share/dangbo/web",
      fs::path(argv0).parent_path() / "../web/dist", "web/dist"};
  for (const auto& c : candidates) {
    if (fs::is_regular_file(c / "index.html", ec)) return fs::weakly_canonical(c, ec).string();
  }
  return "web/dist";
}

template <typename F>
int Guard(F&& body) {
  try {
    return body();
  } catch (const store::Error& e) {
    std::cerr << "Lỗi cơ sở dữ liệu: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "Lỗi: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int Migrate(const DbOption& db) {
  return Guard([&] {
    auto database = store::Database::Open(db.url);
    const auto report = store::Migrate(*database);
    if (report.applied.empty()) {
      std::cout << "Cơ sở dữ liệu đã ở phiên bản mới nhất (" << report.to_version << ").\n";
    } else {
      for (const auto& m : report.applied) std::cout << "Đã áp dụng " << m << "\n";
      std::cout << "Phiên bản lược đồ: " << report.from_version << " → " << report.to_version
                << "\n";
    }
    return 0;
  });
}

int Init(const DbOption& db, const InitOptions& o) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    const service::Actor op = service::Actor::CliOperator();
    // The demo's generated password is kept beside a database file; a PostgreSQL URL has no
    // such place (the password is printed, as without --demo).
    const bool file_db =
        db.url.rfind("postgresql://", 0) != 0 && db.url.rfind("postgres://", 0) != 0;
    const std::string creds_path = file_db ? db.url + ".credentials" : "";
    {
      store::Transaction tx = database->BeginRead();
      if (tx.QueryOne("SELECT 1 FROM app_user")) {
        std::cout << "Cơ sở dữ liệu " << database->Describe() << " đã được khởi tạo.\n";
        if (!file_db) return 0;
        std::ifstream creds(creds_path);
        if (o.demo && creds) std::cout << creds.rdbuf();
        return 0;
      }
    }
    int64_t root_id = 0;
    {
      store::Transaction tx = database->BeginRead();
      if (auto row = tx.QueryOne("SELECT id FROM org WHERE parent_id IS NULL ORDER BY id")) {
        root_id = row->Int(0);
      }
    }
    if (root_id == 0) {
      service::NewOrg root{std::nullopt, "superior_committee", o.org_name};
      root.decision.effective_on = o.established_on;
      auto org = service::CreateOrg(env, op, root);
      if (!org.ok()) return PrintError(org.error());
      root_id = org->id;
      std::cout << "Đã tạo tổ chức gốc “" << org->name << "” (mã " << org->id << ").\n";
    }
    bool generated = false;
    auto password = ObtainPassword(o.password_stdin, &generated);
    if (!password) return 1;
    auto user =
        service::CreateUser(env, op, {o.admin, "Quản trị hệ thống", root_id, {"admin"}, *password});
    if (!user.ok()) return PrintError(user.error());
    std::string text = "Tài khoản quản trị: " + user->username;
    if (generated) text += "  mật khẩu: " + *password;
    text += "\n";
    std::cout << "Đã tạo tài khoản quản trị.\n" << text;
    if (o.demo) {
      std::cout << "Đang tạo dữ liệu trình diễn (một Đảng bộ Khối, khoảng 2.700 đảng viên)..."
                << std::endl;
      demo::Options d;
      d.user_password = *password;
      auto report = demo::Generate(env, d);
      if (!report.ok()) return PrintError(report.error());
      text +=
          "Tài khoản trình diễn khác (cùng mật khẩu): tochuc, kiemtra, tuyengiao, "
          "bithu.soyte, bithu.bvdk, bithu.khobac; dangvien (một đảng viên: hồ sơ của tôi)\n";
      std::cout << "Đã tạo " << text::FormatInt(report->orgs) << " tổ chức, "
                << text::FormatInt(report->members) << " đảng viên trong "
                << text::FormatDecimal(report->seconds, 1) << " giây.\n"
                << text;
    }
    if (o.demo && generated && file_db) {
      std::ofstream out(creds_path);
      out << text;
      out.close();
      fs::permissions(creds_path, fs::perms::owner_read | fs::perms::owner_write);
    } else if (generated) {
      std::cout << "Hãy ghi lại mật khẩu này: nó không được lưu ở đâu khác.\n";
    }
    return 0;
  });
}

int Serve(const DbOption& db, const ServeOptions& o, const std::string& argv0) {
  return Guard([&] {
    auto [host, port] = SplitListen(o.listen);
    auto database = OpenMigrated(db, o.workers + 2);
    SystemClock clock;
    // Searches use SQL until the member index has loaded (seconds at national scale).
    memindex::MemberIndex index;
    std::thread loader([&] {
      try {
        const auto t0 = std::chrono::steady_clock::now();
        index.Load(*database);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - t0;
        // One write per line: this thread and the main one print at the same time, and a
        // line cut in two (the URL below) leaves scripts waiting for it forever.
        std::cout << "Đã nạp chỉ mục tìm kiếm: " +
                         text::FormatInt(static_cast<int64_t>(index.GetStats().members)) +
                         " đảng viên trong " + text::FormatDecimal(took.count(), 1) + " giây.\n"
                  << std::flush;
      } catch (const std::exception& e) {
        std::cerr << "Không nạp được chỉ mục đảng viên (tìm kiếm dùng SQL): " << e.what() << "\n";
      }
    });
    struct Join {
      std::thread& t;
      ~Join() { t.join(); }
    } join{loader};
    std::string metrics_token = o.metrics_token;
    if (const char* t = std::getenv("DANGBO_METRICS_TOKEN"); t && metrics_token.empty()) {
      metrics_token = t;
    }
    http::App app({*database, clock, &index}, {FindWebRoot(o.web_root, argv0), metrics_token});
    http::ServerOptions so;
    so.host = host;
    so.port = port;
    so.workers = o.workers;
    so.trusted_proxies = o.trusted_proxies;
    so.max_connections = o.max_connections;
    so.runs_inline = &http::App::RunsInline;
    http::Server server(so, [&app](http::Request& req) { return app.Handle(req); });
    const uint16_t bound = server.Start();
    std::cout << fmt::format("dangbo đang phục vụ tại http://{}:{} (cơ sở dữ liệu {})\n", host,
                             bound, database->Describe())
              << std::flush;
    server.RunUntilSignal();
    std::cout << "Đã dừng máy chủ." << std::endl;
    return 0;
  });
}

int UserAdd(const DbOption& db, const UserAddOptions& o) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    bool generated = false;
    auto password = ObtainPassword(o.password_stdin, &generated);
    if (!password) return 1;
    auto user =
        service::CreateUser(env, service::Actor::CliOperator(),
                            {o.username, o.display_name.empty() ? o.username : o.display_name,
                             o.org_id, o.roles, *password});
    if (!user.ok()) return PrintError(user.error());
    std::cout << "Đã thêm người dùng " << user->username << " (mã " << user->id << ") thuộc "
              << user->org_name << ".\n";
    if (generated) std::cout << "Mật khẩu: " << *password << "\n";
    return 0;
  });
}

int UserPasswd(const DbOption& db, const std::string& username, bool password_stdin) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    const service::Actor op = service::Actor::CliOperator();
    auto user = service::FindUserByName(env, op, username);
    if (!user.ok()) return PrintError(user.error());
    bool generated = false;
    auto password = ObtainPassword(password_stdin, &generated);
    if (!password) return 1;
    if (Status s = service::ResetPassword(env, op, user->id, *password); !s) {
      return PrintError(s.error());
    }
    std::cout << "Đã đặt lại mật khẩu cho " << user->username
              << "; các phiên đăng nhập cũ đã kết thúc.\n";
    if (generated) std::cout << "Mật khẩu mới: " << *password << "\n";
    return 0;
  });
}

int UserList(const DbOption& db) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    auto page = service::ListUsers(env, service::Actor::CliOperator(), {"", 1, 500});
    if (!page.ok()) return PrintError(page.error());
    for (const auto& u : page->items) {
      std::string roles;
      for (auto r : u.roles) roles += (roles.empty() ? "" : ",") + std::string(vocab::Code(r));
      std::cout << u.id << "\t" << u.username << "\t" << u.display_name << "\t" << u.org_name
                << "\t" << roles << (u.active ? "" : "\t(vô hiệu)") << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(page->total) << " người dùng.\n";
    return 0;
  });
}

int OrgAdd(const DbOption& db, const OrgAddOptions& o) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    service::NewOrg in{o.parent_id > 0 ? std::optional<int64_t>(o.parent_id) : std::nullopt, o.kind,
                       o.name};
    auto org = service::CreateOrg(env, service::Actor::CliOperator(), in);
    if (!org.ok()) return PrintError(org.error());
    std::cout << "Đã thêm " << vocab::Label(org->kind) << " “" << org->name << "” (mã " << org->id
              << ").\n";
    return 0;
  });
}

int OrgList(const DbOption& db) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    auto orgs = service::ListOrgs(env, service::Actor::CliOperator());
    if (!orgs.ok()) return PrintError(orgs.error());
    for (const auto& org : *orgs) {
      const auto depth = std::count(org.path.begin(), org.path.end(), '/') - 2;
      std::cout << std::string(static_cast<size_t>(std::max<long>(0, depth)) * 2, ' ') << org.id
                << "  " << org.name << "  [" << vocab::Label(org.kind) << "]\n";
    }
    return 0;
  });
}

int Routes(const DbOption& db) {
  return WithServices(db, [](const service::Env& env, const service::Actor&) {
    spdlog::set_level(spdlog::level::err);  // no "no web root" warning before the JSON
    http::App app(env, {""});
    std::cout << app.RouteTable().dump(2) << "\n";
    return 0;
  });
}

int Backup(const DbOption& db, const std::string& to) {
  return Guard([&] {
    auto database = store::Database::Open(db.url);
    if (database->engine() != store::Engine::kSqlite) {
      std::cerr << "Lỗi: sao lưu trực tuyến chỉ dành cho SQLite; với PostgreSQL hãy dùng "
                   "pg_dump hoặc cơ chế sao lưu của máy chủ.\n";
      return 1;
    }
    store::BackupSqlite(*database, to);
    std::cout << "Đã sao lưu " << database->Describe() << " vào " << to << "\n";
    return 0;
  });
}

int Verify(const DbOption& db, long long limit) {
  return Guard([&] {
    store::OpenOptions opts;
    opts.create_if_missing = false;
    auto database = store::Database::Open(db.url, opts);
    // Read-only: a database whose schema is not this binary's is reported, not migrated.
    const int have = store::CurrentVersion(*database);
    const int want = store::AllMigrations().back().version;
    if (have != want) {
      std::cerr << "Lỗi: lược đồ cơ sở dữ liệu ở phiên bản " << have << ", chương trình cần "
                << want << ": chạy `dangbo migrate` trước khi đối chiếu.\n";
      return 1;
    }
    const service::VerifyReport r = service::VerifyDatabase(*database, limit);
    std::cout << service::FormatVerifyReport(r);
    return r.Clean() ? 0 : 3;
  });
}

int Demo(const DbOption& db, const DemoOptions& o) {
  return Guard([&] {
    auto database = OpenMigrated(db);
    SystemClock clock;
    service::Env env{*database, clock};
    {
      store::Transaction tx = database->BeginRead();
      if (!tx.QueryOne("SELECT 1 FROM org WHERE parent_id IS NULL")) {
        std::cerr << "Lỗi: cơ sở dữ liệu chưa được khởi tạo: chạy `dangbo init` trước.\n";
        return 1;
      }
    }
    if (o.scale == "national") {
      demo::NationalOptions n;
      n.seed = o.seed;
      if (o.members > 0) n.members = o.members;
      n.progress = [](const demo::NationalProgress& p) {
        std::cerr << "  " << p.phase << ": " << text::FormatInt(p.done) << "/"
                  << text::FormatInt(p.total) << " (" << text::FormatDecimal(p.seconds, 0)
                  << " giây)\n";
      };
      auto r = demo::GenerateNational(env, n);
      if (!r.ok()) return PrintError(r.error());
      std::cout << "Đã tạo " << text::FormatInt(r->orgs) << " tổ chức và "
                << text::FormatInt(r->members) << " đảng viên trong "
                << text::FormatDecimal(r->seconds, 0) << " giây ("
                << text::FormatInt(
                       static_cast<int64_t>(r->members / std::max(r->member_seconds, 1e-9)))
                << " đảng viên/giây khi ghi hồ sơ).\n";
      return 0;
    }
    if (o.scale != "bloc" && o.scale != "province") {
      std::cerr << "Lỗi: --scale phải là bloc, province hoặc national.\n";
      return 2;
    }
    demo::Options d;
    d.scale = o.scale == "province" ? demo::Scale::kProvince : demo::Scale::kBloc;
    d.seed = o.seed;
    d.progress = [](const std::string& line) { std::cerr << "  " << line << "\n"; };
    auto r = demo::Generate(env, d);
    if (!r.ok()) return PrintError(r.error());
    std::cout << "Đã tạo " << text::FormatInt(r->orgs) << " tổ chức, "
              << text::FormatInt(r->members) << " đảng viên trong "
              << text::FormatDecimal(r->seconds, 1) << " giây.\n";
    return 0;
  });
}

}  // namespace dangbo::cli
