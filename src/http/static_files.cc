// Static file serving with path-traversal protection and cache headers.
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

}  // namespace

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  available_ = !root_.empty() && fs::is_regular_file(fs::path(root_) / "index.html", ec);
  if (available_) root_ = fs::canonical(root_, ec).string();
}

Response StaticFiles::Serve(const Request& req) const {
  if (!available_) {
    return Response::Text(
        503,
        "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>dangbo</title>"
        "<p>Giao diện web chưa được xây dựng. Hãy chạy <code>make run</code>.</p></html>",
        "text/html; charset=utf-8");
  }
  // Reject traversal before touching the file system.
  if (req.path.find("..") != std::string::npos || req.path.find('\\') != std::string::npos) {
    return Problem(400, "bad_path", "Đường dẫn không hợp lệ", "Đường dẫn không hợp lệ.");
  }
  fs::path file = fs::path(root_) / req.path.substr(1);
  std::error_code ec;
  const bool is_file = !req.path.ends_with("/") && fs::is_regular_file(file, ec);
  if (!is_file) {
    if (fs::path(req.path).has_extension()) {
      return Problem(404, "not_found", "Không tìm thấy", "Không có tệp " + req.path + ".");
    }
    file = fs::path(root_) / "index.html";
  }
  Response r;
  if (!ReadFile(file, &r.body)) {
    return Problem(404, "not_found", "Không tìm thấy", "Không đọc được tệp " + req.path + ".");
  }
  r.SetHeader("Content-Type", ContentType(file));
  // Vite puts content-hashed bundles under /assets/: they never change.
  r.SetHeader("Cache-Control", req.path.starts_with("/assets/")
                                   ? "public, max-age=31536000, immutable"
                                   : "no-cache");
  return r;
}

}  // namespace dangbo::http
