// How the transfer services read member_transfer rows: the transfer with the paths of its
// two sides (for scope checks). Shared by transfers.cc (writes) and transfer_reads.cc (lists).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/date.h"
#include "base/result.h"
#include "service/lifecycle/transfers.h"
#include "store/database.h"

namespace dangbo::service {

struct TransferRow {
  Transfer t;
  std::string from_path;  // empty when that side is outside the tree
  std::string to_path;
};

// The transfer `id` as of `today` (for the `expired` flag), or nullopt.
std::optional<TransferRow> LoadTransfer(store::Transaction& tx, int64_t id, const Date& today);
Error TransferNotFound(int64_t id);

}  // namespace dangbo::service
