// Unit tests for the HTTP layer's pure parts: routing, query/cookie parsing, error mapping.
#include <gtest/gtest.h>

#include "http/message.h"
#include "http/problem.h"
#include "http/router.h"

namespace dangbo::http {
namespace {

TEST(RouterTest, MatchesLiteralsAndParameters) {
  Router r;
  const int list = r.Add(Method::kGet, "/api/users");
  const int pw = r.Add(Method::kPost, "/api/users/{id}/password");
  auto m = r.Find(Method::kGet, "/api/users");
  EXPECT_EQ(m.id, list);
  m = r.Find(Method::kPost, "/api/users/42/password");
  EXPECT_EQ(m.id, pw);
  EXPECT_EQ(m.params["id"], "42");
  EXPECT_EQ(r.Find(Method::kHead, "/api/users").id, list);  // HEAD follows GET
  m = r.Find(Method::kDelete, "/api/users");
  EXPECT_EQ(m.id, -1);
  EXPECT_TRUE(m.path_known);  // -> 405, not 404
  m = r.Find(Method::kGet, "/api/nothing");
  EXPECT_EQ(m.id, -1);
  EXPECT_FALSE(m.path_known);
  EXPECT_EQ(r.Find(Method::kGet, "/api/users/").id, list);  // trailing slash tolerated
}

TEST(MessageTest, QueryDecoding) {
  auto q = ParseQuery("q=Nguy%E1%BB%85n+V%C4%83n&page=2&empty=&flag");
  EXPECT_EQ(q["q"], "Nguyễn Văn");
  EXPECT_EQ(q["page"], "2");
  EXPECT_EQ(q["empty"], "");
  EXPECT_TRUE(q.count("flag"));
  EXPECT_EQ(ParseQuery("bad=%zz&ok=1").count("bad"), 0u);  // malformed escapes are dropped
  std::string out;
  EXPECT_FALSE(UrlDecode("%4", &out, false));
  EXPECT_TRUE(UrlDecode("a+b%2F", &out, false));
  EXPECT_EQ(out, "a+b/");
}

TEST(MessageTest, Cookies) {
  Request req;
  req.headers["cookie"] = "theme=dark; dangbo_session=abc123; other=1";
  EXPECT_EQ(req.Cookie("dangbo_session").value_or(""), "abc123");
  EXPECT_FALSE(req.Cookie("dangbo").has_value());
  EXPECT_FALSE(req.Cookie("missing").has_value());
}

TEST(ProblemTest, MapsKindsToStatusesWithFields) {
  EXPECT_EQ(StatusFor(ErrorKind::kInvalid), 400);
  EXPECT_EQ(StatusFor(ErrorKind::kUnauthenticated), 401);
  EXPECT_EQ(StatusFor(ErrorKind::kForbidden), 403);
  EXPECT_EQ(StatusFor(ErrorKind::kNotFound), 404);
  EXPECT_EQ(StatusFor(ErrorKind::kConflict), 409);
  EXPECT_EQ(StatusFor(ErrorKind::kRuleViolated), 422);
  EXPECT_EQ(StatusFor(ErrorKind::kTooManyRequests), 429);
  const Response r =
      Problem(Error::Invalid("Có lỗi.", {{"username", "Tên đăng nhập không được để trống."}}));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Header("content-type"), "application/problem+json; charset=utf-8");
  const auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["code"], "validation_failed");
  EXPECT_EQ(body["status"], 400);
  EXPECT_EQ(body["errors"][0]["field"], "username");
  EXPECT_EQ(nlohmann::json::parse(Problem(413, "payload_too_large", "Quá lớn", "x").body)["status"],
            413);
}

}  // namespace
}  // namespace dangbo::http
