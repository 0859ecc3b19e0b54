// The as-recorded view: a one-pass scan of a statement that replaces registered table
// names in table position with their reading as of a moment.
#include "report/as_recorded.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace dangbo::report {

namespace {

std::vector<RecordedTable>& Tables() {
  static std::vector<RecordedTable> tables;
  return tables;
}

const RecordedTable* FindTable(std::string_view name) {
  for (const RecordedTable& t : Tables()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

bool IdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Words that may follow a table in FROM and are not its alias.
bool EndsTableRef(std::string_view word) {
  static const char* const kWords[] = {
      "WHERE", "ON",     "JOIN",      "LEFT",   "RIGHT",  "INNER",  "CROSS",
      "FULL",  "OUTER",  "NATURAL",   "GROUP",  "ORDER",  "LIMIT",  "UNION",
      "USING", "EXCEPT", "INTERSECT", "HAVING", "WINDOW", "OFFSET", "AS"};
  const std::string u = Upper(word);
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* w) { return u == w; });
}

// The table as of `moment` (a parenthesised subquery, without alias).
std::string Reading(const RecordedTable& t, const std::string& moment) {
  const std::string m = "'" + moment + "'";
  const std::string known =
      "(" + t.recorded_col + " IS NULL OR " + t.recorded_col + " <= " + m + ")";
  std::string cols = t.columns;
  if (!t.voided_col.empty()) {
    cols += ", CASE WHEN " + t.voided_col + " <= " + m + " THEN " + t.voided_col + " END AS " +
            t.voided_col;
  }
  std::string sql = "(SELECT " + cols + " FROM " + t.name + " WHERE " + known;
  if (!t.retired.empty()) {
    sql += " UNION ALL SELECT " + cols + " FROM " + t.retired + " WHERE " + known +
           " AND retired_at > " + m;
  }
  return sql + ")";
}

}  // namespace

void RegisterRecordedTable(RecordedTable t) { Tables().push_back(std::move(t)); }

bool IsMoment(std::string_view s) {
  static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd.dddZ";
  if (s.size() != kShape.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    if (kShape[i] == 'd' ? !digit : s[i] != kShape[i]) return false;
  }
  return true;
}

std::string AsRecordedSql(std::string_view sql, const std::string& moment) {
  std::string out;
  out.reserve(sql.size() * 2);
  std::string last_word;  // the last keyword or identifier, upper-cased
  char last_sig = 0;      // the last character that was not a space
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {  // a literal or a quoted name: copied whole
      size_t j = i + 1;
      while (j < sql.size() && !(sql[j] == c && (j + 1 >= sql.size() || sql[j + 1] != c))) {
        j += sql[j] == c ? 2 : 1;
      }
      j = std::min(j + 1, sql.size());
      out.append(sql.substr(i, j - i));
      last_sig = c;
      last_word.clear();
      i = j;
      continue;
    }
    if (!IdentStart(c)) {
      out += c;
      if (!std::isspace(static_cast<unsigned char>(c))) {
        last_sig = c;
        last_word.clear();
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < sql.size() && IdentChar(sql[j])) ++j;
    const std::string_view word = sql.substr(i, j - i);
    const bool table_position =
        last_sig != '.' && (j >= sql.size() || sql[j] != '.') &&
        (last_word == "FROM" || last_word == "JOIN" || (last_word.empty() && last_sig == ','));
    const RecordedTable* t = table_position ? FindTable(word) : nullptr;
    if (t == nullptr) {
      out.append(word);
    } else {
      size_t k = j;
      while (k < sql.size() && std::isspace(static_cast<unsigned char>(sql[k]))) ++k;
      size_t e = k;
      while (e < sql.size() && IdentChar(sql[e])) ++e;
      const bool aliased = e > k && IdentStart(sql[k]) && !EndsTableRef(sql.substr(k, e - k));
      const bool as_follows = e > k && Upper(sql.substr(k, e - k)) == "AS";
      out += Reading(*t, moment);
      if (!aliased && !as_follows) out += " AS " + t->name;
    }
    last_word = Upper(word);
    last_sig = word.back();
    i = j;
  }
  return out;
}

void ReadAsRecorded(store::Transaction& tx, const std::string& moment) {
  tx.SetSqlView([moment](std::string_view sql) { return AsRecordedSql(sql, moment); });
}

Result<std::string> ParseRecordedParam(std::string_view value, TimePoint now) {
  if (value.empty()) return std::string();
  std::string moment(value);
  if (!IsMoment(value)) {
    const auto day = Date::Parse(value);
    if (!day) {
      return Error::Invalid(
          "Tham số “recorded” (số liệu như đã ghi nhận đến) phải là ngày YYYY-MM-DD.",
          {{"recorded", "Ngày không hợp lệ."}});
    }
    if (*day > Date::InVietnam(now)) {
      return Error::Invalid("Ngày ghi nhận số liệu không được sau hôm nay.",
                            {{"recorded", "Không được sau hôm nay."}});
    }
    return EndOfDayMoment(*day);
  }
  if (moment > FormatTimestamp(now)) {
    return Error::Invalid("Thời điểm ghi nhận số liệu không được sau hiện tại.",
                          {{"recorded", "Không được sau hiện tại."}});
  }
  return moment;
}

std::string EndOfDayMoment(const Date& day) { return day.Iso() + "T16:59:59.999Z"; }

}  // namespace dangbo::report
