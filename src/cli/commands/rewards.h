// CLI commands for rewards and emulation (`dangbo rewards list|add|void|movements|movement`).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or returns
// -1 when none of them was.
std::function<int()> AddRewardCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
