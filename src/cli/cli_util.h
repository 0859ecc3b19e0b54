// Shared by the CLI commands: printing an Error in Vietnamese, and running a command with
// an opened, migrated database as the console operator.
#pragma once

#include <functional>
#include <string>

#include "base/result.h"
#include "cli/commands.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::cli {

// Prints "Lỗi: <detail>" and the field errors to stderr; returns the exit code 1.
int PrintError(const Error& e);

// Writes `bytes` to `path` (binary); on failure prints "Lỗi: không ghi được tệp …" and
// returns 1, else 0.
int WriteFileOrFail(const std::string& path, const std::string& bytes);

// Opens `db` (a small pool), applies migrations and the shipped holidays, and runs `body`
// with the system clock and Actor::CliOperator(); faults become "Lỗi: ..." and exit code 1.
int WithServices(const DbOption& db,
                 const std::function<int(const service::Env&, const service::Actor&)>& body);

}  // namespace dangbo::cli
