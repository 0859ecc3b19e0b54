// Transfers of party membership (chuyển sinh hoạt đảng): out, in, internal (pending until
// the receiving side confirms) and temporary (the member stays counted at home).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

// Giấy giới thiệu sinh hoạt đảng: number and date (optional; the date not after the
// transfer's effective date).
struct TransferLetter {
  std::string letter_no;
  std::string letter_date;
};

// Chuyển sinh hoạt đảng chính thức ra ngoài: the member leaves the stock from effective_on
// (status transferred_out in the unit left). Event transferred_out.
struct TransferOutInput {
  Decision decision;
  std::string external_unit;  // where to, e.g. "Đảng bộ tỉnh Lâm Đồng" (required)
  TransferLetter letter;
  std::string note;
};

// From outside the tree: a new member file in the receiving unit (member.org_id) whose
// history here starts on effective_on (earlier registry events keep no unit of ours).
// Event transferred_in.
struct TransferInInput {
  MemberInput member;
  Decision decision;
  std::string external_unit;  // where from (required)
  TransferLetter letter;
  std::string note;
};

// Between two units of the tree. The sending side creates it (pending); the receiving side
// confirms and the member moves on effective_on (event transferred_internal).
struct InternalTransferInput {
  int64_t to_org_id = 0;
  Decision decision;
  TransferLetter letter;
  std::string note;
  bool confirm_now = false;  // the actor also has rights on the receiving unit
};

// Sinh hoạt tạm thời: work 3 to under 12 months, domestic study 3 to 24 months
// (rules::CheckTemporaryTransfer with the rules in force on effective_on). To a unit of the
// tree (pending until it confirms) or outside it (at once). Event temporary_out.
struct TemporaryTransferInput {
  std::string purpose;  // work | study
  Decision decision;    // effective_on: the first day away
  std::string until_on;
  int64_t to_org_id = 0;      // a unit of the tree, or
  std::string external_unit;  // one outside
  TransferLetter letter;
  std::string note;
  bool confirm_now = false;
};

struct Transfer {
  int64_t id = 0;
  int64_t member_id = 0;
  std::string member_name;
  std::string member_status;
  std::string kind;   // out | in | internal | temporary
  std::string state;  // pending | confirmed | returned | cancelled | voided
  std::optional<int64_t> from_org_id, to_org_id;
  std::string from_org_name, to_org_name, external_unit;
  std::string letter_no, letter_date, decision_no, decision_date;
  std::string effective_on, until_on, purpose;
  std::string confirmed_on, confirmed_by, returned_on, cancel_reason, note;
  std::optional<int64_t> event_id, return_event_id;
  std::string created_by, created_at, updated_at;
  bool expired = false;  // a temporary stay still open after its until_on (today)
};

Result<Transfer> TransferOut(const Env& env, const Actor& actor, int64_t member_id,
                             const TransferOutInput& in);
Result<Transfer> TransferIn(const Env& env, const Actor& actor, const TransferInInput& in);
Result<Transfer> CreateInternalTransfer(const Env& env, const Actor& actor, int64_t member_id,
                                        const InternalTransferInput& in);
Result<Transfer> CreateTemporaryTransfer(const Env& env, const Actor& actor, int64_t member_id,
                                         const TemporaryTransferInput& in);
// The receiving side (rights on to_org) confirms a pending transfer.
Result<Transfer> ConfirmTransfer(const Env& env, const Actor& actor, int64_t transfer_id,
                                 const std::string& note);
// Either side withdraws a pending transfer, with a reason. Nothing moves.
Result<Transfer> CancelTransfer(const Env& env, const Actor& actor, int64_t transfer_id,
                                const std::string& reason);
// The end of a temporary stay (either side): event temporary_returned.
Result<Transfer> ReturnFromTemporary(const Env& env, const Actor& actor, int64_t transfer_id,
                                     const std::string& returned_on, const std::string& note);

struct TransferQuery {
  int64_t org_id = 0;       // a subtree; 0 = the actor's scope
  std::string side;         // "" either side in the subtree | incoming | outgoing
  std::string kind;         // "" all | out | in | internal | temporary
  std::string state;        // "" all | pending | confirmed | returned | cancelled | voided
  int64_t member_id = 0;    // 0 = all
  std::string until_on_by;  // temporary stays planned to end on or before this date
  int limit = 500;
};
// Newest first (temporary stays filtered by until_on_by: soonest end first).
Result<std::vector<Transfer>> ListTransfers(const Env& env, const Actor& actor,
                                            const TransferQuery& q);
Result<Transfer> GetTransfer(const Env& env, const Actor& actor, int64_t transfer_id);
// Members staying temporarily in `org_id`'s subtree (confirmed, not returned), by until_on:
// they take part in its meetings but are not counted in its total.
Result<std::vector<Transfer>> ListHostedTemporary(const Env& env, const Actor& actor,
                                                  int64_t org_id);

std::string TransferKindLabel(const std::string& kind);
std::string TransferStateLabel(const std::string& state);
nlohmann::json TransferJson(const Transfer& t);

}  // namespace dangbo::service
