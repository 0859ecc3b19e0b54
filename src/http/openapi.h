// An OpenAPI 3 description of the API, derived from the route table (App::RouteTable) so
// it cannot drift from what the server routes, checks and accepts.
#pragma once

#include <nlohmann/json.hpp>

namespace dangbo::http {

// REQUIRES: `route_table` is App::RouteTable(): items with method, pattern, access,
// action, target, param, roles and, for writes, body (SchemaJson or null).
// Every route becomes one operation; path parameters come from the pattern's {names};
// write bodies become JSON Schemas with the same limits the server enforces; every
// operation answers its JSON or an application/problem+json error.
nlohmann::json OpenApiDocument(const nlohmann::json& route_table);

}  // namespace dangbo::http
