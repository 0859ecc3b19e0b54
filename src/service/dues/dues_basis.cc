// Members' dues bases (income kind and amount from a month) and reliefs (exemptions and
// temporary reductions for a range of months), and a member's dues file.
#include <array>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/dues/dues.h"
#include "service/dues/dues_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/members/members.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<DuesReliefKind>, 2> kReliefKinds = {{
    {DuesReliefKind::kExemption, "exemption", "Miễn đóng đảng phí"},
    {DuesReliefKind::kReduction, "reduction", "Giảm mức đóng đảng phí (tạm thời)"},
}};
constexpr std::array<vocab::Entry<DuesReliefReason>, 4> kReliefReasons = {{
    {DuesReliefReason::kPartyAge, "party_age", "Tuổi đảng cao"},
    {DuesReliefReason::kHardship, "hardship", "Hoàn cảnh khó khăn"},
    {DuesReliefReason::kIllness, "illness", "Ốm đau dài ngày"},
    {DuesReliefReason::kOther, "other", "Lý do khác"},
}};
constexpr std::array<vocab::Entry<DuesEntryKind>, 2> kEntryKinds = {{
    {DuesEntryKind::kCollection, "collection", "Thu hằng tháng"},
    {DuesEntryKind::kCorrection, "correction", "Điều chỉnh"},
}};
static_assert(vocab::WellFormed<DuesReliefKind>(kReliefKinds));
static_assert(vocab::WellFormed<DuesReliefReason>(kReliefReasons));
static_assert(vocab::WellFormed<DuesEntryKind>(kEntryKinds));

constexpr int64_t kMaxBase = 1'000'000'000'000;  // one trillion đồng: above any salary

// The member (in scope, readable) whose dues file is written: its current unit.
Result<MemberState> WritableMember(store::Transaction& tx, const Actor& actor, int64_t id) {
  auto m = LoadMemberState(tx, id);
  if (!m || !InScope(actor, m->org_path)) return MemberNotFound(id);
  return *m;
}

DuesBasis BasisFromRow(const store::Row& r) {
  return {r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.OptText(5).value_or(""), r.Text(6), r.Int(4)};
}
constexpr const char* kBasisCols =
    "id, member_id, from_month, income, amount, note, recorded_at FROM dues_basis";

DuesRelief ReliefFromRow(const store::Row& r) {
  DuesRelief x;
  x.id = r.Int(0);
  x.member_id = r.Int(1);
  x.kind = r.Text(2);
  x.reason = r.Text(3);
  x.percent = static_cast<int>(r.Int(4));
  x.from_month = r.Text(5);
  x.to_month = r.OptText(6).value_or("");
  x.note = r.OptText(7).value_or("");
  x.recorded_at = r.Text(8);
  return x;
}
constexpr const char* kReliefCols =
    "id, member_id, kind, reason, percent, from_month, to_month, note, recorded_at FROM "
    "dues_relief";

}  // namespace

std::span<const vocab::Entry<DuesReliefKind>> VocabOf(DuesReliefKind) { return kReliefKinds; }
std::span<const vocab::Entry<DuesReliefReason>> VocabOf(DuesReliefReason) { return kReliefReasons; }
std::span<const vocab::Entry<DuesEntryKind>> VocabOf(DuesEntryKind) { return kEntryKinds; }

std::optional<Date> ParseDuesMonth(const std::string& month) {
  if (month.size() != 7 || month[4] != '-') return std::nullopt;
  const auto d = Date::Parse(month + "-01");
  if (!d || d->year() < 1930 || d->year() > 2200) return std::nullopt;
  return d;
}

nlohmann::json DuesBasisJson(const DuesBasis& b) {
  return {{"id", b.id},
          {"member_id", b.member_id},
          {"from_month", b.from_month},
          {"income", b.income},
          {"amount", b.amount},
          {"note", b.note},
          {"recorded_at", b.recorded_at}};
}

nlohmann::json DuesReliefJson(const DuesRelief& r) {
  return {{"id", r.id},
          {"member_id", r.member_id},
          {"kind", r.kind},
          {"reason", r.reason},
          {"percent", r.percent},
          {"from_month", r.from_month},
          {"to_month", r.to_month.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.to_month)},
          {"note", r.note},
          {"recorded_at", r.recorded_at}};
}

nlohmann::json DuesEntryJson(const DuesEntry& e) {
  return {{"id", e.id},
          {"member_id", e.member_id},
          {"org_id", e.org_id},
          {"month", e.month},
          {"paid_on", e.paid_on},
          {"kind", e.kind},
          {"due", e.due},
          {"paid", e.paid},
          {"extra", e.extra},
          {"receipt_no", e.receipt_no},
          {"reason", e.reason},
          {"corrects_id", e.corrects_id ? nlohmann::json(*e.corrects_id) : nlohmann::json()},
          {"recorded_at", e.recorded_at}};
}

nlohmann::json MemberDuesJson(const MemberDues& d) {
  nlohmann::json bases = nlohmann::json::array(), reliefs = nlohmann::json::array(),
                 entries = nlohmann::json::array();
  for (const auto& b : d.bases) bases.push_back(DuesBasisJson(b));
  for (const auto& r : d.reliefs) reliefs.push_back(DuesReliefJson(r));
  for (const auto& e : d.entries) entries.push_back(DuesEntryJson(e));
  return {{"member_id", d.member_id},
          {"full_name", d.full_name},
          {"bases", bases},
          {"reliefs", reliefs},
          {"entries", entries}};
}

Result<DuesBasis> SetDuesBasis(const Env& env, const Actor& actor, const DuesBasisInput& in) {
  Validator v;
  dues_internal::CheckMonth(v, in.from_month, "from_month", Today(env).AddMonths(12));
  const auto income = vocab::Parse<rules::DuesIncome>(in.income);
  v.Check(income.has_value(), "income",
          "Hãy chọn: hưởng lương, hưởng lương hưu, học sinh – sinh viên hoặc đảng viên khác.");
  const bool by_amount =
      income == rules::DuesIncome::kSalaried || income == rules::DuesIncome::kPensioner;
  v.Check(!by_amount || (in.amount > 0 && in.amount <= kMaxBase), "amount",
          "Hãy nhập số tiền lương (hoặc lương hưu) lớn hơn 0 đồng.");
  v.Check(in.amount >= 0 && in.amount <= kMaxBase, "amount", "Số tiền không hợp lệ.");
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  if (!v.ok()) return v.ToStatus().error();
  std::optional<MemberState> m;
  {
    store::Transaction rtx = env.db.BeginRead();
    auto found = WritableMember(rtx, actor, in.member_id);
    if (!found.ok()) return found.error();
    m = *found;
  }
  AuditEntry attempt{"dues.basis", "dues_basis", "", m->org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesBasis, m->org_id, attempt);
  if (!tx.ok()) return tx.error();
  const int64_t amount = by_amount ? in.amount : 0;
  const int64_t id =
      tx->QueryRow(
            "INSERT INTO dues_basis (member_id, org_id, from_month, income, amount, note, "
            "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {in.member_id, m->org_id, in.from_month, in.income, amount,
             in.note.empty() ? store::Value(nullptr) : store::Value(in.note),
             FormatTimestamp(env.clock.Now()), actor.display_name})
          .Int(0);
  const auto row = tx->QueryRow(std::string("SELECT ") + kBasisCols + " WHERE id = ?", {id});
  DuesBasis b = BasisFromRow(row);
  attempt.entity_id = std::to_string(id);
  attempt.after = DuesBasisJson(b);
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  tx->Commit();
  return b;
}

Result<DuesRelief> AddDuesRelief(const Env& env, const Actor& actor, const DuesReliefInput& in) {
  Validator v;
  const Date horizon = Today(env).AddMonths(12);
  dues_internal::CheckMonth(v, in.from_month, "from_month", horizon);
  if (!in.to_month.empty()) {
    dues_internal::CheckMonth(v, in.to_month, "to_month", Date(2200, 12, 1));
    v.Check(in.to_month >= in.from_month, "to_month", "Tháng kết thúc phải sau tháng bắt đầu.");
  }
  const auto kind = vocab::Parse<DuesReliefKind>(in.kind);
  v.Check(kind.has_value(), "kind", "Hãy chọn: miễn hoặc giảm đảng phí.");
  v.Check(vocab::Parse<DuesReliefReason>(in.reason).has_value(), "reason",
          "Hãy chọn lý do: tuổi đảng cao, hoàn cảnh khó khăn, ốm đau dài ngày hoặc lý do khác.");
  if (kind == DuesReliefKind::kReduction) {
    v.Check(in.percent >= 1 && in.percent <= 99, "percent",
            "Mức giảm phải từ 1% đến 99% (miễn đóng là 100%).");
  }
  CheckText(v, in.note, "note", "Ghi chú", 2'000, false);
  if (!v.ok()) return v.ToStatus().error();
  const int percent = kind == DuesReliefKind::kExemption ? 100 : in.percent;
  std::optional<MemberState> m;
  {
    store::Transaction rtx = env.db.BeginRead();
    auto found = WritableMember(rtx, actor, in.member_id);
    if (!found.ok()) return found.error();
    m = *found;
  }
  AuditEntry attempt{"dues.relief", "dues_relief", "", m->org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesBasis, m->org_id, attempt);
  if (!tx.ok()) return tx.error();
  const auto opt = [](const std::string& s) {
    return s.empty() ? store::Value(nullptr) : store::Value(s);
  };
  const int64_t id =
      tx->QueryRow(
            "INSERT INTO dues_relief (member_id, org_id, kind, reason, percent, from_month, "
            "to_month, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {in.member_id, m->org_id, in.kind, in.reason, int64_t{percent}, in.from_month,
             opt(in.to_month), opt(in.note), FormatTimestamp(env.clock.Now()), actor.display_name})
          .Int(0);
  DuesRelief r =
      ReliefFromRow(tx->QueryRow(std::string("SELECT ") + kReliefCols + " WHERE id = ?", {id}));
  attempt.entity_id = std::to_string(id);
  attempt.after = DuesReliefJson(r);
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  tx->Commit();
  return r;
}

Result<MemberDues> GetMemberDues(const Env& env, const Actor& actor, int64_t member_id) {
  if (Status s = dues_internal::CheckReader(actor); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  const auto m = LoadMemberState(tx, member_id);
  if (!m || !InScope(actor, m->org_path)) return MemberNotFound(member_id);
  MemberDues d;
  d.member_id = member_id;
  d.full_name = m->full_name;
  tx.Each(std::string("SELECT ") + kBasisCols +
              " WHERE member_id = ? AND voided_at IS NULL ORDER BY from_month DESC, id DESC",
          {member_id}, [&](const store::Row& r) { d.bases.push_back(BasisFromRow(r)); });
  tx.Each(std::string("SELECT ") + kReliefCols +
              " WHERE member_id = ? AND voided_at IS NULL ORDER BY from_month DESC, id DESC",
          {member_id}, [&](const store::Row& r) { d.reliefs.push_back(ReliefFromRow(r)); });
  const std::string since = dues_internal::MonthCode(Today(env).AddMonths(-24));
  tx.Each(
      "SELECT id, member_id, org_id, month, paid_on, kind, receipt_no, reason, recorded_at, due, "
      "paid, extra, corrects_id FROM dues_payment WHERE member_id = ? AND month >= ? AND "
      "voided_at IS NULL ORDER BY month DESC, id DESC",
      {member_id, since}, [&](const store::Row& r) {
        d.entries.push_back({r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5),
                             r.OptText(6).value_or(""), r.OptText(7).value_or(""), r.Text(8),
                             r.Int(9), r.Int(10), r.Int(11), r.OptInt(12)});
      });
  return d;
}

}  // namespace dangbo::service
