// Paged lists: the page a list function answers, and the one reader of a page of SQL rows
// with its total.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "base/result.h"
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

// "?, ?, …" with `n` marks: the parameters of an SQL "IN (…)" list.
std::string Marks(size_t n);
// Calls `each` with `ids` in consecutive slices of at most 256, one "IN (Marks(n))" list each.
void EachInList(const std::vector<int64_t>& ids,
                const std::function<void(std::span<const int64_t>)>& each);

// The largest page a list answers.
inline constexpr int kMaxPageSize = 500;

// The one check of a page request: `page` from 1, `page_size` from 1 to kMaxPageSize, or 0
// when `zero_is_all` (exports and the CLI ask a service for every row that way).
void CheckPaging(Validator& v, int page, int page_size, bool zero_is_all = false);

// Walks the matches of a list in its order and says which fall on page `page` of
// `page_size` (0: every match); counts them all.
class PageWindow {
 public:
  PageWindow(int page, int page_size)
      : skip_(page_size == 0 ? 0 : static_cast<int64_t>(page - 1) * page_size), size_(page_size) {}
  // Counts one more match; true when it is on the page.
  bool Take() {
    const int64_t i = seen_++;
    return i >= skip_ && (size_ == 0 || i < skip_ + size_);
  }
  int64_t seen() const { return seen_; }

 private:
  int64_t skip_, size_, seen_ = 0;
};

// Adds " AND <column> within `year`" to a list's WHERE clause, with its two parameters;
// `year` 0 adds nothing (every year). `column` holds 'YYYY-MM-DD' dates.
void AndWithinYear(std::string& where, store::Params& params, const std::string& column, int year);

}  // namespace dangbo::service
