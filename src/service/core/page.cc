// Paged lists: the total, then one page of rows.
#include "service/core/page.h"

namespace dangbo::service {

int64_t EachOnPage(store::Transaction& tx, const PagedSql& sql, int page, int page_size,
                   const store::RowCallback& each) {
  const int64_t total =
      tx.QueryRow("SELECT COUNT(*) " + sql.count_from + sql.where, sql.params).Int(0);
  store::Params params = sql.params;
  params.push_back(static_cast<int64_t>(page_size));
  params.push_back(static_cast<int64_t>(page - 1) * page_size);
  tx.Each(sql.select + sql.where + " " + sql.order + " LIMIT ? OFFSET ?", params, each);
  return total;
}

void AndWithinYear(std::string& where, store::Params& params, const std::string& column, int year) {
  if (year == 0) return;
  where += " AND " + column + " >= ? AND " + column + " <= ?";
  params.push_back(std::to_string(year) + "-01-01");
  params.push_back(std::to_string(year) + "-12-31");
}

}  // namespace dangbo::service
