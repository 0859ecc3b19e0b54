// Vietnamese collation keys (ICU "vi") and name ordering.
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "text/text.h"

namespace dangbo::text {

namespace {

// ICU collators are not thread-safe for use; each thread keeps a clone of the prototype.
const icu::Collator& Prototype() {
  static const std::unique_ptr<icu::Collator> kCollator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no Vietnamese collator");
    c->setStrength(icu::Collator::TERTIARY);
    return c;
  }();
  return *kCollator;
}

icu::Collator& ThreadCollator() {
  thread_local std::unique_ptr<icu::Collator> local(Prototype().clone());
  return *local;
}

}  // namespace

std::string CollationKey(std::string_view utf8) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::Collator& c = ThreadCollator();
  std::vector<uint8_t> buf(64 + utf8.size() * 4);
  int32_t n = c.getSortKey(u, buf.data(), static_cast<int32_t>(buf.size()));
  if (n > static_cast<int32_t>(buf.size())) {
    buf.resize(static_cast<size_t>(n));
    n = c.getSortKey(u, buf.data(), n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(static_cast<size_t>(n) * 2);
  for (int32_t i = 0; i < n; ++i) {
    if (buf[i] == 0) break;  // the key's terminator
    out.push_back(kHex[buf[i] >> 4]);
    out.push_back(kHex[buf[i] & 15]);
  }
  return out;
}

std::string NameSortKey(std::string_view full_name) {
  const NameParts p = SplitName(full_name);
  // Whole keys per part joined by a zero byte ("00" in hex), which sorts below every byte
  // of a key: the given name decides first at every strength, then the family name.
  return CollationKey(p.given) + "00" + CollationKey(p.family) + "00" + CollationKey(p.middle);
}

}  // namespace dangbo::text
