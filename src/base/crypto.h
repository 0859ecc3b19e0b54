// Small cryptographic helpers: unguessable tokens and SHA-256, from OpenSSL.
#pragma once

#include <string>
#include <string_view>

namespace dangbo {

// `bytes` random bytes from the OS CSPRNG, base64url without padding.
std::string RandomToken(size_t bytes = 32);
// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);
// Standard base64 (RFC 4648, padding optional, whitespace ignored); false on bad input.
bool Base64Decode(std::string_view in, std::string* out);

// Compares without an early exit, so timing does not reveal the common prefix.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace dangbo
