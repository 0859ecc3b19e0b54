// CLI helpers.
#include "cli/cli_util.h"

#include <fstream>
#include <iostream>

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

}  // namespace dangbo::cli
