// Linear route matching: the route table is small and matched once per request.
#include "http/router.h"

namespace dangbo::http {

std::vector<std::string> Router::Split(const std::string& path) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < path.size()) {
    if (path[pos] == '/') {
      ++pos;
      continue;
    }
    size_t end = path.find('/', pos);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

int Router::Add(Method method, const std::string& pattern) {
  routes_.push_back({method, pattern, Split(pattern)});
  return static_cast<int>(routes_.size()) - 1;
}

Router::Match Router::Find(Method method, const std::string& path) const {
  Match m;
  const std::vector<std::string> parts = Split(path);
  const Method wanted = method == Method::kHead ? Method::kGet : method;
  for (size_t i = 0; i < routes_.size(); ++i) {
    const Route& r = routes_[i];
    if (r.segments.size() != parts.size()) continue;
    std::map<std::string, std::string> params;
    bool ok = true;
    for (size_t s = 0; s < parts.size() && ok; ++s) {
      const std::string& seg = r.segments[s];
      if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}') {
        params[seg.substr(1, seg.size() - 2)] = parts[s];
      } else {
        ok = seg == parts[s];
      }
    }
    if (!ok) continue;
    if (r.method != wanted) {
      m.path_known = true;
      continue;
    }
    m.id = static_cast<int>(i);
    m.params = std::move(params);
    return m;
  }
  return m;
}

}  // namespace dangbo::http
