// JSON request bodies: one declarative schema per body (fields with type, limits, required),
// checked before any handler or service sees the body, and the reader handlers use.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "http/message.h"

namespace dangbo::http {

// Text limits in characters (code points), used unless a field states its own.
inline constexpr int64_t kShortText = 500;
inline constexpr int64_t kLongText = 10'000;
inline constexpr int64_t kNameText = 100;
inline constexpr int64_t kMaxListItems = 1'000;

enum class FieldKind {
  kText,     // a string: valid UTF-8, no control characters (multi-line: \n and \t allowed)
  kDate,     // "YYYY-MM-DD", a real date; "" means absent
  kInt,      // an integer in [min, max] (int32 unless stated), never truncated
  kId,       // a positive integer id (at most 2^53 - 1)
  kBool,     // true or false
  kTexts,    // a list of kText strings
  kIds,      // a list of ids
  kObjects,  // a list of objects, each checked against `items`
  kBase64,   // base64 text (file contents): [A-Za-z0-9+/=] only, `max` bytes of text
};

struct BodySchema;

struct FieldSpec {
  std::string name;
  FieldKind kind = FieldKind::kText;
  bool required = false;   // present and not null (a text or date also non-empty)
  int64_t max = 0;         // text: characters; int: maximum; lists: items; 0: the default
  int64_t min = 0;         // int: minimum (with max == 0 both default to the int32 range)
  bool multiline = false;  // text: \n and \t allowed
  const BodySchema* items = nullptr;  // kObjects: the schema of each element

  FieldSpec Required() const {
    FieldSpec f = *this;
    f.required = true;
    return f;
  }
};

// Builders for schema tables, e.g. {field::Text("term", 20).Required(), field::Date("on")}.
namespace field {
FieldSpec Text(std::string name, int64_t max_chars = kShortText);
FieldSpec LongText(std::string name, int64_t max_chars = kLongText);
FieldSpec Date(std::string name);
FieldSpec Int(std::string name, int64_t min, int64_t max);
FieldSpec Id(std::string name);
FieldSpec Bool(std::string name);
FieldSpec Texts(std::string name, int64_t max_items = kMaxListItems);
FieldSpec Ids(std::string name, int64_t max_items = kMaxListItems);
FieldSpec Objects(std::string name, const BodySchema& items, int64_t max_items = kMaxListItems);
FieldSpec Base64(std::string name, int64_t max_bytes);
}  // namespace field

// The fields a body may carry; any other field is refused.
struct BodySchema {
  std::vector<FieldSpec> fields;
  const FieldSpec* Find(const std::string& name) const;
};

// Checks `body` (a JSON object) against `schema`: every error becomes a Vietnamese field
// error named by its path ("parts[2].name"); nothing is converted or truncated.
Status CheckBody(const nlohmann::json& body, const BodySchema& schema);

// Parses the request body as a JSON object ("" counts as {}) and checks it against `schema`.
Result<nlohmann::json> ReadBody(const Request& req, const BodySchema& schema);

// The schema of a write route's body, by method and route pattern (route_bodies.cc);
// nullptr for a route without one (App refuses writes to such a route).
const BodySchema* RouteBody(Method method, const std::string& pattern);

// The schema as JSON, for `dangbo routes --json` and the bad-input tests.
nlohmann::json SchemaJson(const BodySchema& schema);

// Parses the request body; not a JSON object is a Vietnamese "invalid_json" error.
Result<nlohmann::json> ParseJsonBody(const Request& req);

// Reads fields of a body (already checked by CheckBody, so reads cannot truncate); type
// errors are still collected for bodies read without a schema.
class BodyReader {
 public:
  explicit BodyReader(const nlohmann::json& body) : body_(body) {}
  std::string String(const std::string& field);
  std::optional<int64_t> Int(const std::string& field);
  std::vector<std::string> Strings(const std::string& field);
  std::vector<int64_t> Ints(const std::string& field);
  bool Bool(const std::string& field);
  // What Objects says when `field` is absent or null (an error only when set), not a list,
  // or holds an element that is not an object.
  struct ListTexts {
    std::string missing;
    std::string not_list;
    std::string not_object;
  };
  // `field`, a list of objects: `each` reads every object with a reader of its own, whose
  // errors are recorded here as "field[i].name".
  void Objects(const std::string& field, const ListTexts& texts,
               const std::function<void(BodyReader&)>& each);
  // Records an error found by the caller while reading nested values.
  void Fail(std::string field, std::string message) {
    v_.Fail(std::move(field), std::move(message));
  }
  // Type errors collected so far (missing fields are not errors here: services decide).
  Status status() const { return v_.ToStatus(); }

 private:
  // `field`, a list (`list` names what it must be) whose every element `take` reads
  // (nullopt: not an `element`, and the whole list is refused); empty when absent or null.
  template <typename T, typename Take>
  std::vector<T> List(const std::string& field, const std::string& list, const std::string& element,
                      Take take);

  const nlohmann::json& body_;
  Validator v_;
};

}  // namespace dangbo::http
