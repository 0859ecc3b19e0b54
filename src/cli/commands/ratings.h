// CLI commands for yearly ratings (`dangbo rating list|summary|step`) and party badges
// (`dangbo badge due|list|propose|step`).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or
// returns -1 when none of them was.
std::function<int()> AddRatingCommands(CLI::App& app, DbOption& db);
std::function<int()> AddBadgeCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
