// The shared input checks of validate.h.
#include "service/core/validate.h"

#include "text/text.h"

namespace dangbo::service {

void CheckText(Validator& v, const std::string& value, const std::string& field,
               const std::string& label, size_t max, bool required) {
  if (!text::IsValidUtf8(value)) {
    v.Fail(field, label + ": không phải văn bản UTF-8 hợp lệ.");
  } else if (required && text::Trim(value).empty()) {
    v.Fail(field, label + " không được để trống.");
  } else if (value.size() > max) {
    v.Fail(field, label + ": dài quá " + std::to_string(max) + " ký tự.");
  }
}

void CheckPastDate(Validator& v, const std::string& value, const std::string& field,
                   const std::string& label, const Date& today, bool required) {
  if (value.empty()) {
    if (required) v.Fail(field, label + " không được để trống.");
    return;
  }
  const auto d = Date::Parse(value);
  if (!d) {
    v.Fail(field, label + " phải là một ngày có thật, ghi theo ngày/tháng/năm (ví dụ 01/06/1990).");
  } else if (*d > today) {
    v.Fail(field, label + " không được sau hôm nay (" + today.Vietnamese() + ").");
  }
}

void CheckDecision(Validator& v, const Decision& d, const Date& today, bool number_required) {
  CheckPastDate(v, d.effective_on, "effective_on", "Ngày hiệu lực", today, true);
  const auto eff = Date::Parse(d.effective_on);
  CheckPastDate(v, d.decision_date, "decision_date", "Ngày quyết định", today, false);
  const auto dd = Date::Parse(d.decision_date);
  if (eff && dd && *dd > *eff) {
    v.Fail("decision_date", "Ngày quyết định không được sau ngày hiệu lực.");
  }
  CheckText(v, d.decision_no, "decision_no", "Số quyết định", 100, number_required);
}

}  // namespace dangbo::service
