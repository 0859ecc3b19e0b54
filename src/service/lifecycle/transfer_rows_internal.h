// How the transfer services read member_transfer rows: the transfer with the paths of its
// two sides (for scope checks). Shared by transfers.cc (writes) and transfer_reads.cc (lists).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/result.h"
#include "service/core/audit.h"
#include "service/lifecycle/transfers.h"
#include "service/orgs/orgs.h"
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

// The fields of a new member_transfer row.
struct NewTransfer {
  int64_t member_id = 0;
  std::string kind, state;
  std::optional<int64_t> from_org_id, to_org_id;
  std::string external_unit;
  TransferLetter letter;
  Decision decision;
  std::string until_on, purpose, note;
};
int64_t InsertTransfer(store::Transaction& tx, const NewTransfer& n, const Actor& actor,
                       const std::string& now);
// A transfer confirmed as it is recorded (out, in): its row, its member event `event_kind`
// in `event_org` on the decision's date (detail: the transfer, the letter, the note, and
// `extra`) and the link between them.
struct RecordedTransfer {
  int64_t id = 0;
  int64_t event_id = 0;
};
RecordedTransfer RecordConfirmedTransfer(store::Transaction& tx, const Actor& actor,
                                         const NewTransfer& n, const std::string& event_kind,
                                         int64_t event_org, const nlohmann::json& extra,
                                         const Date& today, TimePoint now);
// Common close of every transfer write: records `audit`, commits and returns transfer `id` as
// written.
Result<Transfer> CommitTransfer(store::Transaction& tx, const Actor& actor, const AuditEntry& audit,
                                int64_t id, const Date& today, TimePoint now);

// A transfer in of a member who left by transfer and comes back (the same CCCD): the file
// with status transferred_out, the latest such one; none without a CCCD.
std::optional<int64_t> ReturningMember(store::Transaction& tx, const std::string& national_id);
// The member continues their own file (party age and people counts stay right) in `unit`
// from the transfer's date, with the status they had; the event keeps the span before
// ("prev"), so voiding it sends the file back out. Commits.
Result<Transfer> ReturnToOwnFile(store::Transaction& tx, const Actor& actor, AuditEntry& audit,
                                 int64_t member_id, const Org& unit, const TransferInInput& raw,
                                 const Date& today, TimePoint now);

}  // namespace dangbo::service
