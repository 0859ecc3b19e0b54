// Vietnamese text: folding to ASCII search keys (Đ→d, diacritics dropped), collation in
// the Vietnamese order (ICU "vi"), name ordering as official lists use it, and Vietnamese
// number and date formats.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dangbo::text {

// Lower-case ASCII key: "Đặng Thị Ánh" -> "dang thi anh". Runs of whitespace become one
// space; leading/trailing space is trimmed. Characters with no ASCII base are kept as is.
std::string Fold(std::string_view utf8);

// The folded words of `utf8` ("Nguyễn  Văn An" -> {"nguyen", "van", "an"}).
std::vector<std::string> FoldedWords(std::string_view utf8);

// Upper case as Vietnamese writes it ("Đảng bộ Khối" -> "ĐẢNG BỘ KHỐI"): the header lines
// of official documents.
std::string Upper(std::string_view utf8);
// The first letter in lower case, for a label inside a sentence ("Đơn vị sự nghiệp" ->
// "đơn vị sự nghiệp").
std::string LowerFirst(std::string_view utf8);

// Without leading and trailing ASCII whitespace (space, tab, CR, LF).
std::string Trim(std::string_view s);

// True when `utf8` is well-formed UTF-8.
bool IsValidUtf8(std::string_view utf8);

// A byte string whose byte-wise order is the Vietnamese collation order of `utf8`,
// hex-encoded so that it sorts the same in SQLite (BINARY) and PostgreSQL (COLLATE "C").
std::string CollationKey(std::string_view utf8);

// The key official lists sort people by: given name, then family name, then middle names
// ("Nguyễn Văn An" sorts as "An Nguyễn Văn").
std::string NameSortKey(std::string_view full_name);

// Splits a Vietnamese full name into family, middle and given names.
struct NameParts {
  std::string family;
  std::string middle;
  std::string given;
};
NameParts SplitName(std::string_view full_name);

// "2.700", "-1.234.567"
std::string FormatInt(int64_t n);
// 3.34 -> "3,3" (1 decimal), 2729 -> "2.729": at most `decimals` decimals after a comma,
// trailing zeros dropped, thousands grouped.
std::string FormatDecimal(double value, int decimals);
// 94.5678 -> "94,57%", 72.5 -> "72,5%", 100 -> "100%": at most `decimals` decimals after a
// comma, trailing zeros dropped, thousands grouped ("1.300%").
std::string FormatPercent(double percent, int decimals = 2);
// "2026-11-21" -> "21/11/2026"; returns the input unchanged when it is not ISO.
std::string FormatDate(std::string_view iso_date);

}  // namespace dangbo::text
