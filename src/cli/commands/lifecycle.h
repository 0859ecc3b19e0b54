// CLI commands of the member lifecycle (`transfer …`, `card …`, `member exempt|remove|…`),
// acting as the console operator through the services (audited, via "cli").
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app` (the `member` ones under its existing `member`
// subcommand, so call this after that one is added); the returned callable runs the one
// chosen, or returns -1 when none of them was.
std::function<int()> AddLifecycleCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
