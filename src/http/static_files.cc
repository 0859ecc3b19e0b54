// Static file serving of the built web app: only regular files that resolve inside the web
// root (after decoding, symlinks and `..`), never hidden or database-like files.
#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/problem.h"

namespace dangbo::http {

namespace fs = std::filesystem;

namespace {

std::string ContentType(const fs::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Names that are never served even if someone puts them in the web root: hidden files and
// anything that looks like a database, its journal or its saved credentials.
bool ForbiddenName(const std::string& name) {
  if (name.empty() || name[0] == '.') return true;
  static const char* const kSuffixes[] = {".db",      ".sqlite", ".sqlite3",     "-wal", "-shm",
                                          "-journal", ".bak",    ".credentials", ".key", ".pem"};
  for (const char* s : kSuffixes) {
    if (name.ends_with(s)) return true;
  }
  return false;
}

Response NotFound(const std::string& path) {
  return Problem(404, "not_found", "Không tìm thấy", "Không có tệp " + path + ".");
}

}  // namespace

std::optional<std::string> StaticFiles::Resolve(const std::string& path) const {
  // The request path is already percent-decoded. Only plain segments: no empty ones (a
  // leading "//" would make the rest absolute), no "." or "..", no backslash or NUL.
  if (path.empty() || path[0] != '/') return std::nullopt;
  fs::path rel;
  size_t pos = 1;
  while (pos <= path.size()) {
    const size_t end = std::min(path.find('/', pos), path.size());
    const std::string seg = path.substr(pos, end - pos);
    const bool last = end == path.size();
    if (seg.empty() && !last) return std::nullopt;
    if (seg == "." || seg == ".." || seg.find_first_of(std::string("\\\0:", 3)) != seg.npos) {
      return std::nullopt;
    }
    if (!seg.empty()) {
      if (ForbiddenName(seg)) return std::nullopt;
      rel /= seg;
    }
    pos = end + 1;
  }
  if (rel.empty()) return std::nullopt;
  std::error_code ec;
  const fs::path real = fs::canonical(fs::path(root_) / rel, ec);
  if (ec) return std::nullopt;
  const std::string s = real.string();
  // Inside the root even after symlinks are followed.
  if (s.size() <= root_.size() || s.compare(0, root_.size(), root_) != 0 ||
      s[root_.size()] != '/') {
    return std::nullopt;
  }
  if (!fs::is_regular_file(real, ec) || ForbiddenName(real.filename().string())) {
    return std::nullopt;
  }
  return s;
}

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  available_ = !root_.empty() && fs::is_regular_file(fs::path(root_) / "index.html", ec);
  if (available_) root_ = fs::canonical(root_, ec).string();
  if (ec) available_ = false;
}

Response StaticFiles::Serve(const Request& req) const {
  if (!available_) {
    return Response::Text(
        503,
        "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>dangbo</title>"
        "<p>Giao diện web chưa được xây dựng. Hãy chạy <code>make run</code>.</p></html>",
        "text/html; charset=utf-8");
  }
  // Refuse anything odd before touching the file system: the raw target must not carry an
  // encoded separator or dot either (a decoded "/" inside a segment is a trick, not a name).
  if (req.path.find('\\') != std::string::npos || req.path.find("/.") != std::string::npos ||
      req.path.find("//") != std::string::npos) {
    return NotFound(req.path);
  }
  std::optional<std::string> file = Resolve(req.path);
  if (!file) {
    // Client-side routes ("/members/12") have no extension: they get the app's index.html.
    if (fs::path(req.path).has_extension()) return NotFound(req.path);
    file = (fs::path(root_) / "index.html").string();
  }
  Response r;
  if (!ReadFile(*file, &r.body)) return NotFound(req.path);
  r.SetHeader("Content-Type", ContentType(*file));
  // Vite puts content-hashed bundles under /assets/: they never change.
  r.SetHeader("Cache-Control", req.path.starts_with("/assets/")
                                   ? "public, max-age=31536000, immutable"
                                   : "no-cache");
  return r;
}

}  // namespace dangbo::http
