// Maps (method, path) to a route id. Patterns are literal segments and {name}
// placeholders, e.g. "/api/users/{id}/password".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "http/message.h"

namespace dangbo::http {

class Router {
 public:
  struct Match {
    int id = -1;              // -1: no route
    bool path_known = false;  // some route has this path, with another method (405)
    std::map<std::string, std::string> params;
  };

  // Returns the id of the new route (0, 1, 2, ...).
  int Add(Method method, const std::string& pattern);
  Match Find(Method method, const std::string& path) const;
  const std::string& Pattern(int id) const { return routes_[id].pattern; }

 private:
  struct Route {
    Method method;
    std::string pattern;
    std::vector<std::string> segments;  // "{id}" marks a parameter
  };
  static std::vector<std::string> Split(const std::string& path);
  std::vector<Route> routes_;
};

}  // namespace dangbo::http
