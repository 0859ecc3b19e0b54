// Registers the dues fact tables — the units' monthly tallies (amounts due, paid, extra,
// arrears; members paid and unpaid) and the remittances up the tree — and their figures, so a
// province's year reads units × 12 tally rows, not members × 12 payments.
#include "service/dues/dues_indicators.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"

namespace dangbo::service {

namespace {

constexpr const char* kDong = "đồng";

void Flow(std::string code, std::string label, std::string unit, const std::string& source,
          const std::vector<std::string>& keys) {
  report::Register(report::SumOf(std::move(code), std::move(label), report::Shape::kFlow,
                                 std::move(unit), source, keys, false));
}

}  // namespace

void RegisterDuesIndicators() {
  // The tallies keep the versions they replace; payments and remittances are never changed,
  // only added to (a payment's correction is a new row).
  report::RegisterRecordedTable(VersionedReading("dues_tally"));
  report::RegisterRecordedTable({"dues_payment",
                                 "id, member_id, org_id, month, paid_on, kind, due, paid, extra, "
                                 "receipt_no, reason, corrects_id, recorded_at, recorded_by",
                                 "", "voided_at"});
  report::RegisterRecordedTable({"dues_remittance",
                                 "id, org_id, to_org_id, month, remitted_on, base, keep_percent, "
                                 "expected, amount, note, recorded_at, recorded_by",
                                 "", "voided_at"});
  report::FactTable tally;
  tally.name = "dues_tally";
  tally.from = "dues_tally";
  tally.date_col = "on_date";
  tally.weight_col = "amount";
  tally.list_select =
      "'org', e.org_id, o.name, NULL, e.on_date, 'Tháng ' || e.month || ': ' || CAST(e.amount AS "
      "TEXT)";
  report::RegisterFactTable(tally);

  report::FactTable remitted;
  remitted.name = "dues_remittance";
  remitted.from =
      "(SELECT id, org_id, remitted_on, 'remitted' AS kind, voided_at, amount, month FROM "
      "dues_remittance)";
  remitted.date_col = "remitted_on";
  remitted.voided_col = "voided_at";
  remitted.weight_col = "amount";
  remitted.list_select =
      "'org', e.org_id, o.name, NULL, e.remitted_on, 'Tháng ' || e.month || ': ' || "
      "CAST(e.amount AS TEXT)";
  report::RegisterFactTable(remitted);

  Flow("dues.due", "Đảng phí phải thu", kDong, "dues_tally", {"due"});
  Flow("dues.collected", "Đảng phí đã thu", kDong, "dues_tally", {"paid"});
  report::Indicator percent =
      report::SumOf("dues.collected_percent", "Tỷ lệ thu đảng phí", report::Shape::kFlow, "%",
                    "dues_tally", {"paid"}, false);
  percent.per = {{"dues_tally", "due"}};
  report::Register(percent);
  Flow("dues.extra", "Đảng viên tự nguyện đóng thêm", kDong, "dues_tally", {"extra"});
  Flow("dues.arrears_amount", "Đảng phí còn nợ (chưa đóng, không có lý do)", kDong, "dues_tally",
       {"arrears"});
  Flow("dues.arrears_members", "Lượt đảng viên chưa đóng đảng phí (người × tháng)", "lượt",
       "dues_tally", {"unpaid"});
  Flow("dues.payers", "Lượt đảng viên đóng đủ đảng phí (người × tháng)", "lượt", "dues_tally",
       {"payers"});
  Flow("dues.remitted", "Đảng phí đã nộp cấp trên (các cấp trong đơn vị)", kDong, "dues_remittance",
       {"remitted"});
}

}  // namespace dangbo::service
