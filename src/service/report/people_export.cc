// The people (or organizations) behind a figure as the list an office sends up: a workbook
// titled with the indicator, the organization and the period, or the committee's Word list.
#include <limits>

#include "service/orgs/orgs.h"
#include "service/report/indicators.h"
#include "service/report/narrative.h"
#include "tableio/tableio.h"

namespace dangbo::service {

namespace {

// "Đảng viên kết nạp mới — Năm 2024" (a flow) or "… tại ngày 31/12/2024" (a stock).
std::string Subject(const PeopleQuery& q) {
  const std::string when = q.indicator->shape == report::Shape::kStock
                               ? "tại ngày " + q.at.Vietnamese()
                               : q.period.Label();
  return q.indicator->label + " — " + when;
}

}  // namespace

Result<std::string> ExportIndicatorPeople(const Env& env, const Actor& actor, PeopleQuery q,
                                          const std::string& format) {
  q.page = 1;
  q.page_size = std::numeric_limits<int>::max();
  auto people = IndicatorPeople(env, actor, q);
  if (!people.ok()) return people.error();
  auto org = GetOrg(env, actor, q.org_id);
  if (!org.ok()) return org.error();
  const bool members = std::any_of(people->items.begin(), people->items.end(),
                                   [](const report::ListEntry& e) { return e.kind != "org"; });
  tableio::Table t;
  t.header = {"STT", members ? "Họ và tên" : "Tổ chức", "Đơn vị", "Ngày", "Ghi chú"};
  int n = 0;
  for (const report::ListEntry& e : people->items) {
    const auto day = Date::Parse(e.date);
    t.rows.push_back(
        {std::to_string(++n), e.name, e.org_name, day ? day->Vietnamese() : e.date, e.detail});
  }
  if (format == "docx") {
    return ListDocx(env, *org, Today(env),
                    {.subtitle = Subject(q), .list = std::move(t), .weights = {4, 22, 22, 10, 20}});
  }
  tableio::XlsxOptions options;
  options.title_lines = {"DANH SÁCH: " + Subject(q), org->name};
  options.kinds = {tableio::ColumnKind::kInteger};
  options.landscape = true;
  return tableio::WriteXlsx(t, options);
}

}  // namespace dangbo::service
