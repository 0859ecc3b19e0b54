// `dangbo meeting`: list, add (from JSON, as the API), plan a year, take attendance, figures
// of a period and absence warnings; writes act as the CLI operator and are audited.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers `meeting` on `app`; the returned callable runs the subcommand chosen, or returns
// -1 when none was.
std::function<int()> AddMeetingCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
