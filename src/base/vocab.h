// One vocabulary: a coded value (status, kind, role, action, ...) is defined once, as an
// enum class with a constexpr table of {value, stored code, Vietnamese label, flags}.
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dangbo::vocab {

template <typename E>
struct Entry {
  E value;
  std::string_view code;   // stored in the database and sent over the API: never changes
  std::string_view label;  // Vietnamese, for people
  uint32_t flags = 0;      // the domain's own bits (e.g. "active" for member statuses)
};

// A flag's name in the API answers ({"active": true}).
struct FlagName {
  uint32_t bit;
  std::string_view name;
};

// A domain declares, beside its enum and in the enum's namespace (found by
// argument-dependent lookup):
//   std::span<const vocab::Entry<E>> VocabOf(E);       // the table, in display order
//   std::span<const vocab::FlagName> VocabFlagsOf(E);  // optional: names of the flags
template <typename E>
concept Coded = std::is_enum_v<E> && requires(E e) {
  { VocabOf(e) } -> std::convertible_to<std::span<const Entry<E>>>;
};

template <typename E>
concept Flagged = Coded<E> && requires(E e) {
  { VocabFlagsOf(e) } -> std::convertible_to<std::span<const FlagName>>;
};

template <Coded E>
constexpr std::span<const Entry<E>> Table() {
  return VocabOf(E{});
}

template <Coded E>
constexpr const Entry<E>* Find(E e) {
  for (const Entry<E>& entry : Table<E>()) {
    if (entry.value == e) return &entry;
  }
  return nullptr;
}

template <Coded E>
constexpr const Entry<E>* FindCode(std::string_view code) {
  for (const Entry<E>& entry : Table<E>()) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

template <Coded E>
constexpr std::optional<E> Parse(std::string_view code) {
  const Entry<E>* entry = FindCode<E>(code);
  return entry ? std::optional<E>(entry->value) : std::nullopt;
}

template <Coded E>
constexpr bool IsCode(std::string_view code) {
  return FindCode<E>(code) != nullptr;
}

template <Coded E>
constexpr std::string_view Code(E e) {
  const Entry<E>* entry = Find(e);
  return entry ? entry->code : std::string_view();
}

template <Coded E>
constexpr std::string_view Label(E e) {
  const Entry<E>* entry = Find(e);
  return entry ? entry->label : std::string_view();
}

// The label of a stored code; the code itself when it is not in the table.
template <Coded E>
constexpr std::string_view LabelOf(std::string_view code) {
  const Entry<E>* entry = FindCode<E>(code);
  return entry ? entry->label : code;
}

template <Coded E>
constexpr bool HasFlag(E e, uint32_t bit) {
  const Entry<E>* entry = Find(e);
  return entry && (entry->flags & bit) != 0;
}

// Whether a stored code names a value with the flag.
template <Coded E>
constexpr bool CodeHasFlag(std::string_view code, uint32_t bit) {
  const Entry<E>* entry = FindCode<E>(code);
  return entry && (entry->flags & bit) != 0;
}

// Every value, in the table's order; with `bit`, only those that have the flag.
template <Coded E>
std::vector<E> All(uint32_t bit = 0) {
  std::vector<E> out;
  for (const Entry<E>& entry : Table<E>()) {
    if (bit == 0 || (entry.flags & bit) != 0) out.push_back(entry.value);
  }
  return out;
}

// The codes, in the table's order; with `bit`, only those that have the flag.
template <Coded E>
std::vector<std::string_view> Codes(uint32_t bit = 0) {
  std::vector<std::string_view> out;
  for (const Entry<E>& entry : Table<E>()) {
    if (bit == 0 || (entry.flags & bit) != 0) out.push_back(entry.code);
  }
  return out;
}

// For static_assert beside a table: codes and values unique, codes and labels non-empty,
// codes lower-case ASCII with '_' or '.' only (they go into SQL lists and URLs).
template <typename E>
constexpr bool WellFormed(std::span<const Entry<E>> table) {
  for (size_t i = 0; i < table.size(); ++i) {
    if (table[i].code.empty() || table[i].label.empty()) return false;
    for (char c : table[i].code) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
        return false;
      }
    }
    for (size_t j = 0; j < i; ++j) {
      if (table[j].code == table[i].code || table[j].value == table[i].value) return false;
    }
  }
  return true;
}

}  // namespace dangbo::vocab
