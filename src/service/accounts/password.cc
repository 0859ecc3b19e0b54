// argon2id via libargon2. Parameters follow the common minimum recommendation
// (19 MiB, 2 passes, 1 lane), ~30 ms per hash on this class of machine.
#include "service/accounts/password.h"

#include <argon2.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "base/crypto.h"

namespace dangbo::service {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltLen = 16;
constexpr size_t kHashLen = 32;
}  // namespace

std::string HashPassword(std::string_view password) {
  const std::string salt_token = RandomToken(kSaltLen);
  const std::string salt = salt_token.substr(0, kSaltLen);
  const size_t len =
      argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLen, kHashLen, Argon2_id);
  std::vector<char> encoded(len);
  const int rc =
      argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(),
                            salt.data(), salt.size(), kHashLen, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) {
    throw std::runtime_error(std::string("argon2id_hash_encoded: ") + argon2_error_message(rc));
  }
  return std::string(encoded.data());
}

bool VerifyPassword(std::string_view password, const std::string& encoded) {
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

Status CheckPasswordPolicy(std::string_view password, std::string_view username,
                           const std::string& field) {
  Validator v;
  if (password.size() < 10) {
    v.Fail(field, "Mật khẩu phải có ít nhất 10 ký tự.");
  } else if (password.size() > 256) {
    v.Fail(field, "Mật khẩu không được dài quá 256 ký tự.");
  } else if (std::all_of(password.begin(), password.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
    v.Fail(field, "Mật khẩu không được chỉ gồm chữ số.");
  } else if (!username.empty() && password == username) {
    v.Fail(field, "Mật khẩu không được trùng tên đăng nhập.");
  }
  return v.ToStatus();
}

std::string GeneratePassword() {
  // Groups of letters and digits without look-alikes (0/O, 1/l/I).
  static constexpr char kChars[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const std::string raw = RandomToken(24);
  std::string out;
  for (size_t i = 0; i < raw.size() && out.size() < 14; ++i) {
    if (out.size() == 4 || out.size() == 9) out.push_back('-');
    out.push_back(kChars[static_cast<unsigned char>(raw[i]) % (sizeof(kChars) - 1)]);
  }
  return out;
}

}  // namespace dangbo::service
