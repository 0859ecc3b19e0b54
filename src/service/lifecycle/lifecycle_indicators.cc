// Registers member_event and the internal transfers' two sides as fact tables, with one
// flow indicator per event kind (the vocabulary's label) and the transfer indicators.
#include "service/lifecycle/lifecycle_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"

namespace dangbo::service {

namespace {

constexpr const char* kMembers = "đảng viên";
constexpr const char* kTimes = "lượt";

// Every member event kind counted as a flow, in catalogue order: what it counts (people,
// or times for what may happen to one person more than once) and whether the flows
// report shows it.
struct EventFlow {
  MemberEventKind kind;
  const char* unit;
  bool in_flows_report;
};
using MK = MemberEventKind;
constexpr EventFlow kEventFlows[] = {
    {MK::kAdmitted, kMembers, true},
    {MK::kReadmitted, kMembers, true},
    {MK::kRecognized, kMembers, true},
    {MK::kRecognitionRefused, kMembers, true},
    {MK::kTransferredOut, kTimes, true},
    {MK::kTransferredIn, kTimes, true},
    {MK::kTransferredInternal, kTimes, true},
    {MK::kTemporaryOut, kTimes, true},
    {MK::kCardIssued, kTimes, true},
    {MK::kCardReissued, kTimes, true},
    {MK::kExempted, kMembers, true},
    {MK::kRemoved, kMembers, true},
    {MK::kExpelled, kMembers, true},
    {MK::kLeft, kMembers, true},
    {MK::kDied, kMembers, true},
    {MK::kTemporaryReturned, kTimes, false},
    {MK::kExemptionEnded, kMembers, false},
    {MK::kUnitChanged, kTimes, false},
};

// The member behind an event, as the list of a figure shows it.
constexpr const char* kMemberFactList =
    "'member', m.id, m.full_name, COALESCE(o.name, f.name), e.occurred_on, e.decision_no";
constexpr const char* kMemberFactJoin = " JOIN member m ON m.id = e.member_id";

// A subquery of member events with the standard columns and from_org_id, member_id and
// decision_no, as a two-sided fact table listing the members behind it.
report::FactTable TwoSidedMemberFacts(std::string name, std::string from) {
  report::FactTable t;
  t.name = std::move(name);
  t.from = std::move(from);
  t.date_col = "occurred_on";
  t.voided_col = "voided_at";
  t.from_org_col = "from_org_id";
  t.list_select = kMemberFactList;
  t.list_joins = kMemberFactJoin;
  return t;
}

// Member events of one kind that move a member from one unit to another, as a two-sided
// fact table: `from_unit` joins the unit they came from as `src` (its org_id) to `ev`.
report::FactTable MemberMoves(const char* name, const char* kind, const char* from_unit) {
  return TwoSidedMemberFacts(
      name, std::string("(SELECT ev.org_id, src.org_id AS from_org_id, ev.occurred_on, ev.kind, "
                        "ev.voided_at, ev.member_id, ev.decision_no FROM member_event ev JOIN ") +
                from_unit + " WHERE ev.kind = '" + kind + "')");
}

// Internal transfers as seen from a subtree: both units inside, or one of them.
report::FactTable InternalMoves() {
  return MemberMoves(
      "member_transfer_internal", "transferred_internal",
      "(SELECT event_id, from_org_id AS org_id FROM member_transfer) src ON src.event_id = ev.id");
}

// Members moved to another unit by a restructuring (unit_changed), from the unit of the
// span that ended on the event's date (which may be the day that unit ended).
report::FactTable UnitChanges() {
  report::FactTable t = MemberMoves(
      "member_unit_changed", "unit_changed",
      "member_span src ON src.member_id = ev.member_id AND src.valid_to = ev.occurred_on");
  t.may_end_unit = true;
  return t;
}

// Every transfer seen from a subtree, to count people rather than times: out of the
// committee (no arrival unit), into it (no departure unit) and internal, under one kind.
report::FactTable TransferPeople() {
  const std::string cols =
      ", ev.occurred_on, 'transfer' AS kind, ev.voided_at, ev.member_id, "
      "ev.decision_no FROM member_event ev";
  report::FactTable t = TwoSidedMemberFacts(
      "member_transfer_people",
      "(SELECT ev.org_id, NULL AS from_org_id" + cols +
          " WHERE ev.kind = 'transferred_in' UNION ALL SELECT NULL, ev.org_id" + cols +
          " WHERE ev.kind = 'transferred_out' UNION ALL SELECT ev.org_id, tr.from_org_id" + cols +
          " JOIN member_transfer tr ON tr.event_id = ev.id WHERE ev.kind = "
          "'transferred_internal')");
  t.distinct_col = "member_id";
  return t;
}

void RegisterTransfers() {
  report::RegisterFactTable(TransferPeople());
  for (const auto& [side, label] :
       {std::pair<const char*, const char*>{"out", "Đảng viên chuyển sinh hoạt ra khỏi tổ chức"},
        {"in", "Đảng viên chuyển sinh hoạt vào tổ chức"},
        {"internal", "Đảng viên chuyển sinh hoạt giữa các đơn vị trong tổ chức"}}) {
    report::Register(report::SumOf(std::string("transfers.") + side + "_people", label,
                                   report::Shape::kFlow, kMembers, "member_transfer_people",
                                   {std::string("transfer.") + side}, true));
  }
  const report::FactTable moves = InternalMoves();
  report::RegisterFactTable(moves);
  report::RegisterFactTable(UnitChanges());
  const std::string internal(vocab::Code(MK::kTransferredInternal));
  report::Indicator out = report::SumOf(
      "transfers.out", "Chuyển sinh hoạt ra khỏi tổ chức (cả trong Đảng bộ)", report::Shape::kFlow,
      kTimes, "member_event", {std::string(vocab::Code(MK::kTransferredOut))}, true);
  out.terms.push_back({moves.name, internal + ".out"});
  report::Register(out);
  report::Indicator into = report::SumOf(
      "transfers.in", "Chuyển sinh hoạt vào tổ chức (cả trong Đảng bộ)", report::Shape::kFlow,
      kTimes, "member_event", {std::string(vocab::Code(MK::kTransferredIn))}, true);
  into.terms.push_back({moves.name, internal + ".in"});
  report::Register(into);
  // The balance's two sides, relative to the subtree (opening and closing are the members
  // domain's): who joined it and who left it in the period.
  report::Indicator increase = report::SumOf(
      "balance.increase", "Đảng viên tăng trong kỳ", report::Shape::kFlow, kMembers, "member_event",
      {std::string(vocab::Code(MK::kAdmitted)), std::string(vocab::Code(MK::kReadmitted)),
       std::string(vocab::Code(MK::kTransferredIn))},
      true);
  increase.terms.push_back({moves.name, internal + ".in"});
  increase.terms.push_back({"member_unit_changed", "unit_changed.in"});
  increase.terms.push_back({"member_unit_moves", "in"});
  report::Register(increase);
  report::Indicator decrease = report::SumOf(
      "balance.decrease", "Đảng viên giảm trong kỳ", report::Shape::kFlow, kMembers, "member_event",
      {std::string(vocab::Code(MK::kTransferredOut)), std::string(vocab::Code(MK::kRemoved)),
       std::string(vocab::Code(MK::kExpelled)), std::string(vocab::Code(MK::kLeft)),
       std::string(vocab::Code(MK::kDied))},
      true);
  decrease.terms.push_back({moves.name, internal + ".out"});
  decrease.terms.push_back({"member_unit_changed", "unit_changed.out"});
  decrease.terms.push_back({"member_unit_moves", "out"});
  report::Register(decrease);
  report::Register(
      report::SumOf("transfers.internal", "Chuyển sinh hoạt giữa các đơn vị trong tổ chức",
                    report::Shape::kFlow, kTimes, moves.name, {internal + ".internal"}, true));
}

}  // namespace

const report::FactTable& MemberEventFacts() {
  static const report::FactTable t = [] {
    report::FactTable m;
    m.name = "member_event";
    m.from = "member_event";
    m.date_col = "occurred_on";
    m.voided_col = "voided_at";
    m.list_select = "'member', m.id, m.full_name, o.name, e.occurred_on, e.decision_no";
    m.list_joins = kMemberFactJoin;
    return m;
  }();
  return t;
}

const std::vector<MemberEventKind>& FlowReportKinds() {
  static const std::vector<MemberEventKind> kinds = [] {
    std::vector<MemberEventKind> out;
    for (const EventFlow& f : kEventFlows) {
      if (f.in_flows_report) out.push_back(f.kind);
    }
    return out;
  }();
  return kinds;
}

void RegisterLifecycleIndicators() {
  report::RegisterRecordedTable({"member_event",
                                 "id, member_id, kind, occurred_on, org_id, decision_no, "
                                 "decision_date, detail_json, recorded_by, recorded_at, "
                                 "void_reason",
                                 "", "voided_at"});
  report::RegisterFactTable(MemberEventFacts());
  for (const EventFlow& f : kEventFlows) {
    const std::string code(vocab::Code(f.kind));
    report::Register(report::SumOf("flows." + code, std::string(vocab::Label(f.kind)),
                                   report::Shape::kFlow, f.unit, "member_event", {code}, true));
  }
  RegisterTransfers();
}

}  // namespace dangbo::service
