// CLI commands for party development and its reports: candidates and their steps,
// recognition, admission targets, flows in a period, the worklist, the holiday table.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers the subcommands on `app`; the returned callable runs the one chosen, or
// returns -1 when none of them was.
std::function<int()> AddAdmissionCommands(CLI::App& app, DbOption& db);

// Flows of a subtree in [from, to] as JSON (counts and the admission target), or with
// `kind` the people behind that count. Empty dates: the start of this year, today.
int Flows(const DbOption& db, long long org_id, const std::string& from, const std::string& to,
          const std::string& kind);

}  // namespace dangbo::cli
