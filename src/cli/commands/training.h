// CLI commands for training (`dangbo training list|show|create|add|result`) and cadre
// planning (`dangbo cadre list|show|add|remove`).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or
// returns -1 when none of them was.
std::function<int()> AddTrainingCommands(CLI::App& app, DbOption& db);
std::function<int()> AddCadreCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
