// CLI commands of members' own space: `dangbo member account ID --username TÊN` (the member's
// own account) and `dangbo correction list|resolve` (their requests to correct their file).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands; the returned callable runs the one chosen, or returns -1.
std::function<int()> AddSelfCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
