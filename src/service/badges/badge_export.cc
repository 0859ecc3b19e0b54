// The members due at a round as a list in the usual form, in Excel (the organization and the
// round in the title) or in Word (the committee's header, "DANH SÁCH", signature): one row per
// member with the milestone and the party age at the round.
#include "service/badges/badges.h"
#include "service/orgs/orgs.h"
#include "service/report/narrative.h"
#include "tableio/tableio.h"

namespace dangbo::service {

Result<std::string> ExportBadgesDue(const Env& env, const Actor& actor, int64_t org_id,
                                    const Date& round, const std::string& format, int milestone) {
  auto rows = BadgesDue(env, actor, org_id, round, {.milestone = milestone});
  if (!rows.ok()) return rows.error();
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  tableio::Table t;
  t.header = {"STT",
              "Họ và tên",
              "Đơn vị",
              "Ngày vào Đảng",
              "Huy hiệu",
              "Tuổi Đảng tại đợt xét",
              "Đủ mốc từ ngày",
              "Ghi chú"};
  int n = 0;
  for (const BadgeDueRow& d : rows->items) {
    std::string note = d.hold_reason;
    if (note.empty() && !d.badge_status.empty())
      note = std::string(vocab::LabelOf<BadgeStatus>(d.badge_status));
    t.rows.push_back({std::to_string(++n), d.full_name, d.org_name, d.admitted_on,
                      std::to_string(d.milestone) + " năm",
                      std::to_string(d.party_age_years) + " năm " +
                          std::to_string(d.party_age_months) + " tháng",
                      d.reached_on, note});
  }
  const std::string subject = "Đảng viên đề nghị tặng Huy hiệu Đảng đợt " + round.Vietnamese();
  if (format == "docx") {
    return ListDocx(
        env, *org, Today(env),
        {.subtitle = subject, .list = std::move(t), .weights = {5, 22, 22, 12, 9, 14, 12, 14}});
  }
  tableio::XlsxOptions options;
  options.title_lines = {"DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
                         "Đợt " + round.Vietnamese() + " — " + org->name};
  options.kinds = {tableio::ColumnKind::kInteger, tableio::ColumnKind::kText,
                   tableio::ColumnKind::kText,    tableio::ColumnKind::kDate,
                   tableio::ColumnKind::kText,    tableio::ColumnKind::kText,
                   tableio::ColumnKind::kDate,    tableio::ColumnKind::kText};
  options.landscape = true;
  return tableio::WriteXlsx(t, options);
}

}  // namespace dangbo::service
