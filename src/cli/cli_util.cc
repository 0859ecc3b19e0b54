// CLI helpers.
#include "cli/cli_util.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "service/calendar/holidays.h"
#include "store/migrate.h"

namespace dangbo::cli {

int PrintError(const Error& e) {
  std::cerr << "Lỗi: " << (e.detail.empty() ? e.title : e.detail) << "\n";
  for (const auto& f : e.fields) std::cerr << "  - " << f.field << ": " << f.message << "\n";
  return 1;
}

int WriteFileOrFail(const std::string& path, const std::string& bytes) {
  std::ofstream o(path, std::ios::binary);
  o << bytes;
  if (!o) {
    std::cerr << "Lỗi: không ghi được tệp " << path << "\n";
    return 1;
  }
  return 0;
}

int WithServices(const DbOption& db,
                 const std::function<int(const service::Env&, const service::Actor&)>& body) {
  try {
    auto database = store::Database::Open(db.url, {.pool_size = 2});
    store::Migrate(*database);
    SystemClock clock;
    const service::Env env{*database, clock};
    service::EnsureShippedHolidays(env);
    return body(env, service::Actor::CliOperator());
  } catch (const std::exception& e) {
    std::cerr << "Lỗi: " << e.what() << "\n";
    return 1;
  }
}

void RunWithServices(Runs& runs, CLI::App* cmd, const DbOption& db,
                     std::function<int(const service::Env&, const service::Actor&)> body) {
  runs.emplace_back(cmd, [&db, body = std::move(body)] { return WithServices(db, body); });
}

std::function<int()> RunChosen(Runs runs) {
  return [runs = std::move(runs)] {
    for (const auto& [cmd, run] : runs) {
      if (*cmd) return run();
    }
    return -1;
  };
}

Result<nlohmann::json> ReadJsonObjectFile(const std::string& path) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(path);
    if (!in) return Error::Invalid("Không đọc được tệp " + path + ".");
    ss << in.rdbuf();
  }
  auto j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (!j.is_object()) return Error::Invalid("Nội dung không phải một đối tượng JSON.");
  return j;
}

Result<service::MemberInput> ReadMemberFile(const std::string& path) {
  const auto file = ReadJsonObjectFile(path);
  if (!file.ok()) return file.error();
  const nlohmann::json& j = *file;
  service::MemberInput in;
  in.org_id = j.value("org_id", int64_t{0});
  for (const auto& f : service::MemberFields()) {
    if (j.contains(f.name) && j[f.name].is_string()) {
      service::SetMemberField(in, f.name, j[f.name].get<std::string>());
    }
  }
  in.confirm_duplicate = j.value("confirm_duplicate", false);
  return in;
}

CLI::App* SharedSubcommand(CLI::App& app, const char* name, const char* help) {
  try {
    return app.get_subcommand(name);
  } catch (const CLI::OptionNotFound&) {
    CLI::App* sub = app.add_subcommand(name, help);
    sub->require_subcommand(1);
    return sub;
  }
}

}  // namespace dangbo::cli
