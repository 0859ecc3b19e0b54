// The awards of a subtree in a period as the list an office sends up: in Excel (the
// organization and the period in the title) or in Word (the committee's header, "DANH SÁCH",
// signature), one row per award, newest first.
#include "service/orgs/orgs.h"
#include "service/report/narrative.h"
#include "service/rewards/rewards.h"
#include "tableio/tableio.h"

namespace dangbo::service {

namespace {

// "từ 01/01/2025 đến 31/12/2025", "đến 31/12/2025", "" (every award).
std::string PeriodWords(const RewardQuery& q) {
  std::string out;
  if (const auto from = Date::Parse(q.from)) out = "từ " + from->Vietnamese();
  if (const auto to = Date::Parse(q.to)) out += (out.empty() ? "đến " : " đến ") + to->Vietnamese();
  return out;
}

}  // namespace

Result<std::string> ExportRewards(const Env& env, const Actor& actor, int64_t org_id, RewardQuery q,
                                  const std::string& format) {
  q.page = 1;
  q.page_size = 1'000'000;  // the whole selection
  auto rewards = ListRewards(env, actor, org_id, q);
  if (!rewards.ok()) return rewards.error();
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  tableio::Table t;
  t.header = {"STT",
              "Tập thể, cá nhân được khen",
              "Đơn vị",
              "Hình thức",
              "Cấp khen",
              "Số quyết định",
              "Ngày quyết định",
              "Thành tích"};
  int n = 0;
  for (const Reward& r : rewards->page.items) {
    t.rows.push_back({std::to_string(++n), r.recipient, r.org_name,
                      std::string(vocab::LabelOf<RewardForm>(r.form)),
                      std::string(vocab::LabelOf<RewardLevel>(r.level)), r.decision_no,
                      r.decided_on, r.reason});
  }
  const std::string period = PeriodWords(q);
  const std::string subject = "Tập thể, cá nhân được khen thưởng" +
                              (period.empty() ? std::string() : " " + period) + ": " +
                              std::to_string(rewards->collectives) + " tập thể, " +
                              std::to_string(rewards->individuals) + " cá nhân";
  if (format == "docx") {
    return ListDocx(
        env, *org, Today(env),
        {.subtitle = subject, .list = std::move(t), .weights = {5, 22, 18, 14, 12, 12, 11, 24}});
  }
  tableio::XlsxOptions options;
  options.title_lines = {"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                         org->name + (period.empty() ? "" : ", " + period)};
  options.kinds = {tableio::ColumnKind::kInteger, tableio::ColumnKind::kText,
                   tableio::ColumnKind::kText,    tableio::ColumnKind::kText,
                   tableio::ColumnKind::kText,    tableio::ColumnKind::kText,
                   tableio::ColumnKind::kDate,    tableio::ColumnKind::kText};
  options.landscape = true;
  return tableio::WriteXlsx(t, options);
}

}  // namespace dangbo::service
