// CLI command for the printable forms: `dangbo print FORM ID --out TỆP.docx|.pdf`.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/commands.h"

namespace dangbo::cli {

// Registers `print`; the returned callable runs it, or returns -1 when it was not chosen.
std::function<int()> AddPrintCommands(CLI::App& app, DbOption& db);

}  // namespace dangbo::cli
