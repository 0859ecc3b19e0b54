// Tests for base/: Result, Validator, timestamps and crypto helpers.
#include <gtest/gtest.h>

#include "base/clock.h"
#include "base/crypto.h"
#include "base/result.h"

namespace dangbo {
namespace {

TEST(ResultTest, HoldsValueOrError) {
  Result<int> ok = 42;
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 42);
  Result<int> bad = Error::NotFound("Không tìm thấy người dùng.");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(bad.error().code, "not_found");
}

TEST(ValidatorTest, CollectsFieldErrorsIntoOneInvalidError) {
  Validator v;
  v.Check(true, "a", "không dùng");
  v.Check(false, "username", "Tên đăng nhập không được để trống.");
  v.Fail("password", "Mật khẩu quá ngắn.");
  const Status s = v.ToStatus();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kInvalid);
  ASSERT_EQ(s.error().fields.size(), 2u);
  EXPECT_EQ(s.error().fields[0].field, "username");
  EXPECT_NE(s.error().detail.find("Mật khẩu quá ngắn."), std::string::npos);
}

TEST(ClockTest, TimestampRoundTripsWithMilliseconds) {
  TimePoint t;
  ASSERT_TRUE(ParseTimestamp("2024-02-29T23:59:58.123Z", &t));
  EXPECT_EQ(FormatTimestamp(t), "2024-02-29T23:59:58.123Z");
  ASSERT_TRUE(ParseTimestamp("2026-01-01T00:00:00Z", &t));
  EXPECT_EQ(FormatTimestamp(t), "2026-01-01T00:00:00.000Z");
  EXPECT_FALSE(ParseTimestamp("2026-13-01T00:00:00Z", &t));
  EXPECT_FALSE(ParseTimestamp("hôm qua", &t));
  // Found by fuzz_dates: years outside what a TimePoint holds overflowed (undefined
  // behaviour), and "%2d" took negative fields.
  EXPECT_FALSE(ParseTimestamp("26-11-21T01:00:00.000Z", &t));
  EXPECT_FALSE(ParseTimestamp("9999-01-01T00:00:00Z", &t));
  EXPECT_FALSE(ParseTimestamp("2026-01-01T-1:00:00Z", &t));
  EXPECT_FALSE(ParseTimestamp("2026-01-01T00:00:00.-12Z", &t));
}

TEST(ClockTest, ManualClockAdvances) {
  TimePoint t0;
  ASSERT_TRUE(ParseTimestamp("2026-11-21T08:00:00Z", &t0));
  ManualClock clock(t0);
  clock.Advance(std::chrono::minutes(90));
  EXPECT_EQ(FormatTimestamp(clock.Now()), "2026-11-21T09:30:00.000Z");
}

TEST(CryptoTest, TokensAreRandomAndUrlSafe) {
  const std::string a = RandomToken(32), b = RandomToken(32);
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
}

TEST(CryptoTest, Sha256KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "ab"));
}

TEST(CryptoTest, Base64Decode) {
  std::string out;
  ASSERT_TRUE(Base64Decode("Tmd1eeG7hW4gVsSDbiBBbg==", &out));
  EXPECT_EQ(out, "Nguyễn Văn An");
  ASSERT_TRUE(Base64Decode("YWJj", &out));
  EXPECT_EQ(out, "abc");
  ASSERT_TRUE(Base64Decode("YW\nJj", &out));
  EXPECT_EQ(out, "abc");
  EXPECT_FALSE(Base64Decode("YW*j", &out));
  EXPECT_FALSE(Base64Decode("YQ==YQ", &out));
}

}  // namespace
}  // namespace dangbo
