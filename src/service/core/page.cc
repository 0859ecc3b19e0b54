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

std::string Marks(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ", ?" : "?";
  return s;
}

void EachInList(const std::vector<int64_t>& ids,
                const std::function<void(std::span<const int64_t>)>& each) {
  constexpr size_t kSlice = 256;
  for (size_t i = 0; i < ids.size(); i += kSlice) {
    each(std::span<const int64_t>(ids).subspan(i, std::min(kSlice, ids.size() - i)));
  }
}

void CheckPaging(Validator& v, int page, int page_size, bool zero_is_all) {
  v.Check(page >= 1, "page", "Số trang phải từ 1 trở lên.");
  v.Check((page_size >= 1 || (zero_is_all && page_size == 0)) && page_size <= kMaxPageSize,
          "page_size", "Số dòng mỗi trang phải từ 1 đến " + std::to_string(kMaxPageSize) + ".");
}

void AndWithinYear(std::string& where, store::Params& params, const std::string& column, int year) {
  if (year == 0) return;
  where += " AND " + column + " >= ? AND " + column + " <= ?";
  params.push_back(std::to_string(year) + "-01-01");
  params.push_back(std::to_string(year) + "-12-31");
}

}  // namespace dangbo::service
