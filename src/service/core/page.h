// Paged lists: the page a list function answers, and the one reader of a page of SQL rows
// with its total.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace dangbo::service {

// One page of a list and how many rows the whole list has.
template <typename T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
};

// A list in SQL: `select` and `count_from` are followed by `where` (which may start with the
// FROM clause itself) and `params`; `order` ("ORDER BY …") makes the pages stable.
struct PagedSql {
  std::string select;      // "SELECT columns [FROM …]"
  std::string count_from;  // what follows "SELECT COUNT(*)": "FROM …", or "" when `where` has it
  std::string where;
  std::string order;
  store::Params params;
};

// Calls `each` on the rows of page `page` (from 1) of `page_size` rows, in `tx`; returns the
// number of rows of the whole list.
int64_t EachOnPage(store::Transaction& tx, const PagedSql& sql, int page, int page_size,
                   const store::RowCallback& each);

// Adds " AND <column> within `year`" to a list's WHERE clause, with its two parameters;
// `year` 0 adds nothing (every year). `column` holds 'YYYY-MM-DD' dates.
void AndWithinYear(std::string& where, store::Params& params, const std::string& column, int year);

}  // namespace dangbo::service
