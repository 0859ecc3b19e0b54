// CLI commands for inspection and supervision (`dangbo inspection list|show|programme|create|
// conclude|step`) and discipline (`dangbo discipline list|show|record|appeal|appeal-decision`).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or
// returns -1 when none of them was.
std::function<int()> AddInspectionCommands(CLI::App& app, DbOption& db);
std::function<int()> AddDisciplineCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
