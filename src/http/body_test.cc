// Unit tests for body schemas: types, ranges without truncation, lengths, control characters,
// UTF-8, unknown fields, nested lists; and that every write route declares a schema.
#include <gtest/gtest.h>

#include "http/body.h"

namespace dangbo::http {
namespace {

using nlohmann::json;

const BodySchema kPart = {{field::Text("name", 10).Required(), field::Ids("ids", 3)}};
const BodySchema kSchema = {{field::Text("name", 5).Required(), field::LongText("note", 20),
                             field::Date("on"), field::Int("n", 0, 100), field::Int("any", 0, 0),
                             field::Id("id"), field::Bool("flag"),
                             field::Objects("parts", kPart, 2)}};

// The field names of the errors CheckBody reports for `body`.
std::vector<std::string> Errors(const json& body) {
  std::vector<std::string> out;
  const Status s = CheckBody(body, kSchema);
  if (s.ok()) return out;
  for (const auto& f : s.error().fields) out.push_back(f.field);
  return out;
}

using V = std::vector<std::string>;

TEST(BodySchemaTest, AcceptsAWellFormedBody) {
  EXPECT_EQ(Errors({{"name", "Ấn"},
                    {"note", "a\nb\tc"},
                    {"on", "2024-02-29"},
                    {"n", 100},
                    {"id", 9007199254740991LL},
                    {"flag", true},
                    {"parts", json::array({{{"name", "x"}, {"ids", {1, 2}}}})}}),
            V{});
  EXPECT_EQ(Errors({{"name", "abcde"}, {"on", ""}, {"note", nullptr}}), V{});  // "" = no date
}

TEST(BodySchemaTest, RefusesMissingUnknownAndWrongTypes) {
  EXPECT_EQ(Errors(json::object()), V{"name"});
  EXPECT_EQ(Errors({{"name", "   "}}), V{"name"});
  EXPECT_EQ(Errors({{"name", "a"}, {"extra", 1}}), V{"extra"});
  EXPECT_EQ(Errors({{"name", 5}, {"n", "5"}, {"flag", 1}, {"parts", "x"}, {"on", 20240101}}),
            (V{"name", "on", "n", "flag", "parts"}));
}

TEST(BodySchemaTest, IntegersAreRangeCheckedNeverTruncated) {
  EXPECT_EQ(Errors({{"name", "a"}, {"n", 4294967301ULL}}), V{"n"});  // would truncate to 5
  EXPECT_EQ(Errors({{"name", "a"}, {"n", -1}}), V{"n"});
  EXPECT_EQ(Errors({{"name", "a"}, {"n", 1e30}}), V{"n"});
  EXPECT_EQ(Errors({{"name", "a"}, {"n", 5.0}}), V{"n"});
  EXPECT_EQ(Errors({{"name", "a"}, {"any", 2147483647}}), V{});  // int32 by default
  EXPECT_EQ(Errors({{"name", "a"}, {"any", 2147483648LL}}), V{"any"});
  EXPECT_EQ(Errors({{"name", "a"}, {"id", -5}}), V{"id"});
  EXPECT_EQ(Errors({{"name", "a"}, {"id", 0}}), V{"id"});
  EXPECT_EQ(Errors({{"name", "a"}, {"id", 18446744073709551615ULL}}), V{"id"});
  // Parsed numbers: the parser stores non-negative integers as unsigned.
  EXPECT_EQ(Errors(json::parse(R"({"name": "a", "id": 0})")), V{"id"});
  EXPECT_EQ(Errors(json::parse(R"({"name": "a", "n": 4294967301})")), V{"n"});
  EXPECT_EQ(Errors(json::parse(R"({"name": "a", "n": 100, "id": 1})")), V{});
}

TEST(BodySchemaTest, TextLengthsInCharactersControlsAndUtf8) {
  EXPECT_EQ(Errors({{"name", "Đặng"}}), V{});            // 4 characters, 9 bytes
  EXPECT_EQ(Errors({{"name", "Đặng Văn"}}), V{"name"});  // 8 characters
  EXPECT_EQ(Errors({{"name", std::string("a\0b", 3)}}), V{"name"});
  EXPECT_EQ(Errors({{"name", "a\x1b"}}), V{"name"});
  EXPECT_EQ(Errors({{"name", "a\x07"}}), V{"name"});
  EXPECT_EQ(Errors({{"name", "a\nb"}}), V{"name"});       // one-line text
  EXPECT_EQ(Errors({{"name", "a\xc2\x85"}}), V{"name"});  // C1 control (NEL)
  EXPECT_EQ(Errors({{"name", "a"}, {"note", "x\ny"}}), V{});
  EXPECT_EQ(Errors({{"name", "a"}, {"note", "x\x7f"}}), V{"note"});
  EXPECT_EQ(Errors({{"name", "a"}, {"note", std::string(21, 'x')}}), V{"note"});
  // Invalid UTF-8 inside a json string value (nlohmann keeps bytes given programmatically).
  EXPECT_EQ(Errors({{"name", "\xff"}}), V{"name"});
  EXPECT_EQ(Errors({{"name", "\xed\xa0\x80"}}), V{"name"});  // a surrogate
}

TEST(BodySchemaTest, DatesMustExist) {
  for (const char* bad : {"2025-02-30", "abc", "2025-2-3", "2023-02-29", "20250101"}) {
    EXPECT_EQ(Errors({{"name", "a"}, {"on", bad}}), V{"on"}) << bad;
  }
}

TEST(BodySchemaTest, NestedListsAreChecked) {
  EXPECT_EQ(Errors({{"name", "a"}, {"parts", json::array({1})}}), V{"parts[0]"});
  EXPECT_EQ(Errors({{"name", "a"},
                    {"parts", json::array({{{"name", "x"}, {"ids", {1, -5}}, {"zz", 1}}})}}),
            (V{"parts[0].zz", "parts[0].ids[1]"}));
  EXPECT_EQ(Errors({{"name", "a"},
                    {"parts", json::array({json::object(), json::object(), json::object()})}}),
            V{"parts"});  // over 2 items
}

TEST(BodySchemaTest, ReadBodyParsesChecksAndBoundsSize) {
  Request req;
  req.body = "";
  EXPECT_FALSE(ReadBody(req, kSchema).ok());  // "" is {} and "name" is required
  req.body = R"({"name": "a"})";
  EXPECT_TRUE(ReadBody(req, kSchema).ok());
  req.body = R"({"name": "a",)";
  EXPECT_EQ(ReadBody(req, kSchema).error().code, "invalid_json");
  req.body = "[1]";
  EXPECT_EQ(ReadBody(req, kSchema).error().code, "invalid_json");
  req.body = R"({"name": ")" + std::string(2 * 1024 * 1024, 'a') + "\"}";
  EXPECT_EQ(ReadBody(req, kSchema).error().code, "payload_too_large");
  req.body = "{\"name\": \"\xff\"}";  // invalid UTF-8 in the raw body
  EXPECT_FALSE(ReadBody(req, kSchema).ok());
}

TEST(BodySchemaTest, ErrorsAreCappedAndVietnamese) {
  json parts = json::array();
  for (int i = 0; i < 2; ++i) parts.push_back({{"ids", json::array({-1, -2, -3})}});
  json body = {{"parts", parts}};
  for (int i = 0; i < 100; ++i) body["x" + std::to_string(i)] = 1;
  const Status s = CheckBody(body, kSchema);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.size(), 50u);
  EXPECT_NE(s.error().fields[0].message.find("không được hỗ trợ"), std::string::npos);
}

TEST(RouteBodiesTest, KnownWriteRoutesHaveSchemas) {
  EXPECT_NE(RouteBody(Method::kPost, "/api/orgs/{id}/committee"), nullptr);
  EXPECT_NE(RouteBody(Method::kPut, "/api/members/{id}"), nullptr);
  EXPECT_NE(RouteBody(Method::kDelete, "/api/holidays/{day}"), nullptr);
  EXPECT_EQ(RouteBody(Method::kPost, "/api/nothing"), nullptr);
  const BodySchema* seat = RouteBody(Method::kPost, "/api/orgs/{id}/committee");
  EXPECT_FALSE(
      CheckBody({{"term", "2020–2025"}, {"person_name", "A B"}, {"from_date", "2025-02-30"}}, *seat)
          .ok());
  EXPECT_FALSE(CheckBody({{"term", std::string(30000, ' ')}, {"person_name", "A B"}}, *seat).ok());
}

}  // namespace
}  // namespace dangbo::http
