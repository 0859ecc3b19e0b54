// Serves the built web app (web/dist) with single-page-app fallback to index.html.
#pragma once

#include <optional>
#include <string>

#include "http/message.h"

namespace dangbo::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root);
  bool available() const { return available_; }
  const std::string& root() const { return root_; }
  // GET/HEAD of a non-API path. Unknown paths without a file extension get index.html,
  // so client-side routes survive a reload.
  Response Serve(const Request& req) const;

 private:
  // The canonical path of the file that `path` (decoded, starting with "/") names inside the
  // root, or nullopt when it names nothing servable there.
  std::optional<std::string> Resolve(const std::string& path) const;

  std::string root_;
  bool available_ = false;
};

}  // namespace dangbo::http
