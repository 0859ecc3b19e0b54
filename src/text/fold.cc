// Folding, splitting and upper-casing of Vietnamese text.
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <mutex>

#include "text/text.h"

namespace dangbo::text {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point (U+FFFD on error) and
// advances i.
char32_t Decode(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0) {
    const int c1 = cont(1);
    if (c1 >= 0 && b0 >= 0xC2) {
      i += 2;
      return static_cast<char32_t>(((b0 & 0x1F) << 6) | c1);
    }
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1;
    if (c2 >= 0) {
      const char32_t cp = static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        i += 3;
        return cp;
      }
    }
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1, c3 = c2 >= 0 ? cont(3) : -1;
    if (c3 >= 0) {
      const char32_t cp = static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) {
        i += 4;
        return cp;
      }
    }
  }
  ++i;
  return 0xFFFD;
}

void Encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Base letters for U+00C0..U+024F and U+1E00..U+1EFF, from ICU's canonical decomposition,
// computed once; 0 where there is no ASCII base letter.
class FoldTable {
 public:
  FoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    auto base = [&](char32_t cp) -> char {
      if (cp == 0x0110 || cp == 0x0111) return 'd';  // Đ đ: no decomposition
      icu::UnicodeString d;
      if (U_FAILURE(status) || !nfd->getDecomposition(static_cast<UChar32>(cp), d) ||
          d.length() == 0) {
        return 0;
      }
      const UChar32 first = d.char32At(0);
      if (first >= 'A' && first <= 'Z') return static_cast<char>(first - 'A' + 'a');
      if (first >= 'a' && first <= 'z') return static_cast<char>(first);
      return 0;
    };
    for (char32_t cp = 0xC0; cp <= 0x24F; ++cp) latin_[cp - 0xC0] = base(cp);
    for (char32_t cp = 0x1E00; cp <= 0x1EFF; ++cp) extended_[cp - 0x1E00] = base(cp);
  }

  char Base(char32_t cp) const {
    if (cp >= 0xC0 && cp <= 0x24F) return latin_[cp - 0xC0];
    if (cp >= 0x1E00 && cp <= 0x1EFF) return extended_[cp - 0x1E00];
    return 0;
  }

 private:
  std::array<char, 0x24F - 0xC0 + 1> latin_{};
  std::array<char, 0x1EFF - 0x1E00 + 1> extended_{};
};

const FoldTable& Table() {
  static const FoldTable kTable;  // immutable after construction; thread-safe init
  return kTable;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}

}  // namespace

std::string Trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t cp = Decode(s, i);
    if (cp == 0xFFFD && !(i - at == 3 && s.substr(at, 3) == "\xEF\xBF\xBD")) return false;
  }
  return true;
}

std::string Fold(std::string_view s) {
  const FoldTable& table = Table();
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = Decode(s, i);
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
    } else if (const char b = table.Base(cp)) {
      out.push_back(b);
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // A combining mark (text in decomposed form): drop it.
    } else {
      Encode(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
    }
  }
  return out;
}

std::vector<std::string> FoldedWords(std::string_view s) {
  std::vector<std::string> words;
  const std::string folded = Fold(s);
  size_t pos = 0;
  while (pos < folded.size()) {
    size_t end = folded.find(' ', pos);
    if (end == std::string::npos) end = folded.size();
    if (end > pos) words.push_back(folded.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

NameParts SplitName(std::string_view full_name) {
  std::vector<std::string> words;
  size_t i = 0;
  std::string cur;
  while (i < full_name.size()) {
    const size_t at = i;
    const char32_t cp = Decode(full_name, i);
    if (IsSpace(cp)) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.append(full_name.substr(at, i - at));
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  NameParts p;
  if (words.empty()) return p;
  p.given = words.back();
  if (words.size() >= 2) p.family = words.front();
  for (size_t w = 1; w + 1 < words.size(); ++w) {
    if (!p.middle.empty()) p.middle += ' ';
    p.middle += words[w];
  }
  return p;
}

std::string Upper(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.toUpper(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string LowerFirst(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (u.isEmpty()) return "";
  const int32_t end = u.moveIndex32(0, 1);
  icu::UnicodeString first = u.tempSubString(0, end);
  first.toLower(icu::Locale("vi"));
  u.replace(0, end, first);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace dangbo::text
