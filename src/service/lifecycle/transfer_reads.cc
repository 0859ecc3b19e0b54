// Reading transfers: one by id, lists for a subtree (pending, incoming, outgoing, by state
// and kind), the members a unit hosts temporarily; labels and JSON.
#include <algorithm>
#include <set>

#include "service/core/access.h"
#include "service/core/kinds.h"
#include "service/lifecycle/transfer_rows_internal.h"
#include "service/lifecycle/transfers.h"

namespace dangbo::service {

namespace {

const char* kTransferSelect =
    "SELECT t.id, t.member_id, m.full_name, m.status, t.kind, t.state, t.from_org_id, fo.name, "
    "t.to_org_id, tor.name, t.external_unit, t.letter_no, t.letter_date, t.decision_no, "
    "t.decision_date, t.effective_on, t.until_on, t.purpose, t.confirmed_on, t.confirmed_by, "
    "t.returned_on, t.cancel_reason, t.note, t.event_id, t.return_event_id, t.created_by, "
    "t.created_at, t.updated_at, fo.path, tor.path FROM member_transfer t "
    "JOIN member m ON m.id = t.member_id LEFT JOIN org fo ON fo.id = t.from_org_id "
    "LEFT JOIN org tor ON tor.id = t.to_org_id ";

TransferRow ReadTransfer(const store::Row& r, const Date& today) {
  TransferRow row;
  Transfer& t = row.t;
  auto text = [&r](size_t i) { return r.OptText(i).value_or(""); };
  t.id = r.Int(0);
  t.member_id = r.Int(1);
  t.member_name = r.Text(2);
  t.member_status = r.Text(3);
  t.kind = r.Text(4);
  t.state = r.Text(5);
  t.from_org_id = r.OptInt(6);
  t.from_org_name = text(7);
  t.to_org_id = r.OptInt(8);
  t.to_org_name = text(9);
  t.external_unit = text(10);
  t.letter_no = text(11);
  t.letter_date = text(12);
  t.decision_no = text(13);
  t.decision_date = text(14);
  t.effective_on = text(15);
  t.until_on = text(16);
  t.purpose = text(17);
  t.confirmed_on = text(18);
  t.confirmed_by = text(19);
  t.returned_on = text(20);
  t.cancel_reason = text(21);
  t.note = text(22);
  t.event_id = r.OptInt(23);
  t.return_event_id = r.OptInt(24);
  t.created_by = text(25);
  t.created_at = text(26);
  t.updated_at = text(27);
  row.from_path = text(28);
  row.to_path = text(29);
  t.expired = t.kind == "temporary" && t.state == "confirmed" && !t.until_on.empty() &&
              t.until_on < today.Iso();
  return row;
}

}  // namespace

std::optional<TransferRow> LoadTransfer(store::Transaction& tx, int64_t id, const Date& today) {
  const auto r = tx.QueryOne(std::string(kTransferSelect) + "WHERE t.id = ?", {id});
  if (!r) return std::nullopt;
  return ReadTransfer(*r, today);
}

Error TransferNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy việc chuyển sinh hoạt có mã " + std::to_string(id) + ".");
}

namespace {

Result<std::vector<Transfer>> QueryTransfers(const Env& env, const Actor& actor,
                                             const TransferQuery& q, bool by_until) {
  Validator v;
  static const std::set<std::string> kSides = {"", "incoming", "outgoing"};
  static const std::set<std::string> kKinds = {"", "out", "in", "internal", "temporary"};
  static const std::set<std::string> kStates = {"",         "pending",   "confirmed",
                                                "returned", "cancelled", "voided"};
  v.Check(kSides.count(q.side) > 0, "side", "Phía phải là incoming hoặc outgoing.");
  v.Check(kKinds.count(q.kind) > 0, "kind", "Loại phải là out, in, internal hoặc temporary.");
  v.Check(kStates.count(q.state) > 0, "state",
          "Trạng thái phải là pending, confirmed, returned, cancelled hoặc voided.");
  if (!q.until_on_by.empty() && !Date::Parse(q.until_on_by)) {
    v.Fail("until_on_by", "Ngày phải có dạng YYYY-MM-DD.");
  }
  if (Status s = v.ToStatus(); !s) return s.error();
  const Date today = Today(env);
  store::Transaction tx = env.db.BeginRead();
  std::string path = actor.org_path;  // the actor's whole scope
  if (q.org_id > 0) {
    const auto org = tx.QueryOne("SELECT path FROM org WHERE id = ?", {q.org_id});
    if (!org || !InScope(actor, org->Text(0))) {
      return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(q.org_id) + ".");
    }
    path = org->Text(0);
  }
  if (Status s = Authorize(actor, Action::kMemberRead, path); !s) return s.error();
  const PathRange r = SubtreeRange(path);
  std::string where;
  store::Params p;
  const std::string from_in = "(fo.path >= ? AND fo.path < ?)";
  const std::string to_in = "(tor.path >= ? AND tor.path < ?)";
  if (q.side == "incoming") {
    where = "WHERE " + to_in;
    p = {r.lo, r.hi};
  } else if (q.side == "outgoing") {
    where = "WHERE " + from_in;
    p = {r.lo, r.hi};
  } else {
    where = "WHERE (" + from_in + " OR " + to_in + ")";
    p = {r.lo, r.hi, r.lo, r.hi};
  }
  if (!q.kind.empty()) {
    where += " AND t.kind = ?";
    p.push_back(q.kind);
  }
  if (!q.state.empty()) {
    where += " AND t.state = ?";
    p.push_back(q.state);
  }
  if (q.member_id > 0) {
    where += " AND t.member_id = ?";
    p.push_back(q.member_id);
  }
  if (!q.until_on_by.empty()) {
    where += " AND t.until_on IS NOT NULL AND t.until_on <= ?";
    p.push_back(q.until_on_by);
  }
  p.push_back(static_cast<int64_t>(std::clamp(q.limit, 1, 5000)));
  const bool until_order = by_until || !q.until_on_by.empty();
  std::vector<Transfer> out;
  tx.Each(std::string(kTransferSelect) + where +
              (until_order ? " ORDER BY t.until_on, t.id" : " ORDER BY t.id DESC") + " LIMIT ?",
          p, [&](const store::Row& row) { out.push_back(ReadTransfer(row, today).t); });
  return out;
}

}  // namespace

Result<std::vector<Transfer>> ListTransfers(const Env& env, const Actor& actor,
                                            const TransferQuery& q) {
  return QueryTransfers(env, actor, q, false);
}

Result<Transfer> GetTransfer(const Env& env, const Actor& actor, int64_t transfer_id) {
  store::Transaction tx = env.db.BeginRead();
  const auto row = LoadTransfer(tx, transfer_id, Today(env));
  if (!row) return TransferNotFound(transfer_id);
  const bool from_ok = !row->from_path.empty() && InScope(actor, row->from_path) &&
                       Authorize(actor, Action::kMemberRead, row->from_path).ok();
  const bool to_ok = !row->to_path.empty() && InScope(actor, row->to_path) &&
                     Authorize(actor, Action::kMemberRead, row->to_path).ok();
  if (!from_ok && !to_ok) return TransferNotFound(transfer_id);
  return row->t;
}

Result<std::vector<Transfer>> ListHostedTemporary(const Env& env, const Actor& actor,
                                                  int64_t org_id) {
  TransferQuery q;
  q.org_id = org_id;
  q.side = "incoming";
  q.kind = "temporary";
  q.state = "confirmed";
  q.limit = 5000;
  return QueryTransfers(env, actor, q, true);
}

std::string TransferKindLabel(const std::string& kind) {
  return std::string(vocab::LabelOf<TransferKind>(kind));
}

std::string TransferStateLabel(const std::string& state) {
  return std::string(vocab::LabelOf<TransferState>(state));
}

nlohmann::json TransferJson(const Transfer& t) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", t.id},
          {"member_id", t.member_id},
          {"member_name", t.member_name},
          {"member_status", t.member_status},
          {"kind", t.kind},
          {"kind_label", TransferKindLabel(t.kind)},
          {"state", t.state},
          {"state_label", TransferStateLabel(t.state)},
          {"from_org_id", opt(t.from_org_id)},
          {"from_org_name", t.from_org_name},
          {"to_org_id", opt(t.to_org_id)},
          {"to_org_name", t.to_org_name},
          {"external_unit", t.external_unit},
          {"letter_no", t.letter_no},
          {"letter_date", t.letter_date},
          {"decision_no", t.decision_no},
          {"decision_date", t.decision_date},
          {"effective_on", t.effective_on},
          {"until_on", t.until_on},
          {"purpose", t.purpose},
          {"confirmed_on", t.confirmed_on},
          {"confirmed_by", t.confirmed_by},
          {"returned_on", t.returned_on},
          {"cancel_reason", t.cancel_reason},
          {"note", t.note},
          {"event_id", opt(t.event_id)},
          {"return_event_id", opt(t.return_event_id)},
          {"created_by", t.created_by},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at},
          {"expired", t.expired}};
}

}  // namespace dangbo::service
