// Result<T>: expected failures as values. An Error carries a stable machine code,
// an HTTP-independent kind, and Vietnamese text for people; http/ maps kinds to statuses.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace dangbo {

// What went wrong, in terms the HTTP layer maps to a status in one place.
enum class ErrorKind {
  kInvalid,          // the input is malformed or fails validation (400/422)
  kUnauthenticated,  // no valid session (401)
  kForbidden,        // authenticated, but the action is outside the actor's rights or scope (403)
  kNotFound,         // the entity does not exist or is not visible to the actor (404)
  kConflict,         // uniqueness or state conflict (409)
  kRuleViolated,     // a party regulation forbids it (422)
  kTooManyRequests,  // throttled or locked out (429)
  kUnavailable,      // the server is shutting down or overloaded (503)
  kInternal,         // a fault; details are logged, not shown (500)
};

struct FieldError {
  std::string field;    // JSON field name, e.g. "username"
  std::string message;  // Vietnamese, e.g. "Tên đăng nhập không được để trống."
};

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;    // stable, e.g. "validation_failed", "csrf_invalid"
  std::string title;   // short Vietnamese summary
  std::string detail;  // Vietnamese explanation for this occurrence
  std::vector<FieldError> fields;

  static Error Invalid(std::string detail, std::vector<FieldError> fields = {});
  static Error NotFound(std::string detail);
  static Error Forbidden(std::string detail);
  static Error Unauthenticated(std::string detail);
  static Error Conflict(std::string code, std::string detail);
  static Error Rule(std::string code, std::string detail);
  static Error Make(ErrorKind kind, std::string code, std::string title, std::string detail);
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<1>(v_);
  }

 private:
  std::variant<T, Error> v_;
};

// Status: a Result with no value.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  static Status Ok() { return Status(); }

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

// Validation helper: collects per-field errors, then becomes one kInvalid error.
class Validator {
 public:
  void Fail(std::string field, std::string message) {
    fields_.push_back({std::move(field), std::move(message)});
  }
  void Check(bool condition, std::string field, std::string message) {
    if (!condition) Fail(std::move(field), std::move(message));
  }
  bool ok() const { return fields_.empty(); }
  Status ToStatus() const;

 private:
  std::vector<FieldError> fields_;
};

}  // namespace dangbo
