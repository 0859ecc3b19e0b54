// Entry point: `dangbo init|migrate|serve|user|org|backup|verify|...`, parsed with CLI11.
#include <arpa/inet.h>
#include <sys/stat.h>
#include <CLI/CLI.hpp>

#include <cstdlib>

#include "cli/commands.h"
#include "cli/commands/admission.h"
#include "cli/commands/culture.h"
#include "cli/commands/discipline.h"
#include "cli/commands/documents.h"
#include "cli/commands/dues.h"
#include "cli/commands/lifecycle.h"
#include "cli/commands/meetings.h"
#include "cli/commands/printing.h"
#include "cli/commands/propaganda.h"
#include "cli/commands/ratings.h"
#include "cli/commands/registry.h"
#include "cli/commands/report.h"
#include "cli/commands/rewards.h"
#include "cli/commands/self.h"
#include "cli/commands/targets.h"
#include "cli/commands/training.h"
#include "service/discipline/discipline.h"

int main(int argc, char** argv) {
  using namespace dangbo::cli;
  // Every file dangbo creates (database, WAL, backups, exports of personal data,
  // credentials) is for its owner only.
  ::umask(077);
  // Ratings and badges read the real discipline records (server and every command).
  dangbo::service::InstallDisciplineFacts();
  CLI::App app{"dangbo — quản lý công tác xây dựng Đảng (Đảng ủy Khối và các tổ chức cơ sở đảng)"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Hướng dẫn mọi lệnh");

  DbOption db;
  const char* env_db = std::getenv("DANGBO_DB");
  db.url = env_db && *env_db ? env_db : "./dangbo.db";
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url,
                    "Cơ sở dữ liệu: đường dẫn tệp SQLite hoặc URL postgresql:// (mặc định "
                    "./dangbo.db hoặc biến DANGBO_DB)");
  };

  auto* migrate =
      app.add_subcommand("migrate", "Nâng cấp lược đồ cơ sở dữ liệu lên phiên bản mới nhất");
  add_db(migrate);

  InitOptions init_opts;
  init_opts.org_name = "Đảng bộ Khối các cơ quan tỉnh";
  init_opts.admin = "admin";
  auto* init = app.add_subcommand(
      "init", "Khởi tạo cơ sở dữ liệu: lược đồ, tổ chức gốc và tài khoản quản trị đầu tiên");
  add_db(init);
  init->add_option("--org-name", init_opts.org_name, "Tên tổ chức gốc (Đảng bộ cấp trên cơ sở)");
  init_opts.established_on = "1930-02-03";
  init->add_option("--established-on", init_opts.established_on,
                   "Ngày thành lập tổ chức gốc, YYYY-MM-DD (mặc định 1930-02-03, ngày thành lập "
                   "Đảng: hãy nhập ngày thật của quyết định)");
  init->add_option("--admin", init_opts.admin, "Tên đăng nhập của quản trị viên đầu tiên");
  init->add_flag("--password-stdin", init_opts.password_stdin,
                 "Đọc mật khẩu quản trị từ dòng đầu của đầu vào chuẩn (mặc định: sinh ngẫu nhiên)");
  init->add_flag("--demo", init_opts.demo,
                 "Bản trình diễn: nạp dữ liệu mẫu một Đảng bộ Khối và lưu mật khẩu sinh ra vào "
                 "tệp <db>.credentials");

  ServeOptions serve_opts;
  auto* serve = app.add_subcommand("serve", "Chạy máy chủ web và API");
  add_db(serve);
  serve->add_option("--listen", serve_opts.listen, "Địa chỉ HOST:PORT (mặc định 127.0.0.1:8080)");
  serve->add_option("--web-root", serve_opts.web_root, "Thư mục giao diện web đã xây dựng");
  serve->add_option("--workers", serve_opts.workers, "Số luồng xử lý yêu cầu")
      ->check(CLI::Range(1, 256));
  serve
      ->add_option("--trusted-proxy", serve_opts.trusted_proxies,
                   "Địa chỉ IP của reverse proxy (lặp lại được): chỉ tin tiêu đề "
                   "X-Forwarded-For/-Proto từ các địa chỉ này")
      ->check([](const std::string& a) -> std::string {
        unsigned char buf[16];
        if (inet_pton(AF_INET, a.c_str(), buf) == 1 || inet_pton(AF_INET6, a.c_str(), buf) == 1) {
          return "";
        }
        return "“" + a + "” không phải là địa chỉ IP";
      });
  serve
      ->add_option("--max-connections", serve_opts.max_connections,
                   "Số kết nối mở tối đa (mặc định: theo giới hạn số tệp mở)")
      ->check(CLI::Range(16, 1000000));
  serve->add_option("--metrics-token", serve_opts.metrics_token,
                    "Mã cho /metrics từ máy khác (Authorization: Bearer …; hoặc biến môi "
                    "trường DANGBO_METRICS_TOKEN); mặc định chỉ máy cục bộ đọc được");

  auto* user = app.add_subcommand("user", "Quản lý tài khoản người dùng");
  user->require_subcommand(1);
  UserAddOptions add_opts;
  auto* user_add = user->add_subcommand("add", "Thêm người dùng");
  add_db(user_add);
  user_add->add_option("name", add_opts.username, "Tên đăng nhập")->required();
  user_add->add_option("--display-name", add_opts.display_name, "Họ và tên");
  user_add
      ->add_option("--role", add_opts.roles,
                   "Vai trò (lặp lại được): admin, org_staff, inspection_staff, "
                   "propaganda_staff, secretary, member")
      ->required();
  user_add->add_option("--org", add_opts.org_id, "Mã tổ chức đảng (phạm vi quản lý)")->required();
  user_add->add_flag("--password-stdin", add_opts.password_stdin,
                     "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn");
  std::string passwd_name;
  bool passwd_stdin = false;
  auto* user_passwd = user->add_subcommand("passwd", "Đặt lại mật khẩu của người dùng");
  add_db(user_passwd);
  user_passwd->add_option("name", passwd_name, "Tên đăng nhập")->required();
  user_passwd->add_flag("--password-stdin", passwd_stdin, "Đọc mật khẩu từ đầu vào chuẩn");
  auto* user_list = user->add_subcommand("list", "Liệt kê người dùng");
  add_db(user_list);

  auto* org = app.add_subcommand("org", "Tổ chức đảng");
  org->require_subcommand(1);
  OrgAddOptions org_opts;
  auto* org_add = org->add_subcommand("add", "Thêm tổ chức đảng");
  add_db(org_add);
  org_add->add_option("--parent", org_opts.parent_id,
                      "Mã tổ chức cấp trên (bỏ trống: tổ chức gốc)");
  org_add
      ->add_option("--kind", org_opts.kind,
                   "Loại: superior_committee, grassroots_committee, grassroots_branch, "
                   "sub_committee, branch")
      ->required();
  org_add->add_option("--name", org_opts.name, "Tên tổ chức")->required();
  auto* org_list = org->add_subcommand("list", "Liệt kê cây tổ chức hiện nay");
  add_db(org_list);
  std::string tree_at;
  auto* org_tree = org->add_subcommand("tree", "Cây tổ chức vào một ngày");
  add_db(org_tree);
  org_tree->add_option("--at", tree_at, "Ngày YYYY-MM-DD (mặc định hôm nay)");
  OrgChangeOptions change;
  std::vector<CLI::App*> changes;
  for (const auto& [verb, help] : std::vector<std::pair<std::string, std::string>>{
           {"rename", "Đổi tên tổ chức (--name)"},
           {"move", "Chuyển sang tổ chức cấp trên khác (--to)"},
           {"upgrade", "Nâng cấp chi bộ cơ sở thành đảng bộ cơ sở (--name: chi bộ nhận đảng viên)"},
           {"merge", "Sáp nhập vào tổ chức khác (--to, --to-branch)"},
           {"dissolve", "Giải thể tổ chức"}}) {
    auto* cmd = org->add_subcommand(verb, help);
    add_db(cmd);
    cmd->add_option("id", change.org_id, "Mã tổ chức")->required();
    cmd->add_option("--effective-on", change.effective_on, "Ngày hiệu lực YYYY-MM-DD")->required();
    cmd->add_option("--decision-no", change.decision_no, "Số quyết định, ví dụ 125-QĐ/ĐUK");
    cmd->add_option("--decision-date", change.decision_date, "Ngày quyết định YYYY-MM-DD");
    if (verb == "rename" || verb == "upgrade")
      cmd->add_option("--name", change.name, "Tên")->required();
    if (verb == "move" || verb == "merge") {
      cmd->add_option("--to", change.target_id, "Mã tổ chức đích")->required();
    }
    if (verb == "merge")
      cmd->add_option("--to-branch", change.target_branch_id, "Mã chi bộ nhận đảng viên");
    cmd->callback([&change, verb = verb] { change.verb = verb; });
    changes.push_back(cmd);
  }

  long long stats_org = 0;
  std::string stats_at;
  auto* stats = app.add_subcommand(
      "stats", "Số liệu tổ chức và đảng viên của một cây con vào một ngày (JSON)");
  add_db(stats);
  stats->add_option("--org", stats_org, "Mã tổ chức")->required();
  stats->add_option("--at", stats_at, "Ngày YYYY-MM-DD (mặc định hôm nay)");
  std::string stats_from, stats_to, stats_kind;
  stats->add_option("--from", stats_from, "Biến động trong kỳ: từ ngày YYYY-MM-DD");
  stats->add_option("--to", stats_to, "Biến động trong kỳ: đến ngày YYYY-MM-DD");
  stats->add_option("--kind", stats_kind, "Liệt kê những người của một loại biến động");

  auto* member = app.add_subcommand("member", "Hồ sơ đảng viên");
  member->require_subcommand(1);
  std::string member_file = "-";
  auto* member_add = member->add_subcommand("add", "Thêm đảng viên từ tệp JSON (như API)");
  add_db(member_add);
  member_add->add_option("file", member_file, "Tệp JSON, hoặc - để đọc từ đầu vào chuẩn");
  std::string search_q, search_status;
  long long search_org = 0;
  auto* member_search = member->add_subcommand("search", "Tìm đảng viên (không dấu cũng được)");
  add_db(member_search);
  member_search->add_option("query", search_q, "Tên, số thẻ, số CCCD hoặc số lý lịch");
  member_search->add_option("--org", search_org, "Mã tổ chức (cây con)");
  member_search->add_option("--status", search_status,
                            "Trạng thái; mặc định: đang sinh hoạt; all: tất cả");
  std::string import_file;
  long long import_org = 0;
  bool import_commit = false;
  std::vector<int> import_exclude;
  auto* member_import = member->add_subcommand(
      "import", "Nhập đảng viên từ tệp .xlsx/.csv: xem trước lỗi từng dòng, rồi --commit");
  add_db(member_import);
  member_import->add_option("file", import_file, "Tệp .xlsx hoặc .csv")->required();
  member_import->add_option("--org", import_org, "Mã chi bộ cho các dòng không ghi chi bộ");
  member_import->add_flag("--commit", import_commit, "Nhập thật (tất cả hoặc không gì cả)");
  member_import->add_option("--exclude", import_exclude, "Bỏ các dòng này (số dòng trong tệp)")
      ->delimiter(',');
  long long export_org = 0;
  std::string export_status, export_format = "xlsx", export_out;
  auto* member_export = member->add_subcommand("export", "Xuất danh sách đảng viên ra .xlsx/.csv");
  add_db(member_export);
  member_export->add_option("--org", export_org, "Mã tổ chức (cây con)");
  member_export->add_option("--status", export_status, "Trạng thái; mặc định: đang sinh hoạt");
  member_export->add_option("--format", export_format, "xlsx (mặc định) hoặc csv");
  member_export->add_option("--out", export_out, "Tệp đích")->required();
  long long show_id = 0;
  auto* member_show = member->add_subcommand("show", "Xem hồ sơ đảng viên (JSON)");
  add_db(member_show);
  member_show->add_option("id", show_id, "Mã đảng viên")->required();

  std::string backup_to;
  auto* backup = app.add_subcommand(
      "backup", "Sao lưu trực tuyến cơ sở dữ liệu SQLite (chạy được khi máy chủ đang phục vụ)");
  add_db(backup);
  backup->add_option("--to", backup_to, "Tệp đích")->required();

  auto* routes = app.add_subcommand(
      "routes", "In bảng các đường dẫn API và lược đồ dữ liệu nhận của từng đường dẫn (JSON)");
  add_db(routes);
  bool routes_json = true;  // JSON is the only format; the flag states it
  routes->add_flag("--json", routes_json, "In dạng JSON (định dạng duy nhất)");
  long long verify_limit = 50;
  auto* verify = app.add_subcommand(
      "verify",
      "Đối chiếu dữ liệu hiện trạng (đảng viên, cây tổ chức) với lịch sử và sự kiện; kiểm tra "
      "toàn vẹn tệp SQLite (dùng sau sự cố hoặc sau khi sửa tay)");
  add_db(verify);
  verify->add_option("--limit", verify_limit, "Số dòng tối đa in ra cho mỗi phép đối chiếu")
      ->check(CLI::Range(1LL, 1000000LL));

  DemoOptions demo_opts;
  auto* demo = app.add_subcommand("demo", "Nạp dữ liệu mẫu có tính tất định (sau `init`)");
  add_db(demo);
  demo->add_option("--scale", demo_opts.scale,
                   "bloc (một Đảng bộ Khối, ~2.700 đảng viên), province (~40.000) hoặc national "
                   "(5,6 triệu)");
  demo->add_option("--seed", demo_opts.seed, "Hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)");
  demo->add_option("--members", demo_opts.members, "national: số đảng viên (mặc định 5.600.000)");

  const auto run_admission = AddAdmissionCommands(app, db);
  const auto run_lifecycle = AddLifecycleCommands(app, db);
  const auto run_report = AddReportCommands(app, db);
  const auto run_meetings = AddMeetingCommands(app, db);
  const auto run_rating = AddRatingCommands(app, db);
  const auto run_badge = AddBadgeCommands(app, db);
  const auto run_inspection = AddInspectionCommands(app, db);
  const auto run_discipline = AddDisciplineCommands(app, db);
  const auto run_dues = AddDuesCommands(app, db);
  const auto run_training = AddTrainingCommands(app, db);
  const auto run_cadre = AddCadreCommands(app, db);
  const auto run_propaganda = AddPropagandaCommands(app, db);
  const auto run_print = AddPrintCommands(app, db);
  const auto run_self = AddSelfCommands(app, db);
  const auto run_rewards = AddRewardCommands(app, db);
  const auto run_culture = AddCultureCommands(app, db);
  const auto run_targets = AddTargetCommands(app, db);
  const auto run_documents = AddDocumentCommands(app, db);

  CLI11_PARSE(app, argc, argv);

  if (const int rc = run_admission(); rc != -1) return rc;
  if (const int rc = run_lifecycle(); rc != -1) return rc;
  if (const int rc = run_report(); rc != -1) return rc;
  if (const int rc = run_meetings(); rc != -1) return rc;
  if (const int rc = run_rating(); rc != -1) return rc;
  if (const int rc = run_badge(); rc != -1) return rc;
  if (const int rc = run_inspection(); rc != -1) return rc;
  if (const int rc = run_discipline(); rc != -1) return rc;
  if (const int rc = run_dues(); rc != -1) return rc;
  if (const int rc = run_training(); rc != -1) return rc;
  if (const int rc = run_cadre(); rc != -1) return rc;
  if (const int rc = run_propaganda(); rc != -1) return rc;
  if (const int rc = run_print(); rc != -1) return rc;
  if (const int rc = run_self(); rc != -1) return rc;
  if (const int rc = run_rewards(); rc != -1) return rc;
  if (const int rc = run_culture(); rc != -1) return rc;
  if (const int rc = run_targets(); rc != -1) return rc;
  if (const int rc = run_documents(); rc != -1) return rc;

  if (*migrate) return Migrate(db);
  if (*init) return Init(db, init_opts);
  if (*serve) return Serve(db, serve_opts, argv[0]);
  if (*user_add) return UserAdd(db, add_opts);
  if (*user_passwd) return UserPasswd(db, passwd_name, passwd_stdin);
  if (*user_list) return UserList(db);
  if (*org_add) return OrgAdd(db, org_opts);
  if (*org_list) return OrgList(db);
  if (*org_tree) return OrgTree(db, tree_at);
  for (auto* cmd : changes) {
    if (*cmd) return OrgChange(db, change);
  }
  if (*stats) {
    if (!stats_from.empty() || !stats_to.empty() || !stats_kind.empty()) {
      return Flows(db, stats_org, stats_from, stats_to, stats_kind);
    }
    return Stats(db, stats_org, stats_at);
  }
  if (*member_add) return MemberAdd(db, member_file);
  if (*member_search) return MemberSearch(db, search_q, search_org, search_status);
  if (*member_show) return MemberShow(db, show_id);
  if (*member_import) {
    return MemberImport(db, import_file, import_org, import_commit, import_exclude);
  }
  if (*member_export) return MemberExport(db, export_org, export_status, export_format, export_out);
  if (*backup) return Backup(db, backup_to);
  if (*routes) return Routes(db);
  if (*verify) return Verify(db, verify_limit);
  if (*demo) return Demo(db, demo_opts);
  return 2;
}
