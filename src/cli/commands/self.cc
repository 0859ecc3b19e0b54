// Implementation of the self-service commands: a member's own account, and the correction
// requests of a subtree with their answers.
#include "cli/commands/self.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/accounts/password.h"
#include "service/self/self.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct SelfOpts {
  long long member = 0, org = 0, id = 0;
  std::string username, state, note;
  bool password_stdin = false;
};

}  // namespace

std::function<int()> AddSelfCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<SelfOpts>();
  Runs runs;
  auto add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };
  CLI::App* member = SharedSubcommand(app, "member", "Hồ sơ đảng viên");
  auto* account =
      member->add_subcommand("account", "Tạo tài khoản riêng cho đảng viên (xem hồ sơ của mình)");
  add_db(account);
  account->add_option("id", o->member, "Mã đảng viên")->required();
  account->add_option("--username", o->username, "Tên đăng nhập")->required();
  account->add_flag("--password-stdin", o->password_stdin, "Đọc mật khẩu từ dòng đầu của stdin");
  RunWithServices(runs, account, db, [o](const service::Env& env, const service::Actor& op) {
    std::string password;
    if (o->password_stdin) {
      std::getline(std::cin, password);
      while (!password.empty() && (password.back() == '\r' || password.back() == '\n')) {
        password.pop_back();
      }
    } else {
      password = service::GeneratePassword();
    }
    auto user = service::CreateMemberAccount(env, op, o->member, o->username, password);
    if (!user.ok()) return PrintError(user.error());
    std::cout << "Đã tạo tài khoản " << user->username << " cho đảng viên " << user->display_name
              << ".\n";
    if (!o->password_stdin) std::cout << "Mật khẩu: " << password << "\n";
    return 0;
  });

  auto* top = app.add_subcommand("correction", "Đề nghị sửa hồ sơ của đảng viên");
  top->require_subcommand(1);
  auto* list = top->add_subcommand("list", "Các đề nghị của đảng viên trong một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  list->add_option("--state", o->state, "pending, done hoặc rejected (mặc định: tất cả)");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    auto rows = service::ListCorrections(env, op, o->org, o->state);
    if (!rows.ok()) return PrintError(rows.error());
    for (const auto& c : *rows) {
      std::cout << c.id << "\t" << text::FormatDate(c.created_at.substr(0, 10)) << "\t"
                << c.full_name << "\t" << c.field_label << ": " << c.requested << "\t" << c.state
                << "\n";
    }
    std::cout << "Tổng số: " << text::FormatInt(static_cast<int64_t>(rows->size())) << ".\n";
    return 0;
  });
  auto* resolve = top->add_subcommand("resolve", "Trả lời một đề nghị: đã sửa hoặc không sửa");
  add_db(resolve);
  resolve->add_option("id", o->id, "Mã đề nghị")->required();
  resolve->add_option("--state", o->state, "done (đã sửa hồ sơ) hoặc rejected (không sửa)")
      ->required();
  resolve->add_option("--note", o->note, "Trả lời đảng viên (bắt buộc khi không sửa)");
  RunWithServices(runs, resolve, db, [o](const service::Env& env, const service::Actor& op) {
    auto c = service::ResolveCorrection(env, op, o->id, o->state, o->note);
    if (!c.ok()) return PrintError(c.error());
    std::cout << "Đã trả lời đề nghị " << c->id << " của " << c->full_name << ".\n";
    return 0;
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
