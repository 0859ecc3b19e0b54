// Plumbing for reading Office Open XML packages: a size-limited zip archive over bytes in
// memory (libzip) and streaming XML parsing of its parts (expat).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

struct zip;

namespace dangbo::tableio::internal {

// A read-only zip archive over the caller's bytes, which must outlive it. Opening refuses
// archives whose entries declare more than kMaxInputBytes in total or are compressed
// suspiciously well; reading stops once kMaxInputBytes have been inflated, whatever the
// entries declare.
class Archive {
 public:
  static Result<Archive> Open(std::string_view bytes);

  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;
  ~Archive();

  // The entry at `path` (compared without regard to case).
  std::optional<uint64_t> Find(const std::string& path) const;
  // Streams an entry's content to `sink` in chunks; a failing sink stops the reading.
  Status Read(uint64_t index, const std::function<Status(std::string_view)>& sink);

 private:
  struct Discard {
    void operator()(zip* z) const;
  };
  explicit Archive(zip* z);

  std::unique_ptr<zip, Discard> zip_;
  uint64_t remaining_;
};

// Receives the events of one XML part. Names arrive without namespace prefixes
// ("x:row" → "row"); attrs is expat's null-terminated name/value array.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view) {}

  // Set by a handler that finds a problem; parsing stops at once.
  std::optional<Error> error;
};

// The value of the attribute whose local name is `name`, or "" when absent.
std::string_view Attr(const char** attrs, std::string_view name);

// Parses the part at `path` (which must exist) into `handler`. Documents with a DTD are
// refused, so entity expansion cannot be abused.
Status ParseXml(Archive& archive, const std::string& path, XmlHandler& handler);

}  // namespace dangbo::tableio::internal
