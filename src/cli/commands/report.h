// `dangbo report`: any set of indicators for a subtree, a date and a period, as a
// Vietnamese table (2.700; 94,57%) or as the API's JSON.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers `report` on `app`; the returned callable runs it, or returns -1 when it was
// not chosen.
std::function<int()> AddReportCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
