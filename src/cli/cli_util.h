// Shared by the CLI commands: printing an Error in Vietnamese, running a command with an
// opened, migrated database as the console operator, reading a JSON file (a member file).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "cli/commands.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/members/members.h"

namespace CLI {
class App;
}

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

// The JSON object in the file `path` ("-" = stdin); an unreadable file or one that is not a
// JSON object is an Error::Invalid.
Result<nlohmann::json> ReadJsonObjectFile(const std::string& path);

// The subcommands of a command group and what each runs once parsed.
using Runs = std::vector<std::pair<CLI::App*, std::function<int()>>>;
// Adds `cmd` to `runs`, running `body` with the services open (WithServices on `db`, read
// when the command runs).
void RunWithServices(Runs& runs, CLI::App* cmd, const DbOption& db,
                     std::function<int(const service::Env&, const service::Actor&)> body);
// What a command group returns to main: runs the subcommand chosen, or returns -1 when none
// of `runs` was.
std::function<int()> RunChosen(Runs runs);
// The subcommand `name` of `app`, added (requiring one subcommand of its own) when another
// command file has not added it yet: "member" gathers the registry's, the lifecycle's and
// the self-service commands.
CLI::App* SharedSubcommand(CLI::App& app, const char* name, const char* help);

// Reads a member file (the API's JSON shape: org_id, the member fields as strings,
// confirm_duplicate) from `path` ("-" = stdin); an unreadable file or one that is not a JSON
// object is an Error::Invalid.
Result<service::MemberInput> ReadMemberFile(const std::string& path);

}  // namespace dangbo::cli
