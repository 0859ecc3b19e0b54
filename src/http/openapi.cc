// OpenApiDocument: the route table rendered as OpenAPI 3.0.
#include "http/openapi.h"

#include <string>

namespace dangbo::http {

namespace {

// A body field of SchemaJson as a JSON Schema property.
nlohmann::json FieldSchema(const nlohmann::json& f);

nlohmann::json ObjectSchema(const nlohmann::json& fields) {
  nlohmann::json props = nlohmann::json::object();
  nlohmann::json required = nlohmann::json::array();
  for (const auto& f : fields) {
    props[f["name"].get<std::string>()] = FieldSchema(f);
    if (f["required"].get<bool>()) required.push_back(f["name"]);
  }
  nlohmann::json s = {{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
  if (!required.empty()) s["required"] = required;
  return s;
}

nlohmann::json FieldSchema(const nlohmann::json& f) {
  const std::string type = f["type"].get<std::string>();
  const nlohmann::json id = {{"type", "integer"}, {"minimum", 1}, {"maximum", 9007199254740991}};
  if (type == "text") return {{"type", "string"}, {"maxLength", f["max_length"]}};
  if (type == "date") return {{"type", "string"}, {"format", "date"}};
  if (type == "int") return {{"type", "integer"}, {"minimum", f["min"]}, {"maximum", f["max"]}};
  if (type == "id") return id;
  if (type == "bool") return {{"type", "boolean"}};
  if (type == "texts") return {{"type", "array"}, {"items", {{"type", "string"}}}};
  if (type == "ids") return {{"type", "array"}, {"items", id}};
  if (type == "objects") return {{"type", "array"}, {"items", ObjectSchema(f["items"])}};
  if (type == "base64") {
    return {{"type", "string"}, {"format", "byte"}, {"maxLength", f["max_length"]}};
  }
  return nlohmann::json::object();  // a kind this file does not know yet: any value
}

// "/api/orgs/{id}/flows/{kind}" -> its path parameters; ids are integers.
nlohmann::json PathParameters(const std::string& pattern) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    const size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    const std::string name = pattern.substr(open + 1, close - open - 1);
    const bool id = name == "id" || (name.size() > 3 && name.ends_with("_id"));
    out.push_back({{"name", name},
                   {"in", "path"},
                   {"required", true},
                   {"schema", id ? nlohmann::json{{"type", "integer"}, {"minimum", 1}}
                                 : nlohmann::json{{"type", "string"}}}});
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

nlohmann::json Operation(const nlohmann::json& route) {
  const nlohmann::json problem = {{"$ref", "#/components/responses/Problem"}};
  nlohmann::json op = {{"operationId", route["method"].get<std::string>() + " " +
                                           route["pattern"].get<std::string>()},
                       {"responses",
                        {{"200",
                          {{"description", "Thành công"},
                           {"content", {{"application/json", nlohmann::json::object()}}}}},
                         {"default", problem}}},
                       {"x-dangbo-action", route["action"]},
                       {"x-dangbo-target", route["target"]},
                       {"x-dangbo-roles", route["roles"]}};
  if (route["access"] == "public") op["security"] = nlohmann::json::array();
  if (nlohmann::json params = PathParameters(route["pattern"]); !params.empty()) {
    op["parameters"] = params;
  }
  if (route.contains("body") && route["body"].is_array()) {
    op["requestBody"] = {
        {"required", false},
        {"content", {{"application/json", {{"schema", ObjectSchema(route["body"])}}}}}};
  }
  return op;
}

}  // namespace

nlohmann::json OpenApiDocument(const nlohmann::json& route_table) {
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& route : route_table) {
    paths[route["pattern"].get<std::string>()][Lower(route["method"])] = Operation(route);
  }
  const nlohmann::json problem_schema = {
      {"type", "object"},
      {"properties",
       {{"type", {{"type", "string"}}},
        {"title", {{"type", "string"}}},
        {"status", {{"type", "integer"}}},
        {"detail", {{"type", "string"}}},
        {"code", {{"type", "string"}}},
        {"errors",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}}}}}}}};
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "dangbo API"},
            {"version", "1"},
            {"description", "Công tác xây dựng Đảng: tổ chức, đảng viên, biến động và báo cáo."}}},
          {"paths", paths},
          {"security", {{{"session", nlohmann::json::array()}}}},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "dangbo_session"}}}}},
            {"schemas", {{"Problem", problem_schema}}},
            {"responses",
             {{"Problem",
               {{"description", "Lỗi (RFC 9457), thông báo bằng tiếng Việt"},
                {"content",
                 {{"application/problem+json",
                   {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}}}}}}}};
}

}  // namespace dangbo::http
