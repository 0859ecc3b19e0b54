// Fuzz target: dates, timestamps and decisions. The input is split at newlines into
// effective_on, decision_date, decision_no; properties: a parsed date prints back as the
// same text and survives day-number and month arithmetic; a parsed timestamp formats back to
// a parseable one; the decision checks never fault and accept what they should.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"
#include "service/lifecycle/lifecycle_write.h"
#include "service/orgs/org_history.h"

namespace {

std::vector<std::string> Lines(const uint8_t* data, size_t size) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == '\n' && out.size() < 3) {
      out.emplace_back();
    } else {
      out.back().push_back(static_cast<char>(data[i]));
    }
  }
  out.resize(3);
  return out;
}

void CheckDate(const std::string& s) {
  const auto d = dangbo::Date::Parse(s);
  if (!d) return;
  if (d->Iso() != s) __builtin_trap();  // strict format: only the canonical text parses
  if (dangbo::Date::FromDayNumber(d->DayNumber()) != *d) __builtin_trap();
  const dangbo::Date later = d->AddMonths(1);
  if (!(later > *d) || dangbo::FullMonthsBetween(*d, later) != 1) __builtin_trap();
  (void)d->Vietnamese();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<std::string> l = Lines(data, size);
  for (const auto& s : l) {
    CheckDate(s);
    dangbo::TimePoint t;
    if (dangbo::ParseTimestamp(s, &t)) {
      dangbo::TimePoint again;
      const std::string text = dangbo::FormatTimestamp(t);
      if (!dangbo::ParseTimestamp(text, &again) || dangbo::FormatTimestamp(again) != text) {
        __builtin_trap();
      }
    }
  }
  const dangbo::Date today(2026, 11, 21);
  const dangbo::service::Decision d{l[0], l[2], l[1]};
  dangbo::Validator v;
  dangbo::service::CheckDecision(v, d, today, size % 2 == 0);
  const bool ok = v.ToStatus().ok();
  // A valid decision has a real effective date not after today.
  if (ok) {
    const auto eff = dangbo::Date::Parse(d.effective_on);
    if (!eff || *eff > today) __builtin_trap();
  }
  // CheckDecision (the tree's decisions) is the same check with the number optional.
  if (ok && !dangbo::service::CheckDecision(d, today).ok()) __builtin_trap();
  dangbo::service::CheckPastDate(v, l[1], "f", "Ngày", today, true);
  dangbo::service::CheckText(v, l[2], "f", "Văn bản", 100, true);
  return 0;
}
