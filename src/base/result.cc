// Constructors for the common error shapes, with their Vietnamese titles.
#include "base/result.h"

namespace dangbo {

Error Error::Make(ErrorKind kind, std::string code, std::string title, std::string detail) {
  Error e;
  e.kind = kind;
  e.code = std::move(code);
  e.title = std::move(title);
  e.detail = std::move(detail);
  return e;
}

Error Error::Invalid(std::string detail, std::vector<FieldError> fields) {
  Error e =
      Make(ErrorKind::kInvalid, "validation_failed", "Dữ liệu không hợp lệ", std::move(detail));
  e.fields = std::move(fields);
  return e;
}

Error Error::NotFound(std::string detail) {
  return Make(ErrorKind::kNotFound, "not_found", "Không tìm thấy", std::move(detail));
}

Error Error::Forbidden(std::string detail) {
  return Make(ErrorKind::kForbidden, "forbidden", "Không có quyền", std::move(detail));
}

Error Error::Unauthenticated(std::string detail) {
  return Make(ErrorKind::kUnauthenticated, "unauthenticated", "Chưa đăng nhập", std::move(detail));
}

Error Error::Conflict(std::string code, std::string detail) {
  return Make(ErrorKind::kConflict, std::move(code), "Xung đột dữ liệu", std::move(detail));
}

Error Error::Rule(std::string code, std::string detail) {
  return Make(ErrorKind::kRuleViolated, std::move(code), "Trái quy định", std::move(detail));
}

Status Validator::ToStatus() const {
  if (fields_.empty()) return Status::Ok();
  std::string detail = "Có " + std::to_string(fields_.size()) + " trường chưa hợp lệ: ";
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (i) detail += " ";
    detail += fields_[i].message;
  }
  return Error::Invalid(std::move(detail), fields_);
}

}  // namespace dangbo
