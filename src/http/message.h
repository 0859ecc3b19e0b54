// Plain HTTP request/response types seen by handlers. Boost.Beast stays inside
// server.cc; everything above it uses these.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace dangbo::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

Method ParseMethod(std::string_view m);
bool IsSafe(Method m);  // GET, HEAD, OPTIONS

struct Request {
  Method method = Method::kGet;
  std::string target;  // raw, e.g. "/api/users?q=an"
  std::string path;    // decoded path without query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string client_addr;
  bool secure = false;  // behind TLS (X-Forwarded-Proto: https from a trusted proxy)

  std::string Header(const std::string& lower_name) const;
  std::optional<std::string> Cookie(const std::string& name) const;
  std::string Query(const std::string& name, const std::string& fallback = "") const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void SetHeader(const std::string& name, const std::string& value);
  std::string Header(const std::string& name) const;

  static Response Json(int status, const nlohmann::json& body);
  static Response NoContent();
  static Response Text(int status, std::string body, std::string content_type);
  // A file to save: 200, the content type of the name's ending (.xlsx, .docx, .csv), and
  // Content-Disposition: attachment. REQUIRES: `filename` is ASCII without quotes.
  static Response Attachment(std::string body, const std::string& filename);
};

// Splits "a=1&b=x%20y" into a map (last one wins), with percent- and plus-decoding.
std::map<std::string, std::string> ParseQuery(std::string_view query);
// Percent-decoding; returns false on a malformed escape.
bool UrlDecode(std::string_view in, std::string* out, bool plus_as_space);

}  // namespace dangbo::http
