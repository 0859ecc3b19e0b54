// CLI commands for higher-level documents (`dangbo documents list|add|implement`).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or returns
// -1 when none of them was.
std::function<int()> AddDocumentCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
