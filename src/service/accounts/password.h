// Password hashing (argon2id, PHC string format) and the password policy.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace dangbo::service {

// Hashes with a fresh random salt. The result embeds algorithm, parameters and salt.
std::string HashPassword(std::string_view password);
// True when `password` matches `encoded` (a string made by HashPassword).
bool VerifyPassword(std::string_view password, const std::string& encoded);
// At least 10 characters, not only digits, not equal to the username; Vietnamese errors
// on field `field`.
Status CheckPasswordPolicy(std::string_view password, std::string_view username,
                           const std::string& field = "password");
// A readable random password for generated accounts (demo admin, CLI without stdin).
std::string GeneratePassword();

}  // namespace dangbo::service
